package io.mediacapture;

/**
 * What {@link MediaDevices#enumerateDevices()} tells about devices before the application captured from them
 * (set with {@link MediaDevices.Options#deviceInfoExposure}).
 */
public enum DeviceInfoExposure {
    /**
     * The default: every device with its deviceId, label and groupId, from the start. An application's own
     * process has no fingerprinting concern (docs/CONFORMANCE.md, "Labels are always visible").
     */
    ALWAYS,
    /**
     * Media Capture and Streams' rules, for applications that host web content or want the spec's privacy
     * behaviour. Before the application was granted a kind of device (its {@link PermissionHandler} allowed a
     * getUserMedia for it), that kind is listed as one {@link InputDeviceInfo} with empty deviceId, label and
     * groupId and empty capabilities (none when there is no device of the kind). Once granted, exposure is
     * extended: every device of the kind is listed in full, for the life of the {@code MediaDevices}.
     * {@code devicechange} then reports the list as exposed, and fires only when that list changes.
     */
    SPEC
}
