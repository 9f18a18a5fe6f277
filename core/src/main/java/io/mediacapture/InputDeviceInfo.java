package io.mediacapture;

import java.util.function.Supplier;

/** IDL {@code InputDeviceInfo}: a capture device, whose capabilities can be read without opening it. */
public class InputDeviceInfo extends MediaDeviceInfo {
    private final Supplier<MediaTrackCapabilities> capabilities;

    public InputDeviceInfo(String deviceId, MediaDeviceKind kind, String label, String groupId,
                           Supplier<MediaTrackCapabilities> capabilities) {
        super(deviceId, kind, label, groupId);
        this.capabilities = capabilities;
    }

    /** What a track from this device could be constrained to. */
    public MediaTrackCapabilities getCapabilities() {
        return capabilities.get();
    }
}
