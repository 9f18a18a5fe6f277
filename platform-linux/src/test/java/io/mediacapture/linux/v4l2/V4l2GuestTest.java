package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediacapture.linux.guest.QemuGuest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Boots the QEMU guest once (vivid loaded) and runs {@link V4l2VideoContract} and {@link V4l2GuestChecks}
 * there on JUnit's console launcher, then fails with the guest tests that failed and their messages, read
 * from the launcher's XML report. Under CI=true a guest that cannot boot fails this test; elsewhere it is
 * skipped with the reason printed.
 */
class V4l2GuestTest {

    @Test
    void vividChecksPassInTheGuest() throws Exception {
        QemuGuest.requireAvailable();
        // The contract first: V4l2GuestChecks ends by unplugging the camera.
        QemuGuest.Result r = QemuGuest.junit(V4l2VideoContract.class, V4l2GuestChecks.class)
                .vivid(V4l2GuestChecks.VIVID_OPTIONS)
                .timeout(Duration.ofMinutes(4))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        r.junit().assertAllPassed();
        assertEquals(0, r.status(), "the console launcher's exit status in the guest");
        System.out.println("V4L2 guest run took " + r.elapsed().toSeconds() + " s");
    }
}
