package io.mediacapture.macos.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.NativeVideoFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaMappingTest {
    @Test
    void fourCharacterCodes() {
        assertEquals(0x34323076, FourCc.of("420v"));
        assertEquals(875704438, FourCc.of("420v"), "kCVPixelFormatType_420YpCbCr8BiPlanarVideoRange");
        assertEquals(1111970369, FourCc.of("BGRA"), "kCVPixelFormatType_32BGRA");
        assertEquals("dmb1", FourCc.toString(FourCc.of("dmb1")));
        assertEquals("0x00000020", FourCc.toString(32), "kCVPixelFormatType_32ARGB is the integer 32");
        assertThrows(IllegalArgumentException.class, () -> FourCc.of("abc"));
    }

    @Test
    void pixelFormats() {
        assertEquals(Optional.of(NativeVideoFormat.NV12), PixelFormats.of(FourCc.of("420v")));
        assertEquals(Optional.of(NativeVideoFormat.NV12), PixelFormats.of(FourCc.of("420f")));
        assertEquals(Optional.of(NativeVideoFormat.BGRA), PixelFormats.of(FourCc.of("BGRA")));
        assertEquals(Optional.of(NativeVideoFormat.UYVY), PixelFormats.of(FourCc.of("2vuy")));
        assertEquals(Optional.of(NativeVideoFormat.YUY2), PixelFormats.of(FourCc.of("yuvs")));
        assertEquals(Optional.of(NativeVideoFormat.I420), PixelFormats.of(FourCc.of("y420")));
        assertEquals(Optional.of(NativeVideoFormat.MJPEG), PixelFormats.of(FourCc.of("dmb1")));
        assertEquals(Optional.empty(), PixelFormats.of(FourCc.of("avc1")));
        assertEquals(Optional.empty(), PixelFormats.of(FourCc.of("x420")), "10-bit formats are not supported");
    }

    @Test
    void cmTime() {
        assertEquals(33_366, CMTime.of(1001, 30000).micros());
        assertEquals(CMTime.of(1000, 29970), CMTime.frameDuration(29.97));
        assertTrue(CMTime.of(1, 30).isValid());
        assertThrows(IllegalStateException.class, () -> new CMTime(5, 0, 0, 0).micros());
        assertThrows(IllegalArgumentException.class, () -> CMTime.frameDuration(0));
        assertEquals(Long.MAX_VALUE / 1000 / 1000, CMTime.of(Long.MAX_VALUE / 1000, 1000).micros() / 1_000_000);
    }

    @Test
    void planeSpanOfNv12() {
        // 1280x720 NV12 with 1344-byte rows: luma then chroma in one allocation, a gap between them
        long base = 0x7000_0000L;
        PlaneSpan s = PlaneSpan.of(new long[] {base, base + 1344L * 720 + 4096}, new long[] {1344, 1344},
                new long[] {720, 360});
        assertEquals(base, s.start());
        assertArrayEquals(new long[] {0, 1344L * 720 + 4096}, s.offsets());
        assertEquals(1344L * 720 + 4096 + 1344L * 360, s.length());
        PlaneSpan reversed = PlaneSpan.of(new long[] {base + 8192, base}, new long[] {64, 64}, new long[] {100, 50});
        assertArrayEquals(new long[] {8192, 0}, reversed.offsets());
    }

    @Test
    void planesInSeparateAllocationsAreNotWrapped() {
        assertNull(PlaneSpan.of(new long[] {0x1000_0000L, 0x7000_0000L}, new long[] {64, 64}, new long[] {10, 5}));
        assertNull(PlaneSpan.of(new long[] {0x1000_0000L, 0}, new long[] {64, 64}, new long[] {10, 5}));
        assertThrows(IllegalArgumentException.class, () -> PlaneSpan.of(new long[] {1}, new long[] {}, new long[] {}));
    }
}
