package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.spi.CameraControl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The V4L2 -> Image Capture mapping, from QUERYCTRL answers as a UVC webcam gives them. */
class V4l2ControlMapTest {
    private static V4l2ControlInfo integer(int id, int min, int max, int step) {
        return new V4l2ControlInfo(id, videodev2_h.V4L2_CTRL_TYPE_INTEGER(), "c", min, max, step, min, 0, List.of());
    }

    private static V4l2ControlInfo bool(int id) {
        return new V4l2ControlInfo(id, videodev2_h.V4L2_CTRL_TYPE_BOOLEAN(), "b", 0, 1, 1, 1, 0, List.of());
    }

    @Test
    void uvcWebcamControlsMapToSpecProperties() {
        V4l2ControlMap m = V4l2ControlMap.of(List.of(
                integer(videodev2_h.V4L2_CID_BRIGHTNESS(), -64, 64, 1),
                integer(videodev2_h.V4L2_CID_HUE(), -40, 40, 1), // no spec property: left out
                bool(videodev2_h.V4L2_CID_AUTO_WHITE_BALANCE()),
                integer(videodev2_h.V4L2_CID_WHITE_BALANCE_TEMPERATURE(), 2800, 6500, 10),
                new V4l2ControlInfo(videodev2_h.V4L2_CID_EXPOSURE_AUTO(), videodev2_h.V4L2_CTRL_TYPE_MENU(), "Auto Exposure",
                        0, 3, 1, 3, 0, List.of(1, 3)),
                integer(videodev2_h.V4L2_CID_EXPOSURE_ABSOLUTE(), 3, 2047, 1),
                integer(videodev2_h.V4L2_CID_ZOOM_ABSOLUTE(), 100, 500, 1),
                new V4l2ControlInfo(videodev2_h.V4L2_CID_SATURATION(), videodev2_h.V4L2_CTRL_TYPE_INTEGER(), "s", 0, 100,
                        1, 50, videodev2_h.V4L2_CTRL_FLAG_DISABLED(), List.of())));
        assertEquals(List.of(ConstrainableProperty.WHITE_BALANCE_MODE, ConstrainableProperty.EXPOSURE_MODE,
                ConstrainableProperty.EXPOSURE_TIME, ConstrainableProperty.COLOR_TEMPERATURE,
                ConstrainableProperty.BRIGHTNESS, ConstrainableProperty.ZOOM),
                m.controls().stream().map(CameraControl::property).toList(), "spec order; hue and disabled left out");
        var brightness = (CameraControl.Range) m.binding(ConstrainableProperty.BRIGHTNESS).orElseThrow().control();
        assertEquals(MediaSettingsRange.of(-64, 64, 1), brightness.range());
        var exposure = m.binding(ConstrainableProperty.EXPOSURE_MODE).orElseThrow();
        assertEquals(List.of("manual", "continuous"), ((CameraControl.Modes) exposure.control()).modes());
        assertEquals(videodev2_h.V4L2_EXPOSURE_APERTURE_PRIORITY(), exposure.toRaw("continuous"));
        assertEquals(videodev2_h.V4L2_EXPOSURE_MANUAL(), exposure.toRaw("manual"));
        assertEquals("continuous", exposure.toSpec(videodev2_h.V4L2_EXPOSURE_APERTURE_PRIORITY()));
        assertThrows(IllegalArgumentException.class, () -> exposure.toRaw("single-shot"));
        var wb = m.binding(ConstrainableProperty.WHITE_BALANCE_MODE).orElseThrow();
        assertEquals(1, wb.toRaw("continuous"));
        assertEquals("manual", wb.toSpec(0));
        assertEquals(-12, m.binding(ConstrainableProperty.BRIGHTNESS).orElseThrow().toRaw(-12.0));
    }

    @Test
    void anExposureMenuWithOnlyAutoMapsContinuousToAuto() {
        V4l2ControlMap m = V4l2ControlMap.of(List.of(new V4l2ControlInfo(videodev2_h.V4L2_CID_EXPOSURE_AUTO(),
                videodev2_h.V4L2_CTRL_TYPE_MENU(), "Auto Exposure", 0, 1, 1, 0, 0, List.of(0, 1))));
        assertEquals(videodev2_h.V4L2_EXPOSURE_AUTO(), m.binding(ConstrainableProperty.EXPOSURE_MODE).orElseThrow()
                .toRaw("continuous"));
    }

    @Test
    void valueControlsImplyTheirManualMode() {
        assertEquals(ConstrainableProperty.EXPOSURE_MODE, V4l2ControlMap.modeFor(ConstrainableProperty.EXPOSURE_TIME).orElseThrow());
        assertEquals(ConstrainableProperty.FOCUS_MODE, V4l2ControlMap.modeFor(ConstrainableProperty.FOCUS_DISTANCE).orElseThrow());
        assertTrue(V4l2ControlMap.modeFor(ConstrainableProperty.BRIGHTNESS).isEmpty());
    }
}
