package io.mediacapture.linux.mjpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TurboJPEG decoding into I420 planes, against the real libturbojpeg, with crafted good and bad JPEGs. */
class TurboJpegDecoderTest {

    @BeforeAll
    static void library() {
        boolean ci = "true".equals(System.getenv("CI"));
        String why = TurboJpeg.unavailableReason().orElse(null);
        if (why != null && ci) {
            throw new AssertionError("TurboJPEG is missing under CI=true: " + why);
        }
        if (why != null) {
            System.out.println("skipping TurboJpegDecoderTest: " + why);
        }
        assumeTrue(why == null, why);
    }

    /** Decodes into a fresh frame (I420, or I422 for a 4:2:2 JPEG), or returns the reason it was refused. */
    private static Object decode(byte[] jpeg, int width, int height) {
        try (TurboJpegDecoder d = new TurboJpegDecoder(width, height); Arena a = Arena.ofConfined()) {
            MemorySegment in = a.allocate(jpeg.length);
            in.copyFrom(MemorySegment.ofArray(jpeg));
            FrameBuffer fb = FrameBuffer.allocate(d.frameBytes());
            String why = d.decode(in, jpeg.length, fb.memory());
            if (why != null) {
                fb.release();
                return why;
            }
            // tagged as MjpegPipeline tags them: the JPEG's own full-range samples
            return fb.toVideoFrame(VideoFrameLayout.packed(d.format(), width, height)
                    .withColorSpace(VideoColorSpace.JPEG), 0, -1);
        }
    }

    /** Every block's centre pixel, back in RGB through the library's own conversion, matches the source colour. */
    private static void assertBlocks(VideoFrame f, int w, int h) {
        BufferedImage img = VideoFrameImages.toBufferedImage(f);
        int worst = 0;
        for (int by = 0; by + TestJpegs.BLOCK <= h; by += TestJpegs.BLOCK) {
            for (int bx = 0; bx + TestJpegs.BLOCK <= w; bx += TestJpegs.BLOCK) {
                int x = bx + TestJpegs.BLOCK / 2;
                int y = by + TestJpegs.BLOCK / 2;
                int want = TestJpegs.colourAt(x, y);
                int got = img.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs(((want >> shift) & 0xFF) - ((got >> shift) & 0xFF)));
                }
            }
        }
        assertTrue(worst <= 8, "a block's colour is off by " + worst + " codes");
    }

    @Test
    void decodes420IntoI420AtSdAndHd() throws IOException {
        for (int[] size : new int[][] {{640, 480}, {1280, 720}, {322, 242}}) {
            int w = size[0];
            int h = size[1];
            Object r = decode(TestJpegs.encode(TestJpegs.blocks(w, h), 2, 2), w, h);
            try (VideoFrame f = (VideoFrame) r) {
                assertEquals(VideoPixelFormat.I420, f.format());
                assertBlocks(f, w, h);
            }
        }
    }

    @Test
    void decodes422IntoI422With444ToI420() throws IOException {
        int w = 640;
        int h = 360;
        for (int[] s : new int[][] {{2, 1, 1}, {1, 1, 0}}) { // h, v, TJSAMP_422 = 1 / TJSAMP_444 = 0
            byte[] jpeg = TestJpegs.encode(TestJpegs.blocks(w, h), s[0], s[1]);
            try (TurboJpegDecoder d = new TurboJpegDecoder(w, h); Arena a = Arena.ofConfined()) {
                MemorySegment in = a.allocateFrom(java.lang.foreign.ValueLayout.JAVA_BYTE, jpeg);
                assertNull(d.decode(in, jpeg.length, a.allocate(d.frameBytes())));
                assertEquals(s[2], d.lastSubsampling(), "the test JPEG's chroma subsampling");
            }
            Object r = decode(jpeg, w, h);
            try (VideoFrame f = (VideoFrame) r) {
                assertEquals(s[0] == 2 ? VideoPixelFormat.I422 : VideoPixelFormat.I420, f.format());
                assertBlocks(f, w, h);
            }
        }
    }

    /**
     * 4:2:2 keeps a chroma row per luma row: rows alternating red and blue keep their own chroma in the I422 frame
     * (averaged to 4:2:0 they would all be the same purple).
     */
    @Test
    void a422JpegKeepsEachRowsChroma() throws IOException {
        int w = 64;
        int h = 48;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (y & 1) == 0 ? 0xE02020 : 0x2020E0);
            }
        }
        Object r = decode(TestJpegs.encode(img, 2, 1), w, h);
        try (VideoFrame f = (VideoFrame) r) {
            assertEquals(VideoPixelFormat.I422, f.format());
            assertEquals(h, f.format().planeRows(1, h));
            MemorySegment u = f.plane(1);
            MemorySegment v = f.plane(2);
            for (int y = 8; y < h - 8; y += 2) { // away from the edges
                int at = y * f.stride(1) + w / 4;
                int vRed = v.get(java.lang.foreign.ValueLayout.JAVA_BYTE, at) & 0xFF;
                int vBlue = v.get(java.lang.foreign.ValueLayout.JAVA_BYTE, at + f.stride(2)) & 0xFF;
                int uRed = u.get(java.lang.foreign.ValueLayout.JAVA_BYTE, at) & 0xFF;
                int uBlue = u.get(java.lang.foreign.ValueLayout.JAVA_BYTE, at + f.stride(1)) & 0xFF;
                // red: V well above 128 and U below; blue the other way round
                assertTrue(vRed > 170 && vBlue < 128 && uRed < 128 && uBlue > 170,
                        "row " + y + ": red V " + vRed + " U " + uRed + ", blue V " + vBlue + " U " + uBlue);
            }
            BufferedImage back = VideoFrameImages.toBufferedImage(f);
            int red = back.getRGB(w / 2, 20);
            int blue = back.getRGB(w / 2, 21);
            assertTrue(((red >> 16) & 0xFF) > 160 && (red & 0xFF) < 100, Integer.toHexString(red));
            assertTrue((blue & 0xFF) > 160 && ((blue >> 16) & 0xFF) < 100, Integer.toHexString(blue));
        }
    }

    @Test
    void aJpegDeclaringAHugeSizeIsRefusedFromItsHeader() throws IOException {
        byte[] small = TestJpegs.encode(TestJpegs.blocks(64, 48), 2, 2);
        byte[] huge = TestJpegs.declaring(small, 16384, 16384);
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        Object r = decode(huge, 640, 480);
        long after = rt.totalMemory() - rt.freeMemory();
        assertTrue(r instanceof String s && s.contains("16384x16384") && s.contains("640x480"), String.valueOf(r));
        assertTrue(after - before < 64L << 20, "refusing it took " + (after - before) + " bytes of heap");
    }

    @Test
    void aFrameOfAnotherSizeIsRefused() throws IOException {
        Object r = decode(TestJpegs.encode(TestJpegs.blocks(320, 240), 2, 2), 640, 480);
        assertTrue(r instanceof String s && s.contains("320x240"), String.valueOf(r));
    }

    @Test
    void truncatedJpegsAreRefusedNotDeliveredGrey() throws IOException {
        byte[] full = TestJpegs.encode(TestJpegs.blocks(640, 480), 2, 2);
        int scan = TestJpegs.scanStart(full);
        for (int keep : new int[] {full.length - 2, full.length / 2, scan + 10, scan, 20, 3}) {
            Object r = decode(Arrays.copyOf(full, keep), 640, 480);
            assertNotNull(r);
            if (r instanceof VideoFrame f) {
                f.close();
                throw new AssertionError("a JPEG cut to " + keep + " of " + full.length + " bytes was delivered");
            }
        }
    }

    @Test
    void corruptEntropyDataIsRefused() throws IOException {
        byte[] full = TestJpegs.encode(TestJpegs.blocks(640, 480), 2, 2);
        int scan = TestJpegs.scanStart(full);
        byte[] bad = full.clone();
        // A marker that cannot occur inside entropy-coded data: libjpeg warns ("corrupt JPEG data") and, with
        // TJFLAG_STOPONWARNING, stops.
        bad[scan + 200] = (byte) 0xFF;
        bad[scan + 201] = (byte) 0xD9;
        Object r = decode(bad, 640, 480);
        if (r instanceof VideoFrame f) {
            f.close();
            throw new AssertionError("a JPEG with an EOI in its scan was delivered");
        }
        assertTrue(((String) r).startsWith("corrupt JPEG"), (String) r);
        byte[] garbage = new byte[903];
        Arrays.fill(garbage, (byte) 0x5A);
        assertTrue(decode(garbage, 640, 480) instanceof String);
    }

    @Test
    void aGoodFrameAfterBadOnesStillDecodes() throws IOException {
        byte[] full = TestJpegs.encode(TestJpegs.blocks(320, 240), 2, 2);
        try (TurboJpegDecoder d = new TurboJpegDecoder(320, 240); Arena a = Arena.ofConfined()) {
            MemorySegment dst = a.allocate(d.frameBytes());
            MemorySegment in = a.allocate(full.length);
            in.copyFrom(MemorySegment.ofArray(full));
            assertNotNull(d.decode(in, full.length / 2, dst));
            assertNull(d.decode(in, full.length, dst));
        }
    }
}
