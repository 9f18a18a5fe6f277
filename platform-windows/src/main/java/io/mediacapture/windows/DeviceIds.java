package io.mediacapture.windows;

import io.mediacapture.windows.com.Guid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * deviceId and groupId values for Windows devices: hashes of stable native names, so that no OS path
 * leaks to applications and the ids survive restarts and re-plugs into the same port.
 */
public final class DeviceIds {
    private DeviceIds() {
    }

    /** From a camera's symbolic link or an endpoint id; case-insensitive, as Windows compares them. */
    public static String deviceId(String backend, String nativeId) {
        return hash(backend + ":" + nativeId.toLowerCase(Locale.ROOT));
    }

    /**
     * Equal for the camera and microphone of one physical product: the PnP container id they share. Without
     * one, the device's own id (a group of one).
     */
    public static String groupId(Optional<Guid> containerId, String nativeId) {
        return containerId.map(g -> hash("container:" + g)).orElseGet(() -> hash("device:" + nativeId.toLowerCase(Locale.ROOT)));
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
