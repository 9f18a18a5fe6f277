package io.mediacapture.macos.avfoundation;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.spi.CameraControls;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The camera controls of an {@code AVCaptureDevice} as MediaStream Image Capture properties:
 * <ul>
 * <li>focusMode, exposureMode, whiteBalanceMode: {@code AVCaptureFocusMode} / {@code AVCaptureExposureMode} /
 *     {@code AVCaptureWhiteBalanceMode}, Locked (0) = "manual", Auto (1) = "single-shot", ContinuousAuto (2) =
 *     "continuous" (exposure's Custom, 3, reads as "manual"), offered where {@code is...ModeSupported:} says so;</li>
 * <li>zoom: {@code videoZoomFactor}, 1 to {@code activeFormat.videoMaxZoomFactor} (step 0.1), where the device
 *     answers that selector;</li>
 * <li>torch: {@code torchMode} On (1) / Off (0) where {@code hasTorch} and {@code isTorchModeSupported:}.</li>
 * </ul>
 * Every change happens inside {@code lockForConfiguration:} / {@code unlockForConfiguration}, and only with a mode
 * the device supports (an unsupported one raises an Objective-C exception, which must never happen). macOS
 * cameras have no brightness, exposure time, focus distance or pan/tilt in AVFoundation. No change notification:
 * core re-reads on every getSettings().
 */
final class AvCameraControls implements CameraControls {
    private static final long LOCKED = 0;
    private static final long AUTO = 1;
    private static final long CONTINUOUS = 2;
    private static final long CUSTOM = 3;

    private final Objc objc;
    private final MemorySegment device;
    private final List<CameraControl> controls;

    /** @param device a borrowed AVCaptureDevice that outlives this object (the capture session retains it) */
    AvCameraControls(Objc objc, MemorySegment device) {
        this.objc = objc;
        this.device = device;
        this.controls = describe(objc, device);
    }

    /** The controls the device offers, in spec order (for its DeviceDescriptor too). */
    static List<CameraControl> describe(Objc objc, MemorySegment device) {
        List<CameraControl> out = new ArrayList<>();
        modes(objc, device, ConstrainableProperty.WHITE_BALANCE_MODE, "isWhiteBalanceModeSupported:", out);
        modes(objc, device, ConstrainableProperty.EXPOSURE_MODE, "isExposureModeSupported:", out);
        modes(objc, device, ConstrainableProperty.FOCUS_MODE, "isFocusModeSupported:", out);
        if (responds(objc, device, "videoZoomFactor") && responds(objc, device, "activeFormat")) {
            MemorySegment format = objc.sendId(device, "activeFormat");
            double max = format.equals(MemorySegment.NULL) ? 1 : objc.sendDouble(format, "videoMaxZoomFactor");
            if (max > 1) {
                out.add(CameraControl.Range.of(ConstrainableProperty.ZOOM, 1, max, 0.1));
            }
        }
        if (responds(objc, device, "hasTorch") && objc.sendBool(device, "hasTorch")
                && objc.sendBool(device, "isTorchModeSupported:", 1L)) {
            out.add(new CameraControl.Switch(ConstrainableProperty.TORCH));
        }
        return out;
    }

    private static boolean responds(Objc objc, MemorySegment device, String selector) {
        return objc.sendBool(device, "respondsToSelector:", objc.sel(selector));
    }

    private static void modes(Objc objc, MemorySegment device, ConstrainableProperty p, String supported,
                              List<CameraControl> out) {
        if (!responds(objc, device, supported)) {
            return;
        }
        List<String> modes = new ArrayList<>();
        if (objc.sendBool(device, supported, LOCKED)) {
            modes.add(CameraControl.Modes.MANUAL);
        }
        if (objc.sendBool(device, supported, AUTO)) {
            modes.add(CameraControl.Modes.SINGLE_SHOT);
        }
        if (objc.sendBool(device, supported, CONTINUOUS)) {
            modes.add(CameraControl.Modes.CONTINUOUS);
        }
        if (!modes.isEmpty()) {
            out.add(new CameraControl.Modes(p, modes));
        }
    }

    List<CameraControl> controls() {
        return controls;
    }

    static String modeName(long avMode) {
        return avMode == CONTINUOUS ? CameraControl.Modes.CONTINUOUS
                : avMode == AUTO ? CameraControl.Modes.SINGLE_SHOT : CameraControl.Modes.MANUAL; // Locked, Custom
    }

    static long avMode(String mode) {
        return switch (mode) {
            case CameraControl.Modes.CONTINUOUS -> CONTINUOUS;
            case CameraControl.Modes.SINGLE_SHOT -> AUTO;
            case CameraControl.Modes.MANUAL -> LOCKED;
            default -> throw new IllegalArgumentException("no AVFoundation mode for '" + mode + "'");
        };
    }

    private static String getter(ConstrainableProperty p) {
        return switch (p) {
            case WHITE_BALANCE_MODE -> "whiteBalanceMode";
            case EXPOSURE_MODE -> "exposureMode";
            case FOCUS_MODE -> "focusMode";
            default -> throw new IllegalArgumentException(p.toString());
        };
    }

    @Override
    public Map<ConstrainableProperty, Object> values() {
        Map<ConstrainableProperty, Object> out = new LinkedHashMap<>();
        for (CameraControl c : controls) {
            ConstrainableProperty p = c.property();
            switch (c) {
                case CameraControl.Modes m -> out.put(p, modeName(objc.sendLong(device, getter(p))));
                case CameraControl.Range r -> out.put(p, objc.sendDouble(device, "videoZoomFactor"));
                case CameraControl.Switch s -> out.put(p, objc.sendLong(device, "torchMode") == 1);
            }
        }
        return out;
    }

    @Override
    public void set(Map<ConstrainableProperty, Object> values) throws BackendException {
        // Check everything before locking: an unsupported mode would raise inside AVFoundation.
        for (Map.Entry<ConstrainableProperty, Object> e : values.entrySet()) {
            CameraControl c = controls.stream().filter(x -> x.property() == e.getKey()).findFirst()
                    .orElseThrow(() -> BackendException.unsupported(e.getKey().toString(),
                            "this camera has no " + e.getKey() + " in AVFoundation"));
            boolean ok = switch (c) {
                case CameraControl.Modes m -> e.getValue() instanceof String s && m.modes().contains(s);
                case CameraControl.Range r -> e.getValue() instanceof Number n && r.range().contains(n.doubleValue());
                case CameraControl.Switch s -> e.getValue() instanceof Boolean;
            };
            if (!ok) {
                throw BackendException.unsupported(e.getKey().toString(), e.getKey() + " = " + e.getValue()
                        + " is not offered by this camera (" + c + ")");
            }
        }
        try (MemoryArena err = new MemoryArena()) {
            if (!objc.sendBool(device, "lockForConfiguration:", err.errorOut())) {
                throw new BackendException(BackendException.Kind.BUSY,
                        "the camera refused lockForConfiguration: (another application configures it)");
            }
        }
        try {
            for (Map.Entry<ConstrainableProperty, Object> e : values.entrySet()) {
                ConstrainableProperty p = e.getKey();
                switch (p) {
                    case WHITE_BALANCE_MODE -> objc.sendVoid(device, "setWhiteBalanceMode:", avMode((String) e.getValue()));
                    case EXPOSURE_MODE -> objc.sendVoid(device, "setExposureMode:", avMode((String) e.getValue()));
                    case FOCUS_MODE -> objc.sendVoid(device, "setFocusMode:", avMode((String) e.getValue()));
                    case ZOOM -> objc.sendVoid(device, "setVideoZoomFactor:", ((Number) e.getValue()).doubleValue());
                    case TORCH -> objc.sendVoid(device, "setTorchMode:", (Boolean) e.getValue() ? 1L : 0L);
                    default -> throw BackendException.unsupported(p.toString(), p + " is not an AVFoundation control");
                }
            }
        } finally {
            objc.sendVoid(device, "unlockForConfiguration");
        }
    }

    /** The {@code NSError **} out-parameter of lockForConfiguration:, freed after the call. */
    private static final class MemoryArena implements AutoCloseable {
        private final java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined();

        MemorySegment errorOut() {
            return arena.allocate(java.lang.foreign.ValueLayout.ADDRESS);
        }

        @Override
        public void close() {
            arena.close();
        }
    }
}
