package io.mediacapture.spi;

import io.mediacapture.MediaDeviceKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A backend's description of one capture device: identity, and the native modes the constraint solver
 * chooses among. Immutable; a backend hands out a new descriptor when anything about the device changes.
 *
 * @param deviceId      stable across runs and re-plugs (derived from a stable native name, never from an
 *                      index the OS reuses); unique within the backend
 * @param kind          audioinput or videoinput
 * @param label         human-readable name
 * @param groupId       equal for devices of the same physical product (a webcam and its microphone)
 * @param systemDefault whether the OS calls this the default device of its kind
 * @param facingMode    "user", "environment", "left", "right", or null when unknown
 * @param videoModes    native modes of a camera (empty for a microphone)
 * @param audio         native capabilities of a microphone (null for a camera)
 * @param controls      the camera controls the device has (MediaStream Image Capture), at most one per
 *                      property; empty for a microphone and for a camera without any
 */
public record DeviceDescriptor(String deviceId, MediaDeviceKind kind, String label, String groupId,
                               boolean systemDefault, String facingMode,
                               List<VideoMode> videoModes, AudioCapabilities audio, List<CameraControl> controls) {
    public DeviceDescriptor {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(groupId, "groupId");
        videoModes = List.copyOf(videoModes);
        if (kind == MediaDeviceKind.VIDEOINPUT && videoModes.isEmpty()) {
            throw new IllegalArgumentException("camera " + deviceId + " has no video modes");
        }
        if (kind == MediaDeviceKind.AUDIOINPUT && audio == null) {
            throw new IllegalArgumentException("microphone " + deviceId + " has no audio capabilities");
        }
        controls = List.copyOf(controls);
        if (controls.stream().map(CameraControl::property).distinct().count() != controls.size()) {
            throw new IllegalArgumentException("device " + deviceId + " lists a camera control twice: " + controls);
        }
    }

    /** A device without camera controls. */
    public DeviceDescriptor(String deviceId, MediaDeviceKind kind, String label, String groupId, boolean systemDefault,
                            String facingMode, List<VideoMode> videoModes, AudioCapabilities audio) {
        this(deviceId, kind, label, groupId, systemDefault, facingMode, videoModes, audio, List.of());
    }

    /** This descriptor with {@code controls} as its camera controls. */
    public DeviceDescriptor withControls(List<CameraControl> controls) {
        return new DeviceDescriptor(deviceId, kind, label, groupId, systemDefault, facingMode, videoModes, audio,
                controls);
    }

    /** The control of {@code property}, if the device has it. */
    public Optional<CameraControl> control(io.mediacapture.ConstrainableProperty property) {
        for (CameraControl c : controls) {
            if (c.property() == property) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static DeviceDescriptor camera(String deviceId, String label, String groupId, boolean systemDefault,
                                          String facingMode, List<VideoMode> modes) {
        return new DeviceDescriptor(deviceId, MediaDeviceKind.VIDEOINPUT, label, groupId, systemDefault,
                facingMode, modes, null);
    }

    public static DeviceDescriptor microphone(String deviceId, String label, String groupId, boolean systemDefault,
                                              AudioCapabilities audio) {
        return new DeviceDescriptor(deviceId, MediaDeviceKind.AUDIOINPUT, label, groupId, systemDefault,
                null, List.of(), audio);
    }

    public Optional<String> facing() {
        return Optional.ofNullable(facingMode);
    }

    public boolean isCamera() {
        return kind == MediaDeviceKind.VIDEOINPUT;
    }
}
