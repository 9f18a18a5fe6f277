package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.media.FourCc;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class VideoModesTest {
    private static DeviceFormat.RateRange range(double min, double max, CMTime d) {
        return new DeviceFormat.RateRange(min, max, d);
    }

    /** Roughly what a FaceTime HD camera and a UVC MJPEG webcam report. */
    private static final List<DeviceFormat> FORMATS = List.of(
            new DeviceFormat(0, FourCc.of("420v"), 1280, 720, List.of(range(1, 30, CMTime.of(1, 30)))),
            new DeviceFormat(1, FourCc.of("420f"), 1280, 720, List.of(range(1, 30, CMTime.of(1, 30)))),
            new DeviceFormat(2, FourCc.of("yuvs"), 640, 480, List.of(range(15, 15, CMTime.of(1, 15)),
                    range(29.97, 29.97, CMTime.of(1001, 30000)))),
            new DeviceFormat(3, FourCc.of("dmb1"), 1920, 1080, List.of(range(5, 60, CMTime.of(1, 60)))),
            new DeviceFormat(4, FourCc.of("avc1"), 1920, 1080, List.of(range(30, 30, CMTime.of(1, 30)))),
            new DeviceFormat(5, FourCc.of("2vuy"), 320, 240, List.of(range(0, 0, null))));

    @Test
    void mapsFormatsToModes() {
        assertEquals(List.of(
                new VideoMode(1280, 720, NativeVideoFormat.NV12, 1, 30),
                VideoMode.of(640, 480, NativeVideoFormat.YUY2, 15),
                VideoMode.of(640, 480, NativeVideoFormat.YUY2, 29.97),
                new VideoMode(1920, 1080, NativeVideoFormat.MJPEG, 5, 60)), VideoModes.modes(FORMATS),
                "420v/420f merge into one NV12 mode; avc1 and empty ranges are skipped");
    }

    @Test
    void choosesTheDevicesExactDurationAtARangesMaximum() throws BackendException {
        VideoModes.Choice c = VideoModes.choose(FORMATS, VideoMode.of(640, 480, NativeVideoFormat.YUY2, 29.97), 29.97);
        assertEquals(2, c.format().index());
        assertEquals(CMTime.of(1001, 30000), c.frameDuration());
    }

    @Test
    void computesADurationInsideARange() throws BackendException {
        VideoModes.Choice c = VideoModes.choose(FORMATS, new VideoMode(1920, 1080, NativeVideoFormat.MJPEG, 5, 60), 24);
        assertEquals(3, c.format().index());
        assertEquals(CMTime.of(1000, 24000), c.frameDuration());
        VideoModes.Choice nv12 = VideoModes.choose(FORMATS, new VideoMode(1280, 720, NativeVideoFormat.NV12, 1, 30), 30);
        assertEquals(0, nv12.format().index(), "the first matching format wins");
        assertEquals(CMTime.of(1, 30), nv12.frameDuration());
    }

    @Test
    void refusesWhatTheDeviceCannotDo() {
        BackendException size = assertThrows(BackendException.class,
                () -> VideoModes.choose(FORMATS, VideoMode.of(800, 600, NativeVideoFormat.NV12, 30), 30));
        assertEquals("width", size.constraint());
        BackendException rate = assertThrows(BackendException.class,
                () -> VideoModes.choose(FORMATS, VideoMode.of(640, 480, NativeVideoFormat.YUY2, 15), 20));
        assertEquals("frameRate", rate.constraint());
        assertEquals(BackendException.Kind.UNSUPPORTED_CONFIGURATION, rate.kind());
    }
}
