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
 */
public record DeviceDescriptor(String deviceId, MediaDeviceKind kind, String label, String groupId,
                               boolean systemDefault, String facingMode,
                               List<VideoMode> videoModes, AudioCapabilities audio) {
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
