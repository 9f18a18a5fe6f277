package io.mediacapture.linux.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediacapture.Blob;
import io.mediacapture.ImageCapture;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.linux.mjpeg.TurboJpeg;
import io.mediacapture.linux.photo.TurboJpegPhotoEncoder.Route;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.FakeFrameCheck;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JPEG photos through the real libturbojpeg: frames of each route ({@link Route}) built from known colour bars,
 * encoded, decoded by ImageIO and compared with the bars; and takePhoto on a fake camera, which must pick this
 * encoder over core's ImageIO one.
 */
class TurboJpegPhotoEncoderTest {
    /** Eight 100% colour bars, left to right. */
    private static final int[] BARS = {0xffffff, 0xffff00, 0x00ffff, 0x00ff00, 0xff00ff, 0xff0000, 0x0000ff, 0x000000};
    /** Limited-range BT.601, as a raw YUV camera's frames are when tagged. */
    private static final VideoColorSpace BT601_LIMITED =
            new VideoColorSpace("smpte170m", "smpte170m", "smpte170m", false);
    private static final TurboJpegPhotoEncoder ENCODER = new TurboJpegPhotoEncoder();

    @BeforeAll
    static void library() {
        String why = TurboJpeg.libraryUnavailableReason().orElse(null);
        if (why != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("libturbojpeg is missing under CI=true: " + why);
        }
        if (why != null) {
            System.out.println("skipping TurboJpegPhotoEncoderTest: " + why);
        }
        assumeTrue(why == null, why);
    }

    private static int bar(int x, int w) {
        return BARS[Math.min(7, x * 8 / w)];
    }

    // ---- frames built from the bars -------------------------------------------------------------------------

    /** A packed RGB frame of the bars, rows padded by 8 bytes (strides must be honoured). */
    private static VideoFrame rgbFrame(VideoPixelFormat f, int w, int h) {
        int bpp = f.bytesPerPixel();
        int stride = w * bpp + 8;
        FrameBuffer b = FrameBuffer.allocate((long) stride * h);
        fillRgb(b.memory(), f, w, h, stride);
        return b.toVideoFrame(VideoFrameLayout.of(f, w, h, new long[] {0}, new int[] {stride}), 0, -1);
    }

    private static void fillRgb(MemorySegment m, VideoPixelFormat f, int w, int h, int stride) {
        int bpp = f.bytesPerPixel();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = bar(x, w);
                int r = c >> 16 & 0xff;
                int g = c >> 8 & 0xff;
                int bl = c & 0xff;
                int[] bytes = switch (f) {
                    case RGB24 -> new int[] {r, g, bl};
                    case BGR24 -> new int[] {bl, g, r};
                    case RGBA, RGBX -> new int[] {r, g, bl, 0x7f}; // alpha must not matter
                    case BGRA, BGRX -> new int[] {bl, g, r, 0x7f};
                    default -> throw new IllegalArgumentException(f.toString());
                };
                for (int i = 0; i < bpp; i++) {
                    m.set(ValueLayout.JAVA_BYTE, (long) y * stride + (long) x * bpp + i, (byte) bytes[i]);
                }
            }
        }
    }

    /**
     * An I420 or I422 frame of the bars, BT.601 in full range (tagged {@link VideoColorSpace#JPEG}) or limited range
     * (tagged {@link #BT601_LIMITED}), every plane's rows padded by 16 bytes.
     */
    private static VideoFrame yuvFrame(VideoPixelFormat f, int w, int h, boolean fullRange) {
        int cw = (w + 1) / 2;
        int ch = f == VideoPixelFormat.I420 ? (h + 1) / 2 : h;
        int[] strides = {w + 16, cw + 16, cw + 16};
        long[] offsets = {0, (long) strides[0] * h, (long) strides[0] * h + (long) strides[1] * ch};
        FrameBuffer b = FrameBuffer.allocate(offsets[2] + (long) strides[2] * ch);
        MemorySegment m = b.memory();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                m.set(ValueLayout.JAVA_BYTE, (long) y * strides[0] + x, (byte) yuv(bar(x, w), fullRange)[0]);
            }
        }
        int rowsPerChroma = f == VideoPixelFormat.I420 ? 2 : 1;
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                double u = 0;
                double v = 0;
                int n = 0;
                for (int y = cy * rowsPerChroma; y < Math.min(h, (cy + 1) * rowsPerChroma); y++) {
                    for (int x = cx * 2; x < Math.min(w, cx * 2 + 2); x++) {
                        int[] s = yuv(bar(x, w), fullRange);
                        u += s[1];
                        v += s[2];
                        n++;
                    }
                }
                m.set(ValueLayout.JAVA_BYTE, offsets[1] + (long) cy * strides[1] + cx, (byte) Math.round(u / n));
                m.set(ValueLayout.JAVA_BYTE, offsets[2] + (long) cy * strides[2] + cx, (byte) Math.round(v / n));
            }
        }
        VideoFrameLayout layout = VideoFrameLayout.of(f, w, h, offsets, strides)
                .withColorSpace(fullRange ? VideoColorSpace.JPEG : BT601_LIMITED);
        return b.toVideoFrame(layout, 0, -1);
    }

    /** BT.601 Y, Cb, Cr of an RGB colour, in full (JFIF) or limited (16..235, 16..240) range. */
    private static int[] yuv(int rgb, boolean fullRange) {
        double r = rgb >> 16 & 0xff;
        double g = rgb >> 8 & 0xff;
        double b = rgb & 0xff;
        double y = 0.299 * r + 0.587 * g + 0.114 * b;
        double cb = -0.168736 * r - 0.331264 * g + 0.5 * b;
        double cr = 0.5 * r - 0.418688 * g - 0.081312 * b;
        if (!fullRange) {
            y = 16 + y * 219 / 255;
            cb = cb * 224 / 255;
            cr = cr * 224 / 255;
        }
        return new int[] {clamp(y), clamp(128 + cb), clamp(128 + cr)};
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    // ---- checks ----------------------------------------------------------------------------------------------

    /** Encodes {@code frame} (closing it), decodes the JPEG and checks size and the bars' colours. */
    private static void assertEncodesTheBars(VideoFrame frame, Route expected) throws IOException {
        int w = frame.codedWidth();
        int h = frame.codedHeight();
        byte[] jpeg;
        try (frame) {
            assertEquals(expected, TurboJpegPhotoEncoder.route(frame), "route of " + frame);
            long before = TurboJpegPhotoEncoder.encodedCount();
            jpeg = ENCODER.encode(frame);
            assertEquals(before + 1, TurboJpegPhotoEncoder.encodedCount());
        }
        assertEquals(0xff, jpeg[0] & 0xff, "SOI");
        assertEquals(0xd8, jpeg[1] & 0xff, "SOI");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        assertNull(compareBars(img, w, h), frame.format() + " " + w + "x" + h);
    }

    /** Null when the middle of each bar, on several rows, has the bar's colour within 12 per channel. */
    private static String compareBars(BufferedImage img, int w, int h) {
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            int x = (int) ((i + 0.5) * w / 8);
            for (int y : new int[] {0, h / 4, h / 2, h - 1}) {
                int got = img.getRGB(x, y) & 0xffffff;
                int want = bar(x, w);
                for (int s = 0; s <= 16; s += 8) {
                    if (Math.abs((got >> s & 0xff) - (want >> s & 0xff)) > 12) {
                        wrong.append(String.format(" bar %d at (%d,%d): %06x, not %06x;", i, x, y, got, want));
                        break;
                    }
                }
            }
        }
        return wrong.isEmpty() ? null : wrong.toString();
    }

    // ---- the routes ------------------------------------------------------------------------------------------

    @Test
    void fullRangeI420GoesStraightFromItsPlanesAs420() throws IOException {
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I420, 320, 240, true), Route.YUV_PLANES);
    }

    @Test
    void fullRangeI422GoesStraightFromItsPlanesAs422() throws IOException {
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I422, 320, 240, true), Route.YUV_PLANES);
    }

    @Test
    void limitedRangeYuvIsConvertedToRgbNotPassedThrough() throws IOException {
        // Passed through as JFIF samples, black would come out as (16,16,16) and white as (235,235,235).
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I420, 320, 240, false), Route.RGB_CONVERTED);
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I422, 320, 240, false), Route.RGB_CONVERTED);
    }

    @Test
    void untaggedYuvIsTakenAsLimitedRangeLikeTheRestOfTheLibrary() throws IOException {
        try (VideoFrame tagged = yuvFrame(VideoPixelFormat.I420, 320, 240, false)) {
            FrameBuffer b = FrameBuffer.allocate(tagged.allocationSize());
            tagged.copyTo(b.memory());
            assertEncodesTheBars(b.toVideoFrame(VideoFrameLayout.packed(VideoPixelFormat.I420, 320, 240), 0, -1),
                    Route.RGB_CONVERTED);
        }
    }

    @Test
    void fullRangeNv12AndYuy2AreConvertedOnceToPlanes() throws IOException {
        try (VideoFrame i420 = yuvFrame(VideoPixelFormat.I420, 320, 240, true);
             VideoFrame i422 = yuvFrame(VideoPixelFormat.I422, 320, 240, true)) {
            assertEncodesTheBars(i420.convertTo(VideoPixelFormat.NV12), Route.YUV_CONVERTED);
            assertEncodesTheBars(i422.convertTo(VideoPixelFormat.YUY2), Route.YUV_CONVERTED);
            assertEncodesTheBars(i422.convertTo(VideoPixelFormat.UYVY), Route.YUV_CONVERTED);
        }
    }

    @Test
    void everyPackedRgbFormatGoesInAsItIs() throws IOException {
        for (VideoPixelFormat f : new VideoPixelFormat[] {VideoPixelFormat.RGB24, VideoPixelFormat.BGR24,
                VideoPixelFormat.RGBA, VideoPixelFormat.RGBX, VideoPixelFormat.BGRA, VideoPixelFormat.BGRX}) {
            assertEncodesTheBars(rgbFrame(f, 320, 240), Route.RGB);
        }
    }

    // ---- odd and bad frames ----------------------------------------------------------------------------------

    @Test
    void oddSizesEncodeWithTheirLastColumnAndRow() throws IOException {
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I420, 321, 241, true), Route.YUV_PLANES);
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I422, 321, 241, true), Route.YUV_PLANES);
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I420, 321, 241, false), Route.RGB_CONVERTED);
        assertEncodesTheBars(rgbFrame(VideoPixelFormat.BGRX, 131, 67), Route.RGB); // bars wide enough for 4:2:0
        assertEncodesTheBars(yuvFrame(VideoPixelFormat.I420, 1, 1, true), Route.YUV_PLANES);
    }

    @Test
    void aFrameJpegCannotHoldIsAnIOExceptionWithTurboJpegsReason() {
        // JPEG's limit is 65500 pixels a side: libjpeg refuses it, and the message is tjGetErrorStr2's.
        try (VideoFrame wide = rgbFrame(VideoPixelFormat.RGB24, 70_000, 1)) {
            long before = TurboJpegPhotoEncoder.encodedCount();
            IOException e = assertThrows(IOException.class, () -> ENCODER.encode(wide));
            assertTrue(e.getMessage().contains("70000x1") && e.getMessage().contains("65500"), e.getMessage());
            assertEquals(before, TurboJpegPhotoEncoder.encodedCount());
            // the encoder is still fine afterwards (handle and arena went on the error path)
            assertEncodesTheBars(rgbFrame(VideoPixelFormat.RGB24, 32, 8), Route.RGB);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- through ImageCapture --------------------------------------------------------------------------------

    @Test
    void takePhotoOnAFakeCameraIsEncodedHereAndShowsTheFrame() throws IOException {
        assertTrue(ENCODER.isAvailable());
        assertTrue(ENCODER.priority() > 0, "above core's ImageIO encoder");
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = Await.result(devices.getUserMedia(Map.of("video", Map.of("width", 640, "height", 480))))
                    .getVideoTracks().getFirst();
            long before = TurboJpegPhotoEncoder.encodedCount();
            Blob photo = Await.result(new ImageCapture(t).takePhoto());
            t.stop();
            assertEquals(before + 1, TurboJpegPhotoEncoder.encodedCount(), "the photo came from libjpeg-turbo");
            assertEquals("image/jpeg", photo.type());
            BufferedImage img = ImageIO.read(photo.stream());
            assertEquals(640, img.getWidth());
            assertEquals(480, img.getHeight());
            assertNull(FakeFrameCheck.compare(img, 640, 480, 0));
        }
    }
}
