package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.windows.com.Guid;
import java.util.List;
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
    void recordedWebcamTypesBecomeModesAtTheirOwnRate() {
        assertEquals(Optional.of(VideoMode.of(640, 480, NativeVideoFormat.YUY2, 30)),
                MediaTypes.mode(MfGuids.YUY2, size(640, 480), rate(30, 1)));
        // NTSC rate stays exact
        VideoMode ntsc = MediaTypes.mode(MfGuids.NV12, size(1280, 720), rate(30000, 1001)).orElseThrow();
        assertEquals(30000.0 / 1001, ntsc.maxFrameRate(), 1e-12);
        assertEquals(ntsc.minFrameRate(), ntsc.maxFrameRate(), "no range: only the rate the camera lists");
        // corrupt: zero denominator, zero size, unknown subtype
        assertTrue(MediaTypes.mode(MfGuids.NV12, size(640, 480), rate(30, 0)).isEmpty());
        assertTrue(MediaTypes.mode(MfGuids.NV12, size(0, 480), rate(30, 1)).isEmpty());
        assertTrue(MediaTypes.mode(Guid.NULL, size(640, 480), rate(30, 1)).isEmpty());
    }

    @Test
    void perRateNativeTypesStaySeparateModesAndEachIsSelectedUnmodified() {
        // A webcam listing MJPG 1920x1080 once per rate (30, 15, 5): three modes, three native types.
        List<NativeType> types = List.of(
                new NativeType(4, MediaTypes.mode(MfGuids.MJPG, size(1920, 1080), rate(30, 1)).orElseThrow(), rate(30, 1)),
                new NativeType(5, MediaTypes.mode(MfGuids.MJPG, size(1920, 1080), rate(15, 1)).orElseThrow(), rate(15, 1)),
                new NativeType(6, MediaTypes.mode(MfGuids.MJPG, size(1920, 1080), rate(5, 1)).orElseThrow(), rate(5, 1)));
        assertEquals(3, types.stream().map(NativeType::mode).distinct().count());
        VideoMode fifteen = VideoMode.of(1920, 1080, NativeVideoFormat.MJPEG, 15);
        assertEquals(List.of(5), types.stream().filter(t -> t.serves(fifteen, 15)).map(NativeType::index).toList());
        VideoMode between = new VideoMode(1920, 1080, NativeVideoFormat.MJPEG, 5, 30);
        assertEquals(List.of(), types.stream().filter(t -> t.serves(between, 20)).toList(),
                "20 fps lies between two native rates: no native type is forced to it");
    }

    @Test
    void packedValuesSplitAsMfDefinesThem() {
        long packed = 0x0000078000000438L; // 1920 << 32 | 1080
        assertEquals(1920, MediaTypes.high(packed));
        assertEquals(1080, MediaTypes.low(packed));
        assertEquals(packed, size(1920, 1080));
    }

    @Test
    void nativeTypesServeOnlyTheirOwnMode() {
        NativeType t = new NativeType(3, VideoMode.of(1280, 720, NativeVideoFormat.MJPEG, 30), rate(30, 1));
        assertTrue(t.serves(VideoMode.of(1280, 720, NativeVideoFormat.MJPEG, 30), 30));
        assertTrue(!t.serves(VideoMode.of(1280, 720, NativeVideoFormat.NV12, 30), 30));
        assertTrue(!t.serves(VideoMode.of(1280, 720, NativeVideoFormat.MJPEG, 60), 60));
    }
}
