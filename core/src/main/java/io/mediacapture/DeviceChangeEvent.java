package io.mediacapture;

import java.util.List;

/** Fired at {@link MediaDevices} when the set of devices changed. */
public class DeviceChangeEvent extends Event {
    private final List<MediaDeviceInfo> devices;
    private final List<MediaDeviceInfo> userInsertedDevices;

    public DeviceChangeEvent(String type, List<MediaDeviceInfo> devices, List<MediaDeviceInfo> userInsertedDevices) {
        super(type);
        this.devices = List.copyOf(devices);
        this.userInsertedDevices = List.copyOf(userInsertedDevices);
    }

    /** The devices present after the change, in enumerateDevices() order. */
    public List<MediaDeviceInfo> devices() {
        return devices;
    }

    /** The devices that appeared with this change. */
    public List<MediaDeviceInfo> userInsertedDevices() {
        return userInsertedDevices;
    }
}
