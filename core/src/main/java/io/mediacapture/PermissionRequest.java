package io.mediacapture;

import java.util.Objects;
import java.util.Set;

/**
 * What a getUserMedia call asks the {@link PermissionHandler} for: the kinds of device it would open and whether it
 * asks for control of the camera's pan, tilt and zoom (the spec's permission descriptor
 * {@code {name: "camera", panTiltZoom: true}}, MediaStream Image Capture).
 *
 * @param kinds       the kinds of device the call would open (unmodifiable, not empty)
 * @param panTiltZoom whether the video constraints name {@code pan}, {@code tilt} or {@code zoom} with a value other
 *                    than {@code false}, in the basic set or an advanced set
 */
public record PermissionRequest(Set<MediaDeviceKind> kinds, boolean panTiltZoom) {
    public PermissionRequest {
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        if (panTiltZoom && !kinds.contains(MediaDeviceKind.VIDEOINPUT)) {
            throw new IllegalArgumentException("panTiltZoom is a camera permission; kinds " + kinds + " has no camera");
        }
    }

    /** A request for {@code kinds} without pan-tilt-zoom control. */
    public static PermissionRequest of(Set<MediaDeviceKind> kinds) {
        return new PermissionRequest(kinds, false);
    }
}
