package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.linux.guest.QemuGuest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link V4l2GuestChecks} in the QEMU guest, against the kernel's vivid driver. Under CI=true a guest
 * that cannot boot fails this test; elsewhere it is skipped with the reason printed.
 */
class V4l2GuestTest {

    @Test
    void vividChecksPassInTheGuest() throws Exception {
        QemuGuest.requireAvailable();
        QemuGuest.Result r = QemuGuest.java(V4l2GuestChecks.class)
                .vivid(V4l2GuestChecks.VIVID_OPTIONS)
                .timeout(Duration.ofMinutes(4))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(V4l2GuestChecks.SUMMARY + ":"), "the checks ran to the end (status "
                + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(" 0 failed"), "failed checks: see V4L2-CHECK FAIL lines above");
        assertEquals(0, r.status(), "guest exit status");
        System.out.println("V4L2 guest run took " + r.elapsed().toSeconds() + " s");
    }
}
