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
 * @param stillSize  the size of its separate still-image mode (ImageCapture.takePhoto draws a photo of its own
 *                   at this size), or null when photos are frames of the stream
 */
public record FakeCamera(String label, String groupId, String facingMode, List<VideoMode> modes,
                         List<FakeControl> controls, StillSize stillSize) implements FakeDevice {

    /** The size of a still-image mode. */
    public record StillSize(int width, int height) {
        public StillSize {
            if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
                throw new IllegalArgumentException("still size " + width + "x" + height + " must be positive and even");
            }
        }
    }

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

    /** A camera without camera controls or still mode. */
    public FakeCamera(String label, String groupId, String facingMode, List<VideoMode> modes) {
        this(label, groupId, facingMode, modes, List.of(), null);
    }

    /** A camera with camera controls and no still mode. */
    public FakeCamera(String label, String groupId, String facingMode, List<VideoMode> modes, List<FakeControl> controls) {
        this(label, groupId, facingMode, modes, controls, null);
    }

    /** This camera with {@code controls} instead of its own. */
    public FakeCamera withControls(List<FakeControl> controls) {
        return new FakeCamera(label, groupId, facingMode, modes, controls, stillSize);
    }

    /** This camera with a still-image mode of {@code width} x {@code height} (or none for null). */
    public FakeCamera withStillSize(StillSize size) {
        return new FakeCamera(label, groupId, facingMode, modes, controls, size);
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
