package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.windows.com.Guid;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Native media types as a typical UVC webcam lists them, mapped to modes, and back to the rate MF is asked for. */
class MediaTypesTest {
    private static long size(int w, int h) {
        return MediaTypes.pack(w, h);
    }

    private static long rate(int num, int den) {
        return MediaTypes.pack(num, den);
    }

    @Test
    void subtypesMapToPixelFormats() {
        assertEquals(Optional.of(NativeVideoFormat.NV12), MediaTypes.format(MfGuids.NV12));
        assertEquals(Optional.of(NativeVideoFormat.YUY2), MediaTypes.format(MfGuids.YUY2));
        assertEquals(Optional.of(NativeVideoFormat.MJPEG), MediaTypes.format(MfGuids.MJPG));
        assertEquals(Optional.of(NativeVideoFormat.BGRX), MediaTypes.format(MfGuids.RGB32));
        assertEquals(Optional.of(NativeVideoFormat.I420), MediaTypes.format(MfGuids.I420));
        assertEquals(Optional.of(NativeVideoFormat.I420), MediaTypes.format(MfGuids.IYUV));
        Guid h264 = Guid.parse("{34363248-0000-0010-8000-00AA00389B71}");
        assertEquals(Optional.empty(), MediaTypes.format(h264));
    }

    @Test
    void recordedWebcamTypesBecomeModes() {
        // YUY2 640x480 at a fixed 30 fps (range 30..30)
        assertEquals(Optional.of(VideoMode.of(640, 480, NativeVideoFormat.YUY2, 30)),
                MediaTypes.mode(MfGuids.YUY2, size(640, 480), rate(30, 1), rate(30, 1), rate(30, 1)));
        // MJPG 1920x1080 nominal 30 fps with a 5..30 range
        assertEquals(Optional.of(new VideoMode(1920, 1080, NativeVideoFormat.MJPEG, 5, 30)),
                MediaTypes.mode(MfGuids.MJPG, size(1920, 1080), rate(30, 1), rate(5, 1), rate(30, 1)));
        // NTSC rate, no range attributes
        VideoMode ntsc = MediaTypes.mode(MfGuids.NV12, size(1280, 720), rate(30000, 1001), 0, 0).orElseThrow();
        assertEquals(29.97, ntsc.maxFrameRate(), 0.001);
        assertEquals(ntsc.minFrameRate(), ntsc.maxFrameRate());
        // corrupt: zero denominator, zero size, unknown subtype
        assertTrue(MediaTypes.mode(MfGuids.NV12, size(640, 480), rate(30, 0), 0, 0).isEmpty());
        assertTrue(MediaTypes.mode(MfGuids.NV12, size(0, 480), rate(30, 1), 0, 0).isEmpty());
        assertTrue(MediaTypes.mode(Guid.NULL, size(640, 480), rate(30, 1), 0, 0).isEmpty());
        // inverted range: the nominal rate alone
        assertEquals(Optional.of(VideoMode.of(320, 240, NativeVideoFormat.NV12, 15)),
                MediaTypes.mode(MfGuids.NV12, size(320, 240), rate(15, 1), rate(30, 1), rate(5, 1)));
    }

    @Test
    void packedValuesSplitAsMfDefinesThem() {
        long packed = 0x0000078000000438L; // 1920 << 32 | 1080
        assertEquals(1920, MediaTypes.high(packed));
        assertEquals(1080, MediaTypes.low(packed));
        assertEquals(packed, size(1920, 1080));
    }

    @Test
    void theRequestedRateKeepsTheDevicesExactRatio() {
        long ntsc = rate(30000, 1001);
        assertEquals(ntsc, MediaTypes.rateRatio(30000.0 / 1001, ntsc, rate(5, 1), ntsc));
        assertEquals(rate(15000, 1000), MediaTypes.rateRatio(15, ntsc, rate(5, 1), ntsc));
    }

    @Test
    void nativeTypesServeModesWithinTheirRange() {
        NativeType t = new NativeType(3, new VideoMode(1280, 720, NativeVideoFormat.MJPEG, 5, 30), new long[]{rate(30, 1), 0, 0});
        assertTrue(t.serves(VideoMode.of(1280, 720, NativeVideoFormat.MJPEG, 15), 15));
        assertTrue(!t.serves(VideoMode.of(1280, 720, NativeVideoFormat.NV12, 15), 15));
        assertTrue(!t.serves(VideoMode.of(1280, 720, NativeVideoFormat.MJPEG, 60), 60));
    }
}
