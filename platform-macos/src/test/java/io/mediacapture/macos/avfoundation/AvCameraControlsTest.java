package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.macos.objc.GnuObjcRuntime;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.macos.testing.NativeFixture;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AvCameraControls against a stand-in AVCaptureDevice in GCC's runtime (compiled sends, AVFoundation's selectors
 * and mode numbers): the controls it lists, the values it reads, and that every change is made inside
 * lockForConfiguration: with a supported mode only (the stand-in counts violations where AVFoundation would raise).
 */
class AvCameraControlsTest {
    private static Objc objc;

    @BeforeAll
    static void load() {
        NativeFixture.standins();
        objc = new Objc(GnuObjcRuntime.load());
    }

    private static ObjcRef device() {
        return objc.adopt(objc.sendId(objc.sendId(objc.cls("MCFakeControlDevice"), "alloc"), "init"), "fake device");
    }

    @Test
    void listsTheModesZoomAndTorchTheDeviceSupports() {
        try (ObjcRef dev = device()) {
            AvCameraControls c = new AvCameraControls(objc, dev.get());
            assertEquals(List.of(
                    new CameraControl.Modes(ConstrainableProperty.WHITE_BALANCE_MODE, List.of("manual", "single-shot", "continuous")),
                    new CameraControl.Modes(ConstrainableProperty.EXPOSURE_MODE, List.of("manual", "continuous")),
                    new CameraControl.Modes(ConstrainableProperty.FOCUS_MODE, List.of("manual", "continuous")),
                    new CameraControl.Range(ConstrainableProperty.ZOOM, MediaSettingsRange.of(1, 4, 0.1)),
                    new CameraControl.Switch(ConstrainableProperty.TORCH)), c.controls());
            assertEquals(Map.of(ConstrainableProperty.WHITE_BALANCE_MODE, "continuous",
                    ConstrainableProperty.EXPOSURE_MODE, "continuous", ConstrainableProperty.FOCUS_MODE, "continuous",
                    ConstrainableProperty.ZOOM, 1.0, ConstrainableProperty.TORCH, false), c.values());
        }
    }

    @Test
    void setsInsideTheConfigurationLockAndReadsOutsideChanges() throws Exception {
        try (ObjcRef dev = device()) {
            AvCameraControls c = new AvCameraControls(objc, dev.get());
            Map<ConstrainableProperty, Object> v = new LinkedHashMap<>();
            v.put(ConstrainableProperty.FOCUS_MODE, "manual");
            v.put(ConstrainableProperty.ZOOM, 2.5);
            v.put(ConstrainableProperty.TORCH, true);
            c.set(v);
            assertEquals(0, objc.sendLong(dev.get(), "violations"), "no unsupported mode, nothing outside the lock");
            assertEquals(1, objc.sendLong(dev.get(), "locks"));
            assertEquals(1, objc.sendLong(dev.get(), "unlocks"));
            Map<ConstrainableProperty, Object> now = c.values();
            assertEquals("manual", now.get(ConstrainableProperty.FOCUS_MODE));
            assertEquals(2.5, now.get(ConstrainableProperty.ZOOM));
            assertEquals(true, now.get(ConstrainableProperty.TORCH));

            objc.sendVoid(dev.get(), "setFocusModeFromOutside:", 2L);
            assertEquals("continuous", c.values().get(ConstrainableProperty.FOCUS_MODE));
        }
    }

    @Test
    void anUnsupportedModeIsRefusedBeforeAVFoundationSeesIt() {
        try (ObjcRef dev = device()) {
            AvCameraControls c = new AvCameraControls(objc, dev.get());
            BackendException e = assertThrows(BackendException.class,
                    () -> c.set(Map.of(ConstrainableProperty.FOCUS_MODE, "single-shot")));
            assertEquals("focusMode", e.constraint());
            e = assertThrows(BackendException.class, () -> c.set(Map.of(ConstrainableProperty.BRIGHTNESS, 3.0)));
            assertEquals("brightness", e.constraint());
            assertEquals(0, objc.sendLong(dev.get(), "locks"), "nothing was locked");
            assertEquals(0, objc.sendLong(dev.get(), "violations"));
        }
    }
}
