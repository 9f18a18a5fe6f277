package io.mediacapture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * IDL dictionary {@code PhotoCapabilities} of MediaStream Image Capture: what {@link ImageCapture#takePhoto}
 * can do on this track. Immutable.
 *
 * @param redEyeReduction "never", "always" or "controllable"
 * @param imageHeight     the photo heights possible
 * @param imageWidth      the photo widths possible
 * @param fillLightMode   the fill light modes possible ("auto", "off", "flash"); empty when the camera has no
 *                        flash
 */
public record PhotoCapabilities(String redEyeReduction, MediaSettingsRange imageHeight, MediaSettingsRange imageWidth,
                               List<String> fillLightMode) {
    public PhotoCapabilities {
        Objects.requireNonNull(redEyeReduction, "redEyeReduction");
        Objects.requireNonNull(imageHeight, "imageHeight");
        Objects.requireNonNull(imageWidth, "imageWidth");
        if (!List.of("never", "always", "controllable").contains(redEyeReduction)) {
            throw new IllegalArgumentException("redEyeReduction: '" + redEyeReduction + "' is not a RedEyeReduction");
        }
        fillLightMode = List.copyOf(fillLightMode);
        fillLightMode.forEach(PhotoCapabilities::checkFillLightMode);
    }

    static void checkFillLightMode(String v) {
        if (!List.of("auto", "off", "flash").contains(v)) {
            throw new IllegalArgumentException("fillLightMode: '" + v + "' is not a FillLightMode");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * WebIDL conversion from {@code {redEyeReduction, imageHeight: {min, max, step}, imageWidth: {...},
     * fillLightMode: [...]}}; unknown keys are ignored.
     *
     * @throws IllegalArgumentException naming the member when one is missing or has the wrong type
     */
    public static PhotoCapabilities fromMap(Map<String, ?> map) {
        Map<String, ?> m = io.mediacapture.internal.constraints.WebIdl.orEmpty(map);
        Builder b = builder();
        if (m.get("redEyeReduction") != null) {
            b.redEyeReduction(io.mediacapture.internal.constraints.WebIdl.toDOMString("redEyeReduction", m.get("redEyeReduction")));
        }
        if (m.get("imageHeight") != null) {
            b.imageHeight(MediaSettingsRange.fromMap("imageHeight.",
                    io.mediacapture.internal.constraints.WebIdl.toDictionary("imageHeight", m.get("imageHeight"))));
        }
        if (m.get("imageWidth") != null) {
            b.imageWidth(MediaSettingsRange.fromMap("imageWidth.",
                    io.mediacapture.internal.constraints.WebIdl.toDictionary("imageWidth", m.get("imageWidth"))));
        }
        if (m.get("fillLightMode") != null) {
            List<?> in = io.mediacapture.internal.constraints.WebIdl.toSequence("fillLightMode", m.get("fillLightMode"));
            List<String> modes = new java.util.ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                modes.add(io.mediacapture.internal.constraints.WebIdl.toDOMString("fillLightMode[" + i + "]", in.get(i)));
            }
            b.fillLightMode(modes);
        }
        return b.build();
    }

    /** Builds {@link PhotoCapabilities}; unset members default to "never", a 0x0 size and no fill light. */
    public static final class Builder {
        private String redEyeReduction = "never";
        private MediaSettingsRange imageHeight = MediaSettingsRange.of(0, 0, 0);
        private MediaSettingsRange imageWidth = MediaSettingsRange.of(0, 0, 0);
        private List<String> fillLightMode = List.of();

        Builder() {
        }

        public Builder redEyeReduction(String v) {
            redEyeReduction = Objects.requireNonNull(v, "redEyeReduction");
            return this;
        }

        public Builder imageHeight(MediaSettingsRange r) {
            imageHeight = Objects.requireNonNull(r, "imageHeight");
            return this;
        }

        public Builder imageWidth(MediaSettingsRange r) {
            imageWidth = Objects.requireNonNull(r, "imageWidth");
            return this;
        }

        public Builder fillLightMode(List<String> modes) {
            fillLightMode = List.copyOf(modes);
            return this;
        }

        public PhotoCapabilities build() {
            return new PhotoCapabilities(redEyeReduction, imageHeight, imageWidth, fillLightMode);
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("redEyeReduction", redEyeReduction);
        m.put("imageHeight", imageHeight.toMap());
        m.put("imageWidth", imageWidth.toMap());
        m.put("fillLightMode", fillLightMode);
        return m;
    }
}
