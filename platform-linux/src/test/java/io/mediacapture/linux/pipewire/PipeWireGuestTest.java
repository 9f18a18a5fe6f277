package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediacapture.linux.guest.GStreamerRegistry;
import io.mediacapture.linux.guest.QemuGuest;
import io.mediacapture.testing.Peers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boots the QEMU guest once and runs {@link PipeWireGuestChecks} there on JUnit's console launcher, with
 * PipeWire, WirePlumber and udev started by {@code scripts/qemu/guest-pipewire.sh}: camera nodes made by
 * PipeWire's V4L2 monitor over vivid, and over v4l2loopback fed with MJPEG. Fails with the guest tests that failed and their messages, read from the
 * launcher's XML report. Under CI=true a guest that cannot boot fails this test; elsewhere it is skipped with
 * the reason printed.
 */
class PipeWireGuestTest {
    /** v4l2loopback's card label and device: an MJPEG camera plugged in during the run (PipeWireGuestChecks). */
    static final String LOOPBACK_LABEL = "Loopback MJPEG Camera";
    static final String LOOPBACK_DEVICE = "/dev/video10";
    /**
     * run-in-guest.sh --v4l2loopback options: exclusive_caps=1 keeps the device an output device (no camera node)
     * until the writer feeds it.
     */
    static final String LOOPBACK_OPTIONS = "video_nr=10 card_label=\"" + LOOPBACK_LABEL + "\" exclusive_caps=1";

    @Test
    void v4l2MonitorCameraNodesInTheGuest() throws Exception {
        QemuGuest.requireAvailable();
        GStreamerRegistry.requireElements("videotestsrc", "jpegenc", "pipewiresink", "filesink");
        QemuGuest.requireV4l2loopback();
        // What scripts/qemu/guest-pipewire.sh starts in the guest (the guest runs the host's binaries).
        for (String program : List.of("/lib/systemd/systemd-udevd", "/usr/bin/dbus-daemon", "/usr/bin/pipewire",
                "/usr/bin/wireplumber", "/usr/bin/pw-cli", "/usr/bin/python3")) {
            Peers.require(Files.isExecutable(Path.of(program)), program + " for the guest's PipeWire stack "
                    + "(packages udev, dbus-daemon, pipewire, wireplumber, pipewire-bin, python3; scripts/test-packages.txt)");
        }
        QemuGuest.Result r = QemuGuest.junit(PipeWireGuestChecks.class)
                .wrapper(QemuGuest.script().orElseThrow().resolveSibling("guest-pipewire.sh").toString())
                .env("GST_REGISTRY", GStreamerRegistry.path().toString())
                .env("GST_REGISTRY_UPDATE", "no")
                .v4l2loopback(LOOPBACK_OPTIONS)
                .timeout(Duration.ofMinutes(5))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        r.junit().assertAllPassed();
        assertEquals(0, r.status(), "the console launcher's exit status in the guest");
        System.out.println("PipeWire guest run took " + r.elapsed().toSeconds() + " s");
    }
}
