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

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("redEyeReduction", redEyeReduction);
        m.put("imageHeight", imageHeight.toMap());
        m.put("imageWidth", imageWidth.toMap());
        m.put("fillLightMode", fillLightMode);
        return m;
    }
}
