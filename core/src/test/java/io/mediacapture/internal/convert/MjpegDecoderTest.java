package io.mediacapture.internal.convert;

import static io.mediacapture.internal.convert.TestFrames.diff;
import static io.mediacapture.internal.convert.TestFrames.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

class MjpegDecoderTest {
    private static final int[] COLOURS = {0xFFC03020, 0xFF20A040, 0xFF3050C0, 0xFFE0E0E0, 0xFF404040, 0xFFD0C030};

    /** 16x16 blocks of flat colour: JPEG keeps them nearly exact away from block edges. */
    private static BufferedImage blocks(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, COLOURS[(x / 16 + 2 * (y / 16)) % COLOURS.length]);
            }
        }
        return img;
    }

    private static byte[] jpeg(BufferedImage img) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.95f);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The stream without its DHT segments, as webcams send MJPEG. */
    private static byte[] stripHuffmanTables(byte[] d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(d, 0, 2);
        int at = 2;
        int removed = 0;
        while (true) {
            int marker = d[at + 1] & 0xFF;
            int length = (d[at + 2] & 0xFF) << 8 | (d[at + 3] & 0xFF);
            if (marker == 0xDA) {
                out.write(d, at, d.length - at);
                break;
            }
            if (marker == 0xC4) {
                removed++;
            } else {
                out.write(d, at, 2 + length);
            }
            at += 2 + length;
        }
        assertTrue(removed > 0, "the test JPEG had no DHT to strip");
        return out.toByteArray();
    }

    private static byte[] planes(VideoFrame f) {
        byte[] b = new byte[(int) f.allocationSize()];
        f.copyTo(b);
        return b;
    }

    @Test
    void decodesToI420WithTheImageColours() throws IOException {
        for (int[] size : new int[][] {{64, 48}, {33, 17}, {96, 720}}) {
            BufferedImage img = blocks(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            try (VideoFrame f = MjpegDecoder.decode(MemorySegment.ofArray(jpeg(img)), 777, 33_000)) {
                assertEquals(VideoPixelFormat.I420, f.format());
                assertEquals(size[0], f.codedWidth());
                assertEquals(size[1], f.codedHeight());
                assertEquals(777, f.timestamp());
                assertEquals(33_000, f.duration().orElseThrow());
                assertEquals(io.mediacapture.VideoColorSpace.JPEG, f.colorSpace(), "the JPEG's own samples, tagged");
                int[] px = TestFrames.argb(f, YuvMatrix.forFrame(f));
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        if (x % 16 < 3 || x % 16 > 12 || y % 16 < 3 || y % 16 > 12) {
                            continue; // JPEG and chroma subsampling blur block edges
                        }
                        int want = img.getRGB(x, y);
                        int got = px[y * size[0] + x];
                        assertTrue(diff(got, want) <= 6, size[0] + "x" + size[1] + " (" + x + "," + y + "): "
                                + hex(got) + " vs " + hex(want));
                    }
                }
            }
        }
    }

    @Test
    void insertsTheStandardHuffmanTablesWhenTheFrameHasNone() throws IOException {
        byte[] full = jpeg(blocks(64, 48, BufferedImage.TYPE_INT_RGB));
        byte[] stripped = stripHuffmanTables(full);
        // the JDK writer uses the Annex K tables by default, so the reinserted ones must give identical pixels
        try (VideoFrame a = MjpegDecoder.decode(MemorySegment.ofArray(full), 0, -1);
             VideoFrame b = MjpegDecoder.decode(MemorySegment.ofArray(stripped), 0, -1)) {
            assertArrayEquals(planes(a), planes(b));
        }
    }

    @Test
    void standardTablesMatchTheSpec() {
        check(JPEGHuffmanTable.StdDCLuminance, JpegHuffmanTables.DC_LUMINANCE_BITS, JpegHuffmanTables.DC_LUMINANCE_VALUES);
        check(JPEGHuffmanTable.StdDCChrominance, JpegHuffmanTables.DC_CHROMINANCE_BITS, JpegHuffmanTables.DC_CHROMINANCE_VALUES);
        check(JPEGHuffmanTable.StdACLuminance, JpegHuffmanTables.AC_LUMINANCE_BITS, JpegHuffmanTables.AC_LUMINANCE_VALUES);
        check(JPEGHuffmanTable.StdACChrominance, JpegHuffmanTables.AC_CHROMINANCE_BITS, JpegHuffmanTables.AC_CHROMINANCE_VALUES);
        byte[] seg = JpegHuffmanTables.dhtSegment();
        assertEquals(0xC4, seg[1] & 0xFF);
        assertEquals(seg.length - 2, (seg[2] & 0xFF) << 8 | (seg[3] & 0xFF));
    }

    /** The JDK's copy of the same Annex K tables, as an independent reference. */
    private static void check(JPEGHuffmanTable jdk, int[] bits, int[] values) {
        int[] lengths = new int[16];
        for (int i = 0; i < 16; i++) {
            lengths[i] = jdk.getLengths()[i];
        }
        assertArrayEquals(lengths, bits);
        assertArrayEquals(Arrays.stream(toInts(jdk.getValues())).toArray(), values);
    }

    private static int[] toInts(short[] s) {
        int[] r = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = s[i];
        }
        return r;
    }

    @Test
    void greyJpegHasNeutralChroma() throws IOException {
        BufferedImage img = blocks(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        try (VideoFrame f = MjpegDecoder.decode(MemorySegment.ofArray(jpeg(img)), 0, -1)) {
            for (int c = 0; c < 16; c++) {
                assertEquals(128, f.byteAt(1, c, 3));
                assertEquals(128, f.byteAt(2, c, 3));
            }
            // the JPEG's own luma (full range): the light grey block keeps its level (limited range would make
            // it 16 + 224 * 219 / 255 = 208)
            assertEquals(io.mediacapture.VideoColorSpace.JPEG, f.colorSpace());
            int grey = img.getRaster().getSample(24, 24, 0);
            int y = f.byteAt(0, 24, 24);
            assertTrue(Math.abs(y - grey) <= 3, "luma " + y + " for the image's grey " + grey);
        }
    }

    @Test
    void corruptFramesFailWithAClearError() throws IOException {
        BufferedImage busy = new BufferedImage(256, 192, BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(5);
        for (int y = 0; y < 192; y++) {
            for (int x = 0; x < 256; x++) {
                busy.setRGB(x, y, r.nextInt());
            }
        }
        byte[] good = jpeg(busy); // noise: the entropy-coded scan is most of the file
        byte[] truncated = Arrays.copyOf(good, good.length * 2 / 3);
        byte[] cutWithEnd = Arrays.copyOf(good, good.length / 2 + 2);
        cutWithEnd[cutWithEnd.length - 2] = (byte) 0xFF;
        cutWithEnd[cutWithEnd.length - 1] = (byte) 0xD9;
        byte[] badLength = good.clone();
        badLength[4] = (byte) 0x7F; // APP0 length far past the end
        byte[] noise = new byte[4000];
        new java.util.Random(1).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xD8;
        byte[][] cases = {new byte[0], {1, 2, 3, 4, 5}, truncated, cutWithEnd, badLength, noise, Arrays.copyOf(good, 2)};
        String[] names = {"empty", "not JPEG", "truncated", "half a scan", "bad segment length", "noise", "only SOI"};
        for (int i = 0; i < cases.length; i++) {
            byte[] data = cases[i];
            IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThrows(IllegalArgumentException.class, () -> MjpegDecoder.decode(MemorySegment.ofArray(data), 0, -1)));
            assertTrue(e.getMessage().contains("JPEG"), names[i] + ": " + e.getMessage());
            System.out.println("MjpegDecoder rejects " + names[i] + ": " + e.getMessage());
        }
    }

    /** Issue #21 item 9: a few hundred bytes declaring 16384x16384 made the JDK reader allocate 768 MiB. */
    @Test
    void aJpegDeclaringAnotherSizeThanNegotiatedIsRefusedBeforeDecoding() throws IOException {
        byte[] small = jpeg(blocks(32, 32, BufferedImage.TYPE_INT_RGB));
        byte[] huge = small.clone();
        for (int at = 2; at + 8 < huge.length; ) {
            int marker = huge[at + 1] & 0xFF;
            if (marker == 0xC0) {
                huge[at + 5] = 0x40; // height 0x4000
                huge[at + 6] = 0;
                huge[at + 7] = 0x40; // width 0x4000
                huge[at + 8] = 0;
                break;
            }
            at += 2 + ((huge[at + 2] & 0xFF) << 8 | (huge[at + 3] & 0xFF));
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MjpegDecoder.decode(MemorySegment.ofArray(huge), 640, 480, 0, -1));
        long grew = rt.totalMemory() - rt.freeMemory() - before;
        assertTrue(e.getMessage().contains("16384x16384") && e.getMessage().contains("640x480"), e.getMessage());
        assertTrue(grew < 64L << 20, "refusing it took " + grew + " bytes of heap");
        try (VideoFrame f = MjpegDecoder.decode(MemorySegment.ofArray(small), 32, 32, 0, -1)) {
            assertEquals(32, f.codedWidth());
        }
    }
}
