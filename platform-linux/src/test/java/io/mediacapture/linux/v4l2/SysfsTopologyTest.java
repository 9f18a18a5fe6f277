package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysfsTopologyTest {
    @TempDir
    Path sys;

    /** A USB webcam: video on interface 1-1:1.0, audio on 1-1:1.3, both under USB device 1-1. */
    private void webcam() throws Exception {
        Path usb = Files.createDirectories(sys.resolve("devices/pci0000:00/0000:00:14.0/usb1/1-1"));
        Path video = Files.createDirectories(usb.resolve("1-1:1.0"));
        Path audio = Files.createDirectories(usb.resolve("1-1:1.3"));
        Files.createDirectories(sys.resolve("class/video4linux/video0"));
        Files.createSymbolicLink(sys.resolve("class/video4linux/video0/device"), video);
        Files.writeString(sys.resolve("class/video4linux/video0/index"), "0\n");
        Files.createDirectories(sys.resolve("class/video4linux/video1"));
        Files.createSymbolicLink(sys.resolve("class/video4linux/video1/device"), video);
        Files.writeString(sys.resolve("class/video4linux/video1/index"), "1\n");
        Files.createDirectories(sys.resolve("class/sound/card1"));
        Files.createSymbolicLink(sys.resolve("class/sound/card1/device"), audio);
        Path platform = Files.createDirectories(sys.resolve("devices/platform/vivid.0"));
        Files.createDirectories(sys.resolve("class/video4linux/video2"));
        Files.createSymbolicLink(sys.resolve("class/video4linux/video2/device"), platform);
    }

    @Test
    void cameraAndMicrophoneOfOneUsbDeviceShareTheGroup() throws Exception {
        webcam();
        var t = new SysfsTopology(sys);
        assertEquals(Optional.of("devices/pci0000:00/0000:00:14.0/usb1/1-1"), t.physicalDevice("video4linux", "video0"));
        assertEquals(t.physicalDevice("video4linux", "video0"), t.physicalDevice("sound", "card1"));
        assertEquals(Optional.of("devices/platform/vivid.0"), t.physicalDevice("video4linux", "video2"));
        assertNotEquals(SysfsTopology.groupIdOf("devices/platform/vivid.0"),
                SysfsTopology.groupIdOf("devices/pci0000:00/0000:00:14.0/usb1/1-1"));
        assertTrue(SysfsTopology.groupIdOf("x").matches("[0-9a-f]{32}"));
    }

    @Test
    void nodeIndexAndMissingEntries() throws Exception {
        webcam();
        var t = new SysfsTopology(sys);
        assertEquals(1, t.videoNodeIndex("video1"));
        assertEquals(0, t.videoNodeIndex("video2"), "no index file");
        assertEquals(Optional.empty(), t.physicalDevice("video4linux", "video9"));
    }

    @Test
    void deviceIdDependsOnBusAndCardAndIndexOnly() {
        var a = new V4l2Node.Capability("uvcvideo", "HD Webcam", "usb-0000:00:14.0-1", 0, 0);
        var sameOnAnotherNode = new V4l2Node.Capability("uvcvideo", "HD Webcam", "usb-0000:00:14.0-1", 1, 1);
        var otherPort = new V4l2Node.Capability("uvcvideo", "HD Webcam", "usb-0000:00:14.0-2", 0, 0);
        assertEquals(V4l2Backend.deviceIdOf(a, 0), V4l2Backend.deviceIdOf(sameOnAnotherNode, 0));
        assertNotEquals(V4l2Backend.deviceIdOf(a, 0), V4l2Backend.deviceIdOf(a, 1));
        assertNotEquals(V4l2Backend.deviceIdOf(a, 0), V4l2Backend.deviceIdOf(otherPort, 0));
    }
}
