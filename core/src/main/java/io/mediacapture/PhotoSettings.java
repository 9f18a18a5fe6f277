package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * IDL dictionary {@code PhotoSettings} of MediaStream Image Capture: what {@link ImageCapture#takePhoto(PhotoSettings)}
 * is asked for. Every member is optional. Immutable.
 *
 * @param fillLightMode   "auto", "off" or "flash"
 * @param imageWidth      width of the photo in pixels
 * @param imageHeight     height of the photo in pixels
 * @param redEyeReduction whether to reduce red eyes
 */
public record PhotoSettings(Optional<String> fillLightMode, OptionalDouble imageWidth, OptionalDouble imageHeight,
                            Optional<Boolean> redEyeReduction) {
    private static final PhotoSettings EMPTY = new PhotoSettings(Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), Optional.empty());

    public PhotoSettings {
        java.util.Objects.requireNonNull(fillLightMode, "fillLightMode");
        java.util.Objects.requireNonNull(imageWidth, "imageWidth");
        java.util.Objects.requireNonNull(imageHeight, "imageHeight");
        java.util.Objects.requireNonNull(redEyeReduction, "redEyeReduction");
        fillLightMode.ifPresent(PhotoCapabilities::checkFillLightMode);
        check("imageWidth", imageWidth);
        check("imageHeight", imageHeight);
    }

    private static void check(String member, OptionalDouble v) {
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalArgumentException(member + ": " + v.getAsDouble() + " is not a finite double");
        }
    }

    public static PhotoSettings empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * WebIDL conversion; unknown keys and null values are ignored.
     *
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static PhotoSettings fromMap(Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        Builder b = builder();
        if (m.get("fillLightMode") != null) {
            b.fillLightMode(WebIdl.toDOMString("fillLightMode", m.get("fillLightMode")));
        }
        if (m.get("imageWidth") != null) {
            b.imageWidth(WebIdl.toDouble("imageWidth", m.get("imageWidth")));
        }
        if (m.get("imageHeight") != null) {
            b.imageHeight(WebIdl.toDouble("imageHeight", m.get("imageHeight")));
        }
        if (m.get("redEyeReduction") != null) {
            b.redEyeReduction(WebIdl.toBoolean("redEyeReduction", m.get("redEyeReduction")));
        }
        return b.build();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        fillLightMode.ifPresent(v -> m.put("fillLightMode", v));
        imageHeight.ifPresent(v -> m.put("imageHeight", v));
        imageWidth.ifPresent(v -> m.put("imageWidth", v));
        redEyeReduction.ifPresent(v -> m.put("redEyeReduction", v));
        return m;
    }

    /** Builds {@link PhotoSettings}. */
    public static final class Builder {
        private Optional<String> fillLightMode = Optional.empty();
        private OptionalDouble imageWidth = OptionalDouble.empty();
        private OptionalDouble imageHeight = OptionalDouble.empty();
        private Optional<Boolean> redEyeReduction = Optional.empty();

        Builder() {
        }

        public Builder fillLightMode(String v) {
            fillLightMode = Optional.of(v);
            return this;
        }

        public Builder imageWidth(double v) {
            imageWidth = OptionalDouble.of(v);
            return this;
        }

        public Builder imageHeight(double v) {
            imageHeight = OptionalDouble.of(v);
            return this;
        }

        public Builder redEyeReduction(boolean v) {
            redEyeReduction = Optional.of(v);
            return this;
        }

        public PhotoSettings build() {
            return new PhotoSettings(fillLightMode, imageWidth, imageHeight, redEyeReduction);
        }
    }
}
