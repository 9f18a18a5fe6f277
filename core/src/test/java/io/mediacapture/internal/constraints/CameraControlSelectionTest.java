package io.mediacapture.internal.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.spi.DeviceDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SelectSettings over camera controls (MediaStream Image Capture): narrowing, fitness distance, requests. */
class CameraControlSelectionTest {
    /** The default camera, without any control. */
    static final DeviceDescriptor PLAIN = SettingsSelectorTest.FRONT;
    /** A second camera with brightness 0..255 by 5 and a focus mode switch. */
    static final DeviceDescriptor CONTROLLED = SettingsSelectorTest.BACK.withControls(List.of(
            new CameraControl.Modes(ConstrainableProperty.FOCUS_MODE, List.of("manual", "continuous")),
            CameraControl.Range.of(ConstrainableProperty.BRIGHTNESS, 0, 255, 5)));

    private static Selection select(Map<String, ?> c, DeviceDescriptor... devices) {
        return SettingsSelector.select(List.of(devices), MediaTrackConstraints.fromMap(c));
    }

    @Test
    void anIdealOnAControlADeviceLacksCostsOne() {
        Selection plainFirst = select(Map.of(), PLAIN, CONTROLLED);
        assertEquals("front", plainFirst.device().deviceId(), "no constraint: the default camera");
        Selection s = select(Map.of("brightness", 100), PLAIN, CONTROLLED);
        assertEquals("back", s.device().deviceId(), "brightness exists only on the second camera");
        assertEquals(0, s.fitnessDistance(), 1e-9);
        assertEquals(100.0, s.settings().brightness().getAsDouble());
        Selection onlyPlain = select(Map.of("brightness", 100), PLAIN);
        assertEquals(1, onlyPlain.fitnessDistance(), 1e-9, "spec: a setting that does not exist is distance 1");
        assertTrue(onlyPlain.controls().isEmpty());
    }

    @Test
    void idealsSnapToTheStepAndCostTheirNumericDistance() {
        Selection s = select(Map.of("brightness", 101), CONTROLLED);
        ControlRequest r = s.controls().get(ConstrainableProperty.BRIGHTNESS);
        assertEquals(100.0, r.value());
        assertEquals(1.0 / 101, s.fitnessDistance(), 1e-9, "|100 - 101| / max(100, 101)");
        Selection far = select(Map.of("brightness", 400), CONTROLLED);
        assertEquals(255.0, far.controls().get(ConstrainableProperty.BRIGHTNESS).value());
    }

    @Test
    void requiredRangesBecomeRequestsThatKeepAFittingValue() {
        Selection s = select(Map.of("brightness", Map.of("min", 50, "max", 80)), CONTROLLED);
        ControlRequest r = s.controls().get(ConstrainableProperty.BRIGHTNESS);
        assertNull(r.value(), "no ideal: no value of its own");
        assertNull(r.resolve(60.0), "60 fits: left alone");
        assertEquals(50.0, r.resolve(10.0), "10 moves to the nearest allowed");
        assertEquals(80.0, r.resolve(200.0));
    }

    @Test
    void anUnsatisfiableRequiredControlNamesIt() {
        OverconstrainedError e = assertThrows(OverconstrainedError.class,
                () -> select(Map.of("brightness", Map.of("exact", 3)), CONTROLLED));
        assertEquals("brightness", e.constraint(), "3 is not on the 0..255 by 5 grid");
        e = assertThrows(OverconstrainedError.class, () -> select(Map.of("zoom", Map.of("min", 1)), CONTROLLED, PLAIN));
        assertEquals("zoom", e.constraint(), "no camera has zoom");
        e = assertThrows(OverconstrainedError.class,
                () -> select(Map.of("focusMode", Map.of("exact", "single-shot")), CONTROLLED));
        assertEquals("focusMode", e.constraint());
    }

    @Test
    void advancedSetsChooseAmongDevicesAndModesComeFirstInTheRequests() {
        Selection s = select(Map.of("advanced", List.of(Map.of("focusMode", "manual")), "brightness", 20), PLAIN, CONTROLLED);
        assertEquals("back", s.device().deviceId());
        assertEquals(List.of(ConstrainableProperty.FOCUS_MODE, ConstrainableProperty.BRIGHTNESS),
                List.copyOf(s.controls().keySet()), "modes are set before values");
        assertEquals("manual", s.controls().get(ConstrainableProperty.FOCUS_MODE).resolve("continuous"));
    }

    @Test
    void capabilitiesListOnlyTheDevicesControls() {
        var caps = SettingsSelector.capabilitiesOf(CONTROLLED);
        assertEquals(MediaSettingsRange.of(0, 255, 5), caps.brightness().orElseThrow());
        assertEquals(List.of("manual", "continuous"), caps.focusMode());
        assertTrue(caps.zoom().isEmpty());
        assertTrue(SettingsSelector.capabilitiesOf(PLAIN).brightness().isEmpty());
    }
}
