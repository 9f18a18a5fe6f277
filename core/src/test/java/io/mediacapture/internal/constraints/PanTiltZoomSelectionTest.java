package io.mediacapture.internal.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.spi.DeviceDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SelectSettings with {@code pan}/{@code tilt}/{@code zoom} given as booleans (MediaStream Image Capture: "constraints
 * on zoom influence camera selection through fitness distance toward cameras with the ability to zoom ... zoom may be
 * constrained to true. Conversely, constraining it to false disfavors cameras with the ability to zoom"; Media
 * Capture and Streams' fitness distance: a boolean on a non-boolean property is {@code (value == exists) ? 0 : 1}).
 */
class PanTiltZoomSelectionTest {
    /** The default camera, without any control. */
    static final DeviceDescriptor PLAIN = SettingsSelectorTest.FRONT;
    /** A second camera that zooms 1..4 by 0.1 and pans. */
    static final DeviceDescriptor ZOOMING = SettingsSelectorTest.BACK.withControls(List.of(
            CameraControl.Range.of(ConstrainableProperty.PAN, -36000, 36000, 3600),
            CameraControl.Range.of(ConstrainableProperty.ZOOM, 1, 4, 0.1)));

    private static Selection select(Map<String, ?> c, DeviceDescriptor... devices) {
        return SettingsSelector.select(List.of(devices), MediaTrackConstraints.fromMap(c));
    }

    @Test
    void trueInTheBasicSetPrefersACameraWithTheControl() {
        Selection s = select(Map.of("zoom", true), PLAIN, ZOOMING);
        assertEquals("back", s.device().deviceId(), "only the second camera zooms");
        assertEquals(0, s.fitnessDistance(), 1e-9, "(true == exists) ? 0 : 1");
        assertTrue(s.controls().isEmpty(), "true asks for no value: the current zoom is left as it is");
        assertFalse(s.settings().has(ConstrainableProperty.ZOOM), "no value chosen for the settings either");

        Selection none = select(Map.of("zoom", true), PLAIN);
        assertEquals("front", none.device().deviceId(), "an ideal: a camera without zoom is still taken");
        assertEquals(1, none.fitnessDistance(), 1e-9);
    }

    @Test
    void falseInTheBasicSetPrefersACameraWithoutTheControl() {
        Selection s = select(Map.of("pan", false), ZOOMING, PLAIN);
        assertEquals("front", s.device().deviceId(), "the first camera pans: false disfavours it");
        assertEquals(0, s.fitnessDistance(), 1e-9);
        Selection only = select(Map.of("pan", false), ZOOMING);
        assertEquals(1, only.fitnessDistance(), 1e-9);
        assertTrue(only.controls().isEmpty(), "false does not touch the pan either");
        assertEquals(0, select(Map.of("tilt", false), PLAIN).fitnessDistance(), 1e-9,
                "a camera without tilt meets tilt: false exactly (unlike an ideal value, which costs 1)");
    }

    @Test
    void eachBooleanCountsOnItsOwn() {
        assertEquals(1, select(Map.of("pan", true, "tilt", true, "zoom", true), ZOOMING).fitnessDistance(), 1e-9,
                "pans and zooms, but no tilt");
        assertEquals(3, select(Map.of("pan", true, "tilt", true, "zoom", true), PLAIN).fitnessDistance(), 1e-9);
        assertEquals("back", select(Map.of("pan", true, "tilt", true, "zoom", true), PLAIN, ZOOMING).device()
                .deviceId());
    }

    @Test
    void inAnAdvancedSetABooleanIsRequiredAndSkippedWholeWhenNoCameraMeetsIt() {
        Selection s = select(Map.of("advanced", List.of(Map.of("zoom", true))), PLAIN, ZOOMING);
        assertEquals("back", s.device().deviceId());
        assertTrue(s.controls().isEmpty(), "an exact true still sets no value");
        s = select(Map.of("advanced", List.of(Map.of("zoom", false))), ZOOMING, PLAIN);
        assertEquals("front", s.device().deviceId(), "exact false: a camera without zoom");
        s = select(Map.of("advanced", List.of(Map.of("zoom", false))), ZOOMING);
        assertEquals("back", s.device().deviceId(), "no camera meets it: the advanced set is skipped");
        s = select(Map.of("advanced", List.of(Map.of("tilt", true), Map.of("pan", true))), PLAIN, ZOOMING);
        assertEquals("back", s.device().deviceId(), "the first set fails everywhere and is skipped, the second holds");
    }

    @Test
    void numericValuesStillConstrainTheValue() {
        Selection s = select(Map.of("zoom", 2), PLAIN, ZOOMING);
        assertEquals("back", s.device().deviceId());
        assertEquals(2.0, s.controls().get(ConstrainableProperty.ZOOM).value());
        OverconstrainedError e = assertThrows(OverconstrainedError.class,
                () -> select(Map.of("zoom", Map.of("min", 5)), PLAIN, ZOOMING));
        assertEquals("zoom", e.constraint());
        assertEquals(0, select(Map.of("zoom", Map.of()), PLAIN).fitnessDistance(), 1e-9,
                "an empty dictionary is no constraint for selection (it still asks for the permission)");
    }

    @Test
    void getUserMediaAllowsBareBooleansButNotRequiredValues() {
        SettingsSelector.validateForGetUserMedia(MediaTrackConstraints.fromMap(Map.of("pan", true, "tilt", false,
                "zoom", 3)), MediaDeviceKind.VIDEOINPUT);
        SettingsSelector.validateForGetUserMedia(MediaTrackConstraints.fromMap(Map.of("advanced",
                List.of(Map.of("zoom", true)))), MediaDeviceKind.VIDEOINPUT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SettingsSelector.validateForGetUserMedia(MediaTrackConstraints.fromMap(Map.of("zoom",
                        Map.of("exact", 2))), MediaDeviceKind.VIDEOINPUT));
        assertTrue(e.getMessage().startsWith("zoom"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SettingsSelector.validateForGetUserMedia(
                MediaTrackConstraints.fromMap(Map.of("pan", Map.of("min", 0))), MediaDeviceKind.VIDEOINPUT));
    }

    @Test
    void everyValueButFalseRequestsThePanTiltZoomPermission() {
        assertFalse(requests(Map.of()));
        assertFalse(requests(Map.of("width", 640, "brightness", 3)));
        assertFalse(requests(Map.of("pan", false, "tilt", false, "zoom", false)));
        assertFalse(requests(Map.of("advanced", List.of(Map.of("zoom", false)))));
        assertTrue(requests(Map.of("zoom", true)));
        assertTrue(requests(Map.of("pan", false, "tilt", true)));
        assertTrue(requests(Map.of("zoom", 2)));
        assertTrue(requests(Map.of("zoom", Map.of())), "an empty dictionary exists with a value other than false");
        assertTrue(requests(Map.of("advanced", List.of(Map.of("width", 640), Map.of("pan", Map.of("ideal", 0))))));
    }

    private static boolean requests(Map<String, ?> c) {
        return SettingsSelector.requestsPanTiltZoom(MediaTrackConstraints.fromMap(c));
    }
}
