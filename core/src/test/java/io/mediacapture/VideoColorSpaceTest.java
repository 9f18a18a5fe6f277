package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mediacapture.internal.convert.VideoScaler;
import io.mediacapture.internal.convert.YuvMatrix;
import java.awt.image.BufferedImage;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** Frames say what their samples mean, keep it through copies, and every conversion to RGB honours it. */
class VideoColorSpaceTest {

    /** A grey I420 frame of luma {@code y} (chroma neutral), tagged {@code space}. */
    private static VideoFrame grey(int w, int h, int y, VideoColorSpace space) {
        VideoFrameLayout layout = VideoFrameLayout.packed(VideoPixelFormat.I420, w, h).withColorSpace(space);
        io.mediacapture.spi.FrameBuffer b = io.mediacapture.spi.FrameBuffer.allocate(layout.byteSize());
        MemorySegment m = b.memory();
        long luma = (long) w * h;
        m.asSlice(0, luma).fill((byte) y);
        m.asSlice(luma, layout.byteSize() - luma).fill((byte) 128);
        return b.toVideoFrame(layout, 7, 33);
    }

    @Test
    void theMatrixComesFromTheFramesColourSpace() {
        try (VideoFrame jpeg = grey(64, 48, 20, VideoColorSpace.JPEG);
             VideoFrame hdJpeg = grey(1280, 720, 20, VideoColorSpace.JPEG);
             VideoFrame plain = grey(64, 48, 20, VideoColorSpace.UNSPECIFIED);
             VideoFrame bt709Full = grey(64, 48, 20, new VideoColorSpace(null, null, "bt709", true));
             VideoFrame rangeOnly = grey(1280, 720, 20, new VideoColorSpace(null, null, null, true))) {
            assertEquals(YuvMatrix.BT601_FULL, YuvMatrix.forFrame(jpeg));
            assertEquals(YuvMatrix.BT601_FULL, YuvMatrix.forFrame(hdJpeg), "JPEG is BT.601 at every size");
            assertEquals(YuvMatrix.BT601_LIMITED, YuvMatrix.forFrame(plain));
            assertEquals(YuvMatrix.BT709_FULL, YuvMatrix.forFrame(bt709Full));
            assertEquals(YuvMatrix.BT709_FULL, YuvMatrix.forFrame(rangeOnly), "the matrix by height where unsaid");
            assertEquals(VideoFrameImages.ColorMatrix.BT601_FULL, VideoFrameImages.ColorMatrix.of(jpeg));
        }
    }

    /** Full range: luma 20 is RGB 20; limited range: luma 20 is (20 - 16) * 255 / 219 = 5. */
    @Test
    void everyRgbBridgeHonoursFullRange() {
        try (VideoFrame jpeg = grey(64, 48, 20, VideoColorSpace.JPEG);
             VideoFrame plain = grey(64, 48, 20, VideoColorSpace.UNSPECIFIED)) {
            assertEquals(20, VideoFrameImages.toBufferedImage(jpeg).getRGB(10, 10) & 0xFF);
            assertEquals(5, VideoFrameImages.toBufferedImage(plain).getRGB(10, 10) & 0xFF);
            int[] argb = new int[64 * 48];
            VideoFrameImages.copyToArgb(jpeg, argb);
            assertEquals(20, argb[100] & 0xFF);
            MemorySegment rgba = java.lang.foreign.Arena.ofAuto().allocate(VideoFrameImages.rgbSize(jpeg));
            VideoFrameImages.copyTo(jpeg, rgba, VideoFrameImages.RgbFormat.RGBA);
            assertEquals(20, rgba.get(ValueLayout.JAVA_BYTE, 400) & 0xFF);
            try (VideoFrame bgra = jpeg.convertTo(VideoPixelFormat.BGRA)) {
                assertEquals(20, bgra.byteAt(0, 40, 5));
                assertEquals(VideoColorSpace.UNSPECIFIED, bgra.colorSpace(), "RGB has no YCbCr colour space");
            }
        }
    }

    @Test
    void copiesKeepTheColourSpace() {
        try (VideoFrame jpeg = grey(64, 48, 20, VideoColorSpace.JPEG);
             VideoFrame clone = jpeg.clone();
             VideoFrame nv12 = jpeg.convertTo(VideoPixelFormat.NV12);
             VideoFrame i422 = jpeg.convertTo(VideoPixelFormat.I422);
             VideoFrame scaled = VideoScaler.cropAndScale(jpeg, 32, 24)) {
            for (VideoFrame f : new VideoFrame[] {clone, nv12, i422, scaled}) {
                assertEquals(VideoColorSpace.JPEG, f.colorSpace(), f.toString());
                BufferedImage img = VideoFrameImages.toBufferedImage(f);
                assertEquals(20, img.getRGB(5, 5) & 0xFF, f + " converts with full range");
            }
        }
    }

    /** What DeviceSource.lend(memory, layout, ...) does: a lent frame of the layout, cloned for keepers. */
    @Test
    void lentFramesAndTheirClonesKeepTheLayoutsColourSpace() {
        VideoFrameLayout layout = VideoFrameLayout.packed(VideoPixelFormat.I422, 64, 48).withColorSpace(VideoColorSpace.JPEG);
        VideoFrame lent = VideoFrame.lendable(layout);
        assertEquals(true, lent.hasLayout(layout));
        assertEquals(false, lent.hasLayout(VideoFrameLayout.packed(VideoPixelFormat.I422, 64, 48)));
        try (java.lang.foreign.Arena a = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment m = a.allocate(layout.byteSize());
            m.asSlice(0, 64 * 48).fill((byte) 20);
            m.asSlice(64 * 48).fill((byte) 128);
            lent.beginLoan(m, 1, 2);
            try (VideoFrame kept = lent.clone()) {
                lent.endLoan();
                assertEquals(VideoColorSpace.JPEG, kept.colorSpace());
                assertEquals(VideoPixelFormat.I422, kept.format());
                assertEquals(20, VideoFrameImages.toBufferedImage(kept).getRGB(3, 3) & 0xFF);
            }
        }
    }

    @Test
    void rgbToYuvWithAnotherMatrixSaysWhich() {
        try (VideoFrame jpeg = grey(64, 48, 20, VideoColorSpace.JPEG);
             VideoFrame rgb = jpeg.convertTo(VideoPixelFormat.RGBA);
             VideoFrame plain = rgb.convertTo(VideoPixelFormat.I420);
             VideoFrame full = io.mediacapture.internal.convert.PixelConverter.convert(rgb, VideoPixelFormat.I420,
                     YuvMatrix.BT601_FULL)) {
            assertEquals(VideoColorSpace.UNSPECIFIED, plain.colorSpace());
            assertEquals(new VideoColorSpace(null, null, "smpte170m", true), full.colorSpace());
            assertEquals(20, full.byteAt(0, 3, 3));
            assertNotEquals(20, plain.byteAt(0, 3, 3));
        }
    }

    @Test
    void layoutsWithAnotherColourSpaceDiffer() {
        VideoFrameLayout a = VideoFrameLayout.packed(VideoPixelFormat.I420, 4, 4);
        assertEquals(VideoColorSpace.UNSPECIFIED, a.colorSpace());
        assertNotEquals(a, a.withColorSpace(VideoColorSpace.JPEG));
        assertEquals(a.withColorSpace(VideoColorSpace.JPEG), a.withColorSpace(VideoColorSpace.JPEG));
    }
}
