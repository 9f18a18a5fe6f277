package io.mediacapture.spi;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaSettingsRange;
import java.util.List;
import java.util.Objects;

/**
 * One camera control a device has, under its MediaStream Image Capture name, as a backend reports it in its
 * {@link DeviceDescriptor}. Values in {@link CameraControls} are {@link Double} for a {@link Range},
 * {@link String} for {@link Modes} and {@link Boolean} for a {@link Switch}, in the spec's units (backends
 * convert: exposureTime in 100 µs units, colorTemperature in kelvin, focusDistance in metres, pan and tilt in
 * arc-seconds; brightness, contrast, saturation and sharpness in the device's own units).
 */
public sealed interface CameraControl permits CameraControl.Range, CameraControl.Modes, CameraControl.Switch {

    /** The property this control implements ({@link ConstrainableProperty#isCameraControl()}). */
    ConstrainableProperty property();

    /** A numeric control: {@code exposureTime}, {@code brightness}, {@code zoom}... */
    record Range(ConstrainableProperty property, MediaSettingsRange range) implements CameraControl {
        public Range {
            check(property, ConstrainableProperty.Type.DOUBLE);
            Objects.requireNonNull(range, "range");
        }

        public static Range of(ConstrainableProperty property, double min, double max, double step) {
            return new Range(property, MediaSettingsRange.of(min, max, step));
        }
    }

    /** A mode control ({@code whiteBalanceMode}, {@code exposureMode}, {@code focusMode}) with the modes it offers. */
    record Modes(ConstrainableProperty property, List<String> modes) implements CameraControl {
        public static final String NONE = "none";
        public static final String MANUAL = "manual";
        public static final String SINGLE_SHOT = "single-shot";
        public static final String CONTINUOUS = "continuous";

        public Modes {
            check(property, ConstrainableProperty.Type.STRING);
            modes = List.copyOf(modes);
            if (modes.isEmpty()) {
                throw new IllegalArgumentException(property + ": a mode control needs at least one mode");
            }
            for (String m : modes) {
                if (!List.of(NONE, MANUAL, SINGLE_SHOT, CONTINUOUS).contains(m)) {
                    throw new IllegalArgumentException(property + ": '" + m + "' is not a MeteringMode");
                }
            }
        }
    }

    /** An on/off control ({@code torch}). */
    record Switch(ConstrainableProperty property) implements CameraControl {
        public Switch {
            check(property, ConstrainableProperty.Type.BOOLEAN);
        }
    }

    private static void check(ConstrainableProperty p, ConstrainableProperty.Type type) {
        Objects.requireNonNull(p, "property");
        if (!p.isCameraControl() || p.type() != type) {
            throw new IllegalArgumentException(p + " is not a camera control of type " + type);
        }
    }
}
