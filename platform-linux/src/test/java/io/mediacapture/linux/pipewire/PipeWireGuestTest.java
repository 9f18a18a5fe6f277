package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.linux.guest.QemuGuest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link PipeWireGuestChecks} in the QEMU guest with PipeWire, WirePlumber and udev started by
 * {@code scripts/qemu/guest-pipewire.sh}: camera nodes made by PipeWire's V4L2 monitor over vivid. Under
 * CI=true a guest that cannot boot fails this test; elsewhere it is skipped with the reason printed.
 */
class PipeWireGuestTest {

    @Test
    void v4l2MonitorCameraNodesInTheGuest() throws Exception {
        QemuGuest.requireAvailable();
        QemuGuest.Result r = QemuGuest.java(PipeWireGuestChecks.class)
                .wrapper(QemuGuest.script().orElseThrow().resolveSibling("guest-pipewire.sh").toString())
                .timeout(Duration.ofMinutes(4))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(PipeWireGuestChecks.SUMMARY + ":"), "the checks ran to the end (status "
                + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(" 0 failed"), "failed checks: see PW-GUEST-CHECK FAIL lines above");
        assertEquals(0, r.status(), "guest exit status");
        System.out.println("PipeWire guest run took " + r.elapsed().toSeconds() + " s");
    }
}
