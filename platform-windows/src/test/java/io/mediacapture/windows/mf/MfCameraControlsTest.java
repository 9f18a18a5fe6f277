package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.windows.com.Apartment;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.JavaComClass;
import io.mediacapture.windows.com.WinTypes;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * MfCameraControls over fake IAMVideoProcAmp / IAMCameraControl objects (Java COM objects reached through their
 * vtables, as Media Foundation's device source would answer): the ranges become Image Capture controls, Get and
 * Set carry the converted values and the Auto/Manual flags, in the order core asks.
 */
class MfCameraControlsTest {
    private static final int E_PROP_ID_UNSUPPORTED = 0x80070490;

    /** The fake's state: GetRange answers, current values and flags, and the Set calls it received. */
    static final class Am {
        final Map<Integer, int[]> ranges = new HashMap<>();   // property -> min, max, step, default, caps
        final Map<Integer, int[]> current = new HashMap<>();  // property -> value, flags
        final List<String> sets = new CopyOnWriteArrayList<>();
        int setResult = HResult.S_OK;

        Am range(int property, int min, int max, int step, int def, int caps, int value, int flags) {
            ranges.put(property, new int[] {min, max, step, def, caps});
            current.put(property, new int[] {value, flags});
            return this;
        }
    }

    private static JavaComClass<Am> fakeClass(String iface, io.mediacapture.windows.com.Guid iid) {
        ComMethod getRange = ComMethod.hr(iface, "GetRange", 3, WinTypes.LONG, WinTypes.POINTER, WinTypes.POINTER,
                WinTypes.POINTER, WinTypes.POINTER, WinTypes.POINTER);
        ComMethod set = ComMethod.hr(iface, "Set", 4, WinTypes.LONG, WinTypes.LONG, WinTypes.LONG);
        ComMethod get = ComMethod.hr(iface, "Get", 5, WinTypes.LONG, WinTypes.POINTER, WinTypes.POINTER);
        return new JavaComClass<>(iface, Set.of(iid), List.of(
                new JavaComClass.Method<>(getRange, (am, a) -> {
                    int[] r = am.ranges.get((Integer) a[0]);
                    if (r == null) {
                        return E_PROP_ID_UNSUPPORTED;
                    }
                    for (int i = 0; i < 5; i++) {
                        ((MemorySegment) a[1 + i]).reinterpret(4).set(WinTypes.LONG, 0, r[i]);
                    }
                    return HResult.S_OK;
                }),
                new JavaComClass.Method<>(set, (am, a) -> {
                    am.sets.add(a[0] + "=" + a[1] + "/" + a[2]);
                    if (am.setResult == HResult.S_OK) {
                        am.current.put((Integer) a[0], new int[] {(Integer) a[1], (Integer) a[2]});
                    }
                    return am.setResult;
                }),
                new JavaComClass.Method<>(get, (am, a) -> {
                    int[] v = am.current.get((Integer) a[0]);
                    if (v == null) {
                        return E_PROP_ID_UNSUPPORTED;
                    }
                    ((MemorySegment) a[1]).reinterpret(4).set(WinTypes.LONG, 0, v[0]);
                    ((MemorySegment) a[2]).reinterpret(4).set(WinTypes.LONG, 0, v[1]);
                    return HResult.S_OK;
                })));
    }

    private static final JavaComClass<Am> PROC_AMP = fakeClass("IAMVideoProcAmp", AmInterfaces.IAMVideoProcAmp.IID);
    private static final JavaComClass<Am> CAMERA = fakeClass("IAMCameraControl", AmInterfaces.IAMCameraControl.IID);
    private static final int AUTO = AmInterfaces.CAMERA_CONTROL_FLAGS_AUTO;
    private static final int MANUAL = AmInterfaces.CAMERA_CONTROL_FLAGS_MANUAL;

    private final ComThread com = ComThread.start("test-mf-controls", Apartment.NONE);

    @AfterEach
    void stop() {
        com.close();
    }

    private static Map<ConstrainableProperty, Object> ordered(Object... kv) {
        Map<ConstrainableProperty, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((ConstrainableProperty) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void videoProcAmpBecomesPictureControlsAndWhiteBalance() throws Exception {
        Am am = new Am()
                .range(AmInterfaces.VIDEO_PROC_AMP_BRIGHTNESS, -64, 64, 1, 0, MANUAL, 10, MANUAL)
                .range(AmInterfaces.VIDEO_PROC_AMP_CONTRAST, 0, 100, 1, 50, MANUAL, 50, MANUAL)
                .range(2 /* hue: no spec property */, -180, 180, 1, 0, MANUAL, 0, MANUAL)
                .range(AmInterfaces.VIDEO_PROC_AMP_WHITE_BALANCE, 2800, 6500, 10, 4600, AUTO | MANUAL, 4600, AUTO);
        try (ComRef source = PROC_AMP.create(am)) {
            // The fake answers QueryInterface only for IAMVideoProcAmp: no IAMCameraControl, as on many webcams.
            MfCameraControls c = com.call(() -> MfCameraControls.open(com, "cam", source));
            assertNotNull(c);
            try (c) {
                assertEquals(List.of(ConstrainableProperty.WHITE_BALANCE_MODE, ConstrainableProperty.COLOR_TEMPERATURE,
                        ConstrainableProperty.BRIGHTNESS, ConstrainableProperty.CONTRAST),
                        c.map().controls().stream().map(CameraControl::property).toList());
                assertEquals(MediaSettingsRange.of(2800, 6500, 10), ((CameraControl.Range) c.map()
                        .binding(ConstrainableProperty.COLOR_TEMPERATURE).orElseThrow().control()).range());
                assertEquals(List.of("manual", "continuous"), ((CameraControl.Modes) c.map()
                        .binding(ConstrainableProperty.WHITE_BALANCE_MODE).orElseThrow().control()).modes());
                Map<ConstrainableProperty, Object> v = c.values();
                assertEquals(10.0, v.get(ConstrainableProperty.BRIGHTNESS));
                assertEquals("continuous", v.get(ConstrainableProperty.WHITE_BALANCE_MODE));
                assertEquals(4600.0, v.get(ConstrainableProperty.COLOR_TEMPERATURE));

                c.set(ordered(ConstrainableProperty.WHITE_BALANCE_MODE, "manual",
                        ConstrainableProperty.COLOR_TEMPERATURE, 4000.0, ConstrainableProperty.BRIGHTNESS, -12.0));
                assertEquals(List.of("7=4600/" + MANUAL, "7=4000/" + MANUAL, "0=-12/" + MANUAL), am.sets,
                        "the mode first (keeping the value), then the values, each with the Manual flag");
                assertEquals("manual", c.values().get(ConstrainableProperty.WHITE_BALANCE_MODE));

                am.setResult = 0x80070057; // E_INVALIDARG
                BackendException e = assertThrows(BackendException.class,
                        () -> c.set(ordered(ConstrainableProperty.BRIGHTNESS, 60.0)));
                assertEquals("brightness", e.constraint());
            }
        }
    }

    @Test
    void cameraControlConvertsExposureAndPanTiltUnits() throws Exception {
        Am am = new Am()
                .range(AmInterfaces.CAMERA_CONTROL_EXPOSURE, -11, -3, 1, -6, AUTO | MANUAL, -6, AUTO)
                .range(AmInterfaces.CAMERA_CONTROL_PAN, -180, 180, 1, 0, MANUAL, 0, MANUAL)
                .range(AmInterfaces.CAMERA_CONTROL_ZOOM, 100, 400, 1, 100, MANUAL, 100, MANUAL)
                .range(AmInterfaces.CAMERA_CONTROL_FOCUS, 0, 250, 5, 0, AUTO /* auto only */, 0, AUTO);
        try (ComRef source = CAMERA.create(am)) {
            MfCameraControls c = com.call(() -> MfCameraControls.open(com, "cam", source));
            assertNotNull(c);
            try (c) {
                assertEquals(List.of(ConstrainableProperty.EXPOSURE_MODE, ConstrainableProperty.FOCUS_MODE,
                        ConstrainableProperty.EXPOSURE_TIME, ConstrainableProperty.PAN, ConstrainableProperty.ZOOM),
                        c.map().controls().stream().map(CameraControl::property).toList(),
                        "an auto-only focus gives focusMode [continuous] and no focusDistance");
                assertEquals(MediaSettingsRange.of(Math.scalb(1.0, -11) * 1e4, Math.scalb(1.0, -3) * 1e4, 0),
                        ((CameraControl.Range) c.map().binding(ConstrainableProperty.EXPOSURE_TIME).orElseThrow().control()).range(),
                        "2^v seconds in 100 µs units");
                assertEquals(MediaSettingsRange.of(-648000, 648000, 3600),
                        ((CameraControl.Range) c.map().binding(ConstrainableProperty.PAN).orElseThrow().control()).range(),
                        "degrees as arc seconds");
                assertEquals(List.of("continuous"), ((CameraControl.Modes) c.map()
                        .binding(ConstrainableProperty.FOCUS_MODE).orElseThrow().control()).modes());
                assertEquals(Math.scalb(1.0, -6) * 1e4, c.values().get(ConstrainableProperty.EXPOSURE_TIME));

                c.set(ordered(ConstrainableProperty.EXPOSURE_TIME, Math.scalb(1.0, -8) * 1e4, ConstrainableProperty.PAN, 7200.0));
                assertEquals(List.of("4=-8/" + MANUAL, "0=2/" + MANUAL), am.sets);
                assertEquals("manual", c.values().get(ConstrainableProperty.EXPOSURE_MODE), "a set exposure time is manual");
            }
        }
    }

    @Test
    void aSourceWithoutEitherInterfaceHasNoControls() throws Exception {
        JavaComClass<Am> plain = new JavaComClass<>("IMFMediaSource", Set.of(), List.of());
        try (ComRef source = plain.create(new Am())) {
            assertNull(com.call(() -> MfCameraControls.open(com, "cam", source)));
            assertEquals(List.of(), com.call(() -> MfCameraControls.describe(source)));
        }
    }
}
