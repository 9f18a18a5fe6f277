package io.mediacapture.fake;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.spi.CameraControl;
import java.util.List;
import java.util.Objects;

/**
 * One camera control of a {@link FakeCamera} and the value it starts at. The fake camera shows some of them:
 * brightness shifts the luma of its colour bars, contrast and saturation scale them around mid-grey and
 * neutral chroma, zoom crops towards the centre; the code band at the top stays as it is, so
 * {@link FakeFramePattern#decode} keeps working. The other controls (sharpness, the modes) only hold their value.
 *
 * @param control the control and its range or modes
 * @param initial its value when the camera is added: a {@link Double} in the range, a mode, or a
 *                {@link Boolean} for a switch
 */
public record FakeControl(CameraControl control, Object initial) {
    public FakeControl {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(initial, "initial");
        String problem = FakeControl.check(control, initial);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A numeric control from {@code min} to {@code max} by {@code step}, starting at {@code initial}. */
    public static FakeControl range(ConstrainableProperty p, double min, double max, double step, double initial) {
        return new FakeControl(CameraControl.Range.of(p, min, max, step), initial);
    }

    /** A mode control offering {@code modes}, starting at {@code initial}. */
    public static FakeControl modes(ConstrainableProperty p, String initial, String... modes) {
        return new FakeControl(new CameraControl.Modes(p, List.of(modes)), initial);
    }

    public ConstrainableProperty property() {
        return control.property();
    }

    /** Why {@code value} does not fit {@code control}, or null when it does. */
    static String check(CameraControl control, Object value) {
        return switch (control) {
            case CameraControl.Range r -> value instanceof Number n && r.range().contains(n.doubleValue()) ? null
                    : control.property() + ": " + value + " is not in " + r.range();
            case CameraControl.Modes m -> m.modes().contains(value) ? null
                    : control.property() + ": '" + value + "' is not one of " + m.modes();
            case CameraControl.Switch s -> value instanceof Boolean ? null
                    : control.property() + ": " + value + " is not a Boolean";
        };
    }

    /** The controls of "Fake Camera": values in the style of a UVC webcam with signed brightness. */
    static List<FakeControl> frontCamera() {
        return List.of(
                modes(ConstrainableProperty.WHITE_BALANCE_MODE, "continuous", "manual", "continuous"),
                modes(ConstrainableProperty.EXPOSURE_MODE, "continuous", "manual", "continuous"),
                modes(ConstrainableProperty.FOCUS_MODE, "continuous", "manual", "continuous"),
                range(ConstrainableProperty.BRIGHTNESS, -64, 64, 1, 0),
                range(ConstrainableProperty.CONTRAST, 0, 200, 1, 100),
                range(ConstrainableProperty.SATURATION, 0, 200, 1, 100),
                range(ConstrainableProperty.SHARPNESS, 0, 10, 1, 5),
                range(ConstrainableProperty.ZOOM, 1, 4, 0.1, 1));
    }

    /** The controls of "Fake Back Camera": 0..255 picture controls and a longer zoom, as phone-like cameras have. */
    static List<FakeControl> backCamera() {
        return List.of(
                modes(ConstrainableProperty.WHITE_BALANCE_MODE, "continuous", "manual", "continuous"),
                modes(ConstrainableProperty.EXPOSURE_MODE, "continuous", "manual", "continuous"),
                modes(ConstrainableProperty.FOCUS_MODE, "continuous", "manual", "continuous"),
                range(ConstrainableProperty.BRIGHTNESS, 0, 255, 1, 128),
                range(ConstrainableProperty.CONTRAST, 0, 255, 1, 128),
                range(ConstrainableProperty.SATURATION, 0, 255, 1, 128),
                range(ConstrainableProperty.SHARPNESS, 0, 7, 1, 3),
                range(ConstrainableProperty.ZOOM, 1, 8, 0.5, 1));
    }
}
