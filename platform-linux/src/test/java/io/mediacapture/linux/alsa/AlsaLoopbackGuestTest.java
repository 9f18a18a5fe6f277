package io.mediacapture.linux.alsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediacapture.linux.guest.QemuGuest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Boots the QEMU guest once (scripts/qemu/run-in-guest.sh) and runs {@link AlsaGuestChecks} there on JUnit's
 * console launcher: capture through a real kernel ALSA driver (snd-aloop) fed by aplay in a second process, a
 * really busy device, hot-plug and device loss (snd-dummy). Fails with the guest tests that failed and their
 * messages, read from the launcher's XML report. Under CI=true a guest that cannot boot fails this test;
 * elsewhere it is skipped with the reason printed.
 */
class AlsaLoopbackGuestTest {

    @Test
    void loopbackChecksPassInTheGuest() throws Exception {
        QemuGuest.requireAvailable();
        QemuGuest.Result r = QemuGuest.junit(AlsaGuestChecks.class)
                .aloop(AlsaGuestChecks.ALOOP_OPTIONS)
                .timeout(Duration.ofMinutes(3))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        r.junit().assertAllPassed();
        assertEquals(0, r.status(), "the console launcher's exit status in the guest");
        System.out.println("ALSA guest run took " + r.elapsed().toSeconds() + " s");
    }
}
