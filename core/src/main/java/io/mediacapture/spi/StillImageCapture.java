package io.mediacapture.spi;

import io.mediacapture.PhotoCapabilities;
import io.mediacapture.PhotoSettings;
import io.mediacapture.VideoFrame;
import java.util.concurrent.CompletableFuture;

/**
 * A camera's separate still-image mode ({@link SourceHandle#stillImage()}): photos at sizes of their own, not
 * frames of the running stream (Media Foundation's photo stream, {@code AVCapturePhotoOutput}). When an open
 * source has one, {@link io.mediacapture.ImageCapture#takePhoto} uses it and
 * {@link io.mediacapture.ImageCapture#getPhotoCapabilities} reports its capabilities; without one the photo is
 * the stream's next frame. Core encodes the returned frame (JPEG or PNG) and closes it.
 *
 * <p>Threading: called from any application thread; the future may complete on any thread.
 */
public interface StillImageCapture {

    /** What the still mode can do now (sizes, fill light, red-eye reduction). */
    PhotoCapabilities capabilities();

    /**
     * Takes one photo. {@code settings} were checked against {@link #capabilities()}; absent members mean the
     * still mode's defaults. The frame becomes core's (it closes it).
     */
    CompletableFuture<VideoFrame> capture(PhotoSettings settings);
}
