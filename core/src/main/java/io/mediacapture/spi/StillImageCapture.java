package io.mediacapture.spi;

import io.mediacapture.PhotoCapabilities;
import io.mediacapture.PhotoSettings;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;

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

    /**
     * A still mode whose device hands out JPEG files (AVFoundation's file data, a Media Foundation photo pin in MJPEG)
     * turns one into the BGRA frame {@link #capture} returns; ImageIO decodes it (photos are rare, so the streams'
     * MJPEG decoders are not needed). The frame is the caller's.
     *
     * @throws IOException when ImageIO cannot read {@code jpeg}
     */
    static VideoFrame decodeJpeg(byte[] jpeg, long timestamp) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        if (img == null) {
            throw new IOException("ImageIO cannot read the photo (" + jpeg.length + " bytes)");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        FrameBuffer fb = FrameBuffer.allocate((long) w * h * 4);
        int[] row = new int[w];
        ValueLayout.OfInt le = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                fb.memory().set(le, ((long) y * w + x) * 4, row[x] | 0xFF000000); // bytes B, G, R, A
            }
        }
        return fb.toVideoFrame(VideoFrameLayout.packed(VideoPixelFormat.BGRA, w, h), timestamp, 0);
    }
}
