package io.mediacapture.linux.alsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.linux.guest.QemuGuest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link AlsaGuestChecks} in the QEMU guest (scripts/qemu/run-in-guest.sh): capture through a real
 * kernel ALSA driver (snd-aloop) fed by aplay in a second process, a really busy device, hot-plug and
 * device loss (snd-dummy). Under CI=true a guest that cannot boot fails this test; elsewhere it is skipped
 * with the reason printed.
 */
class AlsaLoopbackGuestTest {

    @Test
    void loopbackChecksPassInTheGuest() throws Exception {
        QemuGuest.requireAvailable();
        QemuGuest.Result r = QemuGuest.java(AlsaGuestChecks.class)
                .aloop(AlsaGuestChecks.ALOOP_OPTIONS)
                .timeout(Duration.ofMinutes(3))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(AlsaGuestChecks.SUMMARY + ":"), "the checks ran to the end (status "
                + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(" 0 failed"), "failed checks: see ALSA-CHECK FAIL lines above");
        assertEquals(0, r.status(), "guest exit status");
        System.out.println("ALSA guest run took " + r.elapsed().toSeconds() + " s");
    }
}
