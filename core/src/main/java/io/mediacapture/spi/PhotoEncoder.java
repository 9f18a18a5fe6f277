package io.mediacapture.spi;

import io.mediacapture.VideoFrame;
import java.io.IOException;

/**
 * Encodes a still photo for {@link io.mediacapture.ImageCapture#takePhoto()}. Core has two built in: JPEG through
 * ImageIO (priority 0) and PNG through ImageIO (priority -100, also the choice when PNG is asked for). A module
 * may provide a faster one (libjpeg-turbo through FFM, say) with {@code provides io.mediacapture.spi.PhotoEncoder};
 * for each MIME type the encoder with the highest priority that {@link #isAvailable() is available} wins, and when
 * it fails the next one is tried.
 *
 * <p>Implementations are stateless or thread-safe: photos of several tracks may be encoded at once.
 */
public interface PhotoEncoder {

    /** The MIME type of what {@link #encode} makes, e.g. "image/jpeg". */
    String mimeType();

    /** Higher wins among encoders of one type; the built-in ImageIO JPEG encoder has 0. */
    int priority();

    /** Whether this encoder can run here (its native library loaded, say). */
    default boolean isAvailable() {
        return true;
    }

    /**
     * Encodes {@code frame} (any pixel format; the frame stays the caller's, open, and is not closed here).
     *
     * @throws IOException when encoding fails
     */
    byte[] encode(VideoFrame frame) throws IOException;
}
