package io.mediacapture.linux.v4l2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a device node sits in sysfs: the physical device behind it, which gives the groupId that a
 * webcam's camera node and its microphone's ALSA card share, and the node's index among its device's
 * nodes. Reads files only; the root is a parameter so tests can build a tree of their own.
 *
 * <p>The rule, shared with the ALSA backend: the physical device of a node is the real path of its
 * {@code device} link, with a USB interface ({@code 1-1:1.0}) replaced by the USB device above it
 * ({@code 1-1}), because a webcam's video and audio are separate interfaces of one USB device. The groupId
 * is {@link #groupIdOf(String)} of that path relative to the sysfs root.
 */
public final class SysfsTopology {
    /** A USB interface directory: bus-port[.port...]:config.interface. */
    private static final Pattern USB_INTERFACE = Pattern.compile("\\d+-[\\d.]+:\\d+\\.\\d+");

    private final Path sysRoot;

    public SysfsTopology(Path sysRoot) {
        this.sysRoot = sysRoot;
    }

    public static SysfsTopology system() {
        return new SysfsTopology(Path.of("/sys"));
    }

    /**
     * The physical device behind {@code /sys/class/<subsystem>/<node>}, relative to the sysfs root (e.g.
     * {@code devices/pci0000:00/0000:00:14.0/usb1/1-1}); empty when sysfs does not say.
     */
    public Optional<String> physicalDevice(String subsystem, String node) {
        Path link = sysRoot.resolve("class").resolve(subsystem).resolve(node).resolve("device");
        try {
            Path real = link.toRealPath();
            Path name = real.getFileName();
            if (name != null && USB_INTERFACE.matcher(name.toString()).matches() && real.getParent() != null) {
                real = real.getParent();
            }
            Path root = sysRoot.toRealPath();
            return Optional.of(real.startsWith(root) ? root.relativize(real).toString() : real.toString());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The {@code index} attribute of a video4linux node (its rank among its device's nodes), 0 if absent. */
    int videoNodeIndex(String node) {
        Path p = sysRoot.resolve("class/video4linux").resolve(node).resolve("index");
        try {
            return Integer.parseInt(Files.readString(p, StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException | SecurityException e) {
            return 0;
        }
    }

    /** An opaque, stable identifier for a key: the first 128 bits of its SHA-256, in hex. */
    public static String groupIdOf(String physicalDevice) {
        return hash("group:" + physicalDevice);
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
