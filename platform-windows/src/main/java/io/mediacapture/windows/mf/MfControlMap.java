package io.mediacapture.windows.mf;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.spi.CameraControl;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which {@code IAMVideoProcAmp}/{@code IAMCameraControl} property implements which camera control of MediaStream
 * Image Capture, and how values convert. Pure: built from the GetRange answers, so it is tested without a camera.
 *
 * <ul>
 * <li>brightness, contrast, saturation, sharpness: the VideoProcAmp properties, in the driver's units;</li>
 * <li>VideoProcAmp_WhiteBalance: colorTemperature (kelvin) when it can be manual, whiteBalanceMode from its flags
 *     (Auto = "continuous", Manual = "manual");</li>
 * <li>CameraControl_Exposure: exposureTime (MF uses log2 seconds: value v is 2^v s, so exposureTime =
 *     2^v x 10000 in the spec's 100 µs units, range step 0 since the values are powers of two) and exposureMode;</li>
 * <li>CameraControl_Focus: focusDistance (driver units) and focusMode;</li>
 * <li>CameraControl_Pan/Tilt: pan/tilt (degrees in DirectShow, arc seconds in the spec: x 3600);
 *     CameraControl_Zoom: zoom (driver units).</li>
 * </ul>
 */
final class MfControlMap {

    /** Which of the two interfaces a property belongs to. */
    enum Iface { PROC_AMP, CAMERA }

    /** One GetRange answer. */
    record AmRange(Iface iface, int property, int min, int max, int step, int defaultValue, int caps) {
        boolean canAuto() {
            return (caps & AmInterfaces.CAMERA_CONTROL_FLAGS_AUTO) != 0; // same value for VideoProcAmp_Flags_Auto
        }

        boolean canManual() {
            return (caps & AmInterfaces.CAMERA_CONTROL_FLAGS_MANUAL) != 0;
        }
    }

    /** A value and flags for Set. */
    record Setting(int value, int flags) {
    }

    /** How one spec property reads and writes its DirectShow property. */
    sealed interface Binding permits Value, Mode {
        AmRange range();

        CameraControl control();

        /** The spec value for a Get answer. */
        Object toSpec(int value, int flags);

        /** The Set arguments for a spec value, given the property's current value. */
        Setting toAm(Object spec, int currentValue);
    }

    /** A numeric property: {@code spec = value x scale}, or {@code 2^value x 10000} for exposureTime. */
    record Value(ConstrainableProperty property, AmRange range, double scale, boolean log2) implements Binding {
        @Override
        public CameraControl control() {
            if (log2) {
                return CameraControl.Range.of(property, exposure(range.min()), exposure(range.max()), 0);
            }
            return CameraControl.Range.of(property, range.min() * scale, range.max() * scale,
                    Math.max(1, range.step()) * scale);
        }

        private static double exposure(int log2Seconds) {
            return Math.scalb(1.0, log2Seconds) * 10_000;
        }

        @Override
        public Object toSpec(int value, int flags) {
            return log2 ? exposure(value) : value * scale;
        }

        @Override
        public Setting toAm(Object spec, int currentValue) {
            double v = ((Number) spec).doubleValue();
            int raw = log2 ? (int) Math.round(Math.log(v / 10_000) / Math.log(2)) : (int) Math.round(v / scale);
            int flags = range.iface() == Iface.CAMERA ? AmInterfaces.CAMERA_CONTROL_FLAGS_MANUAL
                    : AmInterfaces.VIDEO_PROC_AMP_FLAGS_MANUAL;
            return new Setting(Math.max(range.min(), Math.min(range.max(), raw)), flags);
        }
    }

    /** The Auto/Manual flags of a property as a mode: Auto = "continuous", Manual = "manual". */
    record Mode(ConstrainableProperty property, AmRange range) implements Binding {
        @Override
        public CameraControl control() {
            List<String> modes = new ArrayList<>();
            if (range.canManual()) {
                modes.add(CameraControl.Modes.MANUAL);
            }
            if (range.canAuto()) {
                modes.add(CameraControl.Modes.CONTINUOUS);
            }
            return new CameraControl.Modes(property, modes);
        }

        @Override
        public Object toSpec(int value, int flags) {
            return (flags & AmInterfaces.CAMERA_CONTROL_FLAGS_AUTO) != 0 ? CameraControl.Modes.CONTINUOUS
                    : CameraControl.Modes.MANUAL;
        }

        @Override
        public Setting toAm(Object spec, int currentValue) {
            int flags = switch ((String) spec) {
                case CameraControl.Modes.CONTINUOUS -> AmInterfaces.CAMERA_CONTROL_FLAGS_AUTO;
                case CameraControl.Modes.MANUAL -> AmInterfaces.CAMERA_CONTROL_FLAGS_MANUAL;
                default -> throw new IllegalArgumentException(property + ": no DirectShow flag for '" + spec + "'");
            };
            return new Setting(currentValue, flags);
        }
    }

    private final Map<ConstrainableProperty, Binding> bindings;

    private MfControlMap(Map<ConstrainableProperty, Binding> bindings) {
        this.bindings = bindings;
    }

    static MfControlMap of(List<AmRange> ranges) {
        Map<ConstrainableProperty, Binding> b = new EnumMap<>(ConstrainableProperty.class);
        for (AmRange r : ranges) {
            if (r.min() > r.max() || (!r.canAuto() && !r.canManual())) {
                continue;
            }
            if (r.iface() == Iface.PROC_AMP) {
                switch (r.property()) {
                    case AmInterfaces.VIDEO_PROC_AMP_BRIGHTNESS -> value(b, ConstrainableProperty.BRIGHTNESS, r, 1, false);
                    case AmInterfaces.VIDEO_PROC_AMP_CONTRAST -> value(b, ConstrainableProperty.CONTRAST, r, 1, false);
                    case AmInterfaces.VIDEO_PROC_AMP_SATURATION -> value(b, ConstrainableProperty.SATURATION, r, 1, false);
                    case AmInterfaces.VIDEO_PROC_AMP_SHARPNESS -> value(b, ConstrainableProperty.SHARPNESS, r, 1, false);
                    case AmInterfaces.VIDEO_PROC_AMP_WHITE_BALANCE -> {
                        value(b, ConstrainableProperty.COLOR_TEMPERATURE, r, 1, false);
                        b.put(ConstrainableProperty.WHITE_BALANCE_MODE, new Mode(ConstrainableProperty.WHITE_BALANCE_MODE, r));
                    }
                    default -> {
                        // hue, gamma, gain, backlight compensation...: no Image Capture property
                    }
                }
            } else {
                switch (r.property()) {
                    case AmInterfaces.CAMERA_CONTROL_EXPOSURE -> {
                        value(b, ConstrainableProperty.EXPOSURE_TIME, r, 1, true);
                        b.put(ConstrainableProperty.EXPOSURE_MODE, new Mode(ConstrainableProperty.EXPOSURE_MODE, r));
                    }
                    case AmInterfaces.CAMERA_CONTROL_FOCUS -> {
                        value(b, ConstrainableProperty.FOCUS_DISTANCE, r, 1, false);
                        b.put(ConstrainableProperty.FOCUS_MODE, new Mode(ConstrainableProperty.FOCUS_MODE, r));
                    }
                    case AmInterfaces.CAMERA_CONTROL_PAN -> value(b, ConstrainableProperty.PAN, r, 3600, false);
                    case AmInterfaces.CAMERA_CONTROL_TILT -> value(b, ConstrainableProperty.TILT, r, 3600, false);
                    case AmInterfaces.CAMERA_CONTROL_ZOOM -> value(b, ConstrainableProperty.ZOOM, r, 1, false);
                    default -> {
                        // roll, iris: no Image Capture property
                    }
                }
            }
        }
        return new MfControlMap(b);
    }

    /** A value binding, only when the property can be set by hand (an auto-only value cannot be a setting to ask for). */
    private static void value(Map<ConstrainableProperty, Binding> b, ConstrainableProperty p, AmRange r, double scale,
                              boolean log2) {
        if (r.canManual()) {
            b.put(p, new Value(p, r, scale, log2));
        }
    }

    /** The camera controls, in spec order. */
    List<CameraControl> controls() {
        return bindings.values().stream().map(Binding::control).toList();
    }

    Map<ConstrainableProperty, Binding> bindings() {
        return bindings;
    }

    Optional<Binding> binding(ConstrainableProperty p) {
        return Optional.ofNullable(bindings.get(p));
    }

    boolean isEmpty() {
        return bindings.isEmpty();
    }

    /** The properties to ask GetRange about, per interface. */
    static final int[] PROC_AMP_PROPERTIES = {AmInterfaces.VIDEO_PROC_AMP_BRIGHTNESS, AmInterfaces.VIDEO_PROC_AMP_CONTRAST,
            AmInterfaces.VIDEO_PROC_AMP_SATURATION, AmInterfaces.VIDEO_PROC_AMP_SHARPNESS,
            AmInterfaces.VIDEO_PROC_AMP_WHITE_BALANCE};
    static final int[] CAMERA_PROPERTIES = {AmInterfaces.CAMERA_CONTROL_PAN, AmInterfaces.CAMERA_CONTROL_TILT,
            AmInterfaces.CAMERA_CONTROL_ZOOM, AmInterfaces.CAMERA_CONTROL_EXPOSURE, AmInterfaces.CAMERA_CONTROL_FOCUS};
}
