package io.mediacapture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** IDL {@code MediaDeviceInfo}: a snapshot; enumerateDevices() returns fresh objects each call. */
public class MediaDeviceInfo {
    private final String deviceId;
    private final MediaDeviceKind kind;
    private final String label;
    private final String groupId;

    public MediaDeviceInfo(String deviceId, MediaDeviceKind kind, String label, String groupId) {
        this.deviceId = Objects.requireNonNull(deviceId);
        this.kind = Objects.requireNonNull(kind);
        this.label = Objects.requireNonNull(label);
        this.groupId = Objects.requireNonNull(groupId);
    }

    public String deviceId() {
        return deviceId;
    }

    public MediaDeviceKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String groupId() {
        return groupId;
    }

    /** The IDL {@code toJSON()}: deviceId, kind, label, groupId. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deviceId", deviceId);
        m.put("kind", kind.toString());
        m.put("label", label);
        m.put("groupId", groupId);
        return m;
    }

    @Override
    public String toString() {
        return kind + " \"" + label + "\" " + deviceId;
    }
}
