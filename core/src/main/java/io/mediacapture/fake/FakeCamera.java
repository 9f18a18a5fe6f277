package io.mediacapture.fake;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.VideoMode;
import java.util.List;
import java.util.Objects;

/**
 * A fake camera: draws a moving test pattern whose pixels encode the frame number and capture time (see
 * {@link FakeFramePattern}), in any of its native modes.
 *
 * @param label      its name
 * @param groupId    shared with a fake microphone of the same "product", or its own
 * @param facingMode "user", "environment", ... or null
 * @param modes      native modes (I420)
 * @param controls   its camera controls (MediaStream Image Capture), at most one per property
 */
public record FakeCamera(String label, String groupId, String facingMode, List<VideoMode> modes,
                         List<FakeControl> controls) implements FakeDevice {
    public FakeCamera {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(groupId, "groupId");
        modes = List.copyOf(modes);
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("fake camera '" + label + "' needs at least one mode");
        }
        controls = List.copyOf(controls);
        if (controls.stream().map(FakeControl::property).distinct().count() != controls.size()) {
            throw new IllegalArgumentException("fake camera '" + label + "' lists a control twice");
        }
    }

    /** A camera without camera controls. */
    public FakeCamera(String label, String groupId, String facingMode, List<VideoMode> modes) {
        this(label, groupId, facingMode, modes, List.of());
    }

    /** This camera with {@code controls} instead of its own. */
    public FakeCamera withControls(List<FakeControl> controls) {
        return new FakeCamera(label, groupId, facingMode, modes, controls);
    }

    /** A camera with its own group. */
    public static FakeCamera of(String label, String facingMode, List<VideoMode> modes) {
        return new FakeCamera(label, FakeDevices.stableId("group:" + label), facingMode, modes);
    }

    @Override
    public String deviceId() {
        return FakeDevices.stableId("camera:" + label);
    }

    @Override
    public MediaDeviceKind kind() {
        return MediaDeviceKind.VIDEOINPUT;
    }

}
