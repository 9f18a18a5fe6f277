package io.mediacapture.linux.v4l2;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.spi.CameraControl;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which V4L2 control implements which camera control of MediaStream Image Capture, and how values convert.
 * Pure: built from what the driver reported, so it is tested without a device.
 *
 * <ul>
 * <li>brightness, contrast, saturation, sharpness: the user controls of those names, in the driver's units;</li>
 * <li>colorTemperature: {@code WHITE_BALANCE_TEMPERATURE} (kelvin); whiteBalanceMode: {@code AUTO_WHITE_BALANCE}
 *     (1 = "continuous", 0 = "manual");</li>
 * <li>exposureTime: {@code EXPOSURE_ABSOLUTE} (100 µs units, as in the spec); exposureMode: the
 *     {@code EXPOSURE_AUTO} menu ({@code MANUAL} = "manual"; {@code APERTURE_PRIORITY}, else {@code AUTO}, =
 *     "continuous", which are the items UVC cameras offer);</li>
 * <li>focusDistance: {@code FOCUS_ABSOLUTE} (driver units: V4L2 defines none); focusMode: {@code FOCUS_AUTO};</li>
 * <li>pan, tilt: {@code PAN_ABSOLUTE}/{@code TILT_ABSOLUTE} (arc seconds in both); zoom: {@code ZOOM_ABSOLUTE}.</li>
 * </ul>
 * Disabled and read-only controls are left out. The PipeWire backend reuses this table for the V4L2 controls
 * PipeWire's V4L2 source node exposes as PropInfo params (same control ids); public for that package only (the
 * module exports neither).
 */
public final class V4l2ControlMap {

    /** How one spec property reads and writes its V4L2 control. */
    public sealed interface Binding permits Direct, AutoSwitch, ExposureMenu {
        V4l2ControlInfo info();

        CameraControl control();

        Object toSpec(int raw);

        /** @throws IllegalArgumentException when the value has no V4L2 counterpart */
        int toRaw(Object spec);
    }

    /** An integer control whose values are the spec's. */
    record Direct(ConstrainableProperty property, V4l2ControlInfo info) implements Binding {
        @Override
        public CameraControl control() {
            return CameraControl.Range.of(property, info.minimum(), info.maximum(), Math.max(1, info.step()));
        }

        @Override
        public Object toSpec(int raw) {
            return (double) raw;
        }

        @Override
        public int toRaw(Object spec) {
            double v = ((Number) spec).doubleValue();
            return (int) Math.round(v);
        }
    }

    /** A boolean "auto" control as a mode: 1 = "continuous", 0 = "manual". */
    record AutoSwitch(ConstrainableProperty property, V4l2ControlInfo info) implements Binding {
        @Override
        public CameraControl control() {
            return new CameraControl.Modes(property, List.of(CameraControl.Modes.MANUAL, CameraControl.Modes.CONTINUOUS));
        }

        @Override
        public Object toSpec(int raw) {
            return raw != 0 ? CameraControl.Modes.CONTINUOUS : CameraControl.Modes.MANUAL;
        }

        @Override
        public int toRaw(Object spec) {
            return switch ((String) spec) {
                case CameraControl.Modes.CONTINUOUS -> 1;
                case CameraControl.Modes.MANUAL -> 0;
                default -> throw new IllegalArgumentException(property + ": no V4L2 value for '" + spec + "'");
            };
        }
    }

    /** The {@code EXPOSURE_AUTO} menu as exposureMode. */
    record ExposureMenu(V4l2ControlInfo info, Integer manual, Integer continuous) implements Binding {
        @Override
        public CameraControl control() {
            List<String> modes = new ArrayList<>();
            if (manual != null) {
                modes.add(CameraControl.Modes.MANUAL);
            }
            if (continuous != null) {
                modes.add(CameraControl.Modes.CONTINUOUS);
            }
            return new CameraControl.Modes(ConstrainableProperty.EXPOSURE_MODE, modes);
        }

        @Override
        public Object toSpec(int raw) {
            return raw == videodev2_h.V4L2_EXPOSURE_MANUAL() ? CameraControl.Modes.MANUAL : CameraControl.Modes.CONTINUOUS;
        }

        @Override
        public int toRaw(Object spec) {
            Integer raw = CameraControl.Modes.MANUAL.equals(spec) ? manual
                    : CameraControl.Modes.CONTINUOUS.equals(spec) ? continuous : null;
            if (raw == null) {
                throw new IllegalArgumentException("exposureMode: the camera has no V4L2 mode for '" + spec + "'");
            }
            return raw;
        }
    }

    private final Map<ConstrainableProperty, Binding> bindings;

    private V4l2ControlMap(Map<ConstrainableProperty, Binding> bindings) {
        this.bindings = bindings;
    }

    public static V4l2ControlMap of(List<V4l2ControlInfo> queried) {
        Map<ConstrainableProperty, Binding> b = new EnumMap<>(ConstrainableProperty.class);
        for (V4l2ControlInfo c : queried) {
            if ((c.flags() & (videodev2_h.V4L2_CTRL_FLAG_DISABLED() | videodev2_h.V4L2_CTRL_FLAG_READ_ONLY())) != 0) {
                continue;
            }
            bind(c).ifPresent(binding -> b.putIfAbsent(binding.control().property(), binding));
        }
        return new V4l2ControlMap(b);
    }

    private static Optional<Binding> bind(V4l2ControlInfo c) {
        int id = c.id();
        boolean integer = c.type() == videodev2_h.V4L2_CTRL_TYPE_INTEGER() && c.minimum() <= c.maximum();
        boolean bool = c.type() == videodev2_h.V4L2_CTRL_TYPE_BOOLEAN();
        ConstrainableProperty direct = id == videodev2_h.V4L2_CID_BRIGHTNESS() ? ConstrainableProperty.BRIGHTNESS
                : id == videodev2_h.V4L2_CID_CONTRAST() ? ConstrainableProperty.CONTRAST
                : id == videodev2_h.V4L2_CID_SATURATION() ? ConstrainableProperty.SATURATION
                : id == videodev2_h.V4L2_CID_SHARPNESS() ? ConstrainableProperty.SHARPNESS
                : id == videodev2_h.V4L2_CID_WHITE_BALANCE_TEMPERATURE() ? ConstrainableProperty.COLOR_TEMPERATURE
                : id == videodev2_h.V4L2_CID_EXPOSURE_ABSOLUTE() ? ConstrainableProperty.EXPOSURE_TIME
                : id == videodev2_h.V4L2_CID_FOCUS_ABSOLUTE() ? ConstrainableProperty.FOCUS_DISTANCE
                : id == videodev2_h.V4L2_CID_PAN_ABSOLUTE() ? ConstrainableProperty.PAN
                : id == videodev2_h.V4L2_CID_TILT_ABSOLUTE() ? ConstrainableProperty.TILT
                : id == videodev2_h.V4L2_CID_ZOOM_ABSOLUTE() ? ConstrainableProperty.ZOOM
                : null;
        if (direct != null) {
            return integer ? Optional.of(new Direct(direct, c)) : Optional.empty();
        }
        if (id == videodev2_h.V4L2_CID_AUTO_WHITE_BALANCE() && bool) {
            return Optional.of(new AutoSwitch(ConstrainableProperty.WHITE_BALANCE_MODE, c));
        }
        if (id == videodev2_h.V4L2_CID_FOCUS_AUTO() && bool) {
            return Optional.of(new AutoSwitch(ConstrainableProperty.FOCUS_MODE, c));
        }
        if (id == videodev2_h.V4L2_CID_EXPOSURE_AUTO() && c.type() == videodev2_h.V4L2_CTRL_TYPE_MENU()) {
            List<Integer> items = c.menuIndices();
            Integer manual = items.contains(videodev2_h.V4L2_EXPOSURE_MANUAL()) ? videodev2_h.V4L2_EXPOSURE_MANUAL() : null;
            Integer continuous = items.contains(videodev2_h.V4L2_EXPOSURE_APERTURE_PRIORITY())
                    ? Integer.valueOf(videodev2_h.V4L2_EXPOSURE_APERTURE_PRIORITY())
                    : items.contains(videodev2_h.V4L2_EXPOSURE_AUTO()) ? Integer.valueOf(videodev2_h.V4L2_EXPOSURE_AUTO())
                    : null;
            if (manual != null || continuous != null) {
                return Optional.of(new ExposureMenu(c, manual, continuous));
            }
        }
        return Optional.empty();
    }

    /** The camera controls, in spec order. */
    public List<CameraControl> controls() {
        return bindings.values().stream().map(Binding::control).toList();
    }

    public Map<ConstrainableProperty, Binding> bindings() {
        return bindings;
    }

    public Optional<Binding> binding(ConstrainableProperty p) {
        return Optional.ofNullable(bindings.get(p));
    }

    public boolean isEmpty() {
        return bindings.isEmpty();
    }

    /**
     * The mode a value control needs to take effect: exposureTime wants exposureMode "manual", colorTemperature
     * whiteBalanceMode "manual", focusDistance focusMode "manual" (V4L2 ignores or refuses the value while the
     * automatic is on).
     */
    public static Optional<ConstrainableProperty> modeFor(ConstrainableProperty value) {
        return switch (value) {
            case EXPOSURE_TIME -> Optional.of(ConstrainableProperty.EXPOSURE_MODE);
            case COLOR_TEMPERATURE -> Optional.of(ConstrainableProperty.WHITE_BALANCE_MODE);
            case FOCUS_DISTANCE -> Optional.of(ConstrainableProperty.FOCUS_MODE);
            default -> Optional.empty();
        };
    }
}
