package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.linux.guest.GStreamerRegistry;
import io.mediacapture.linux.guest.QemuGuest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link V4l2MjpegGuestChecks} in the QEMU guest: v4l2loopback fed with MJPEG by GStreamer. Under
 * CI=true a guest that cannot boot (or has no v4l2loopback, no GStreamer) fails this test; elsewhere it is
 * skipped with the reason printed.
 */
class V4l2MjpegGuestTest {

    @Test
    void mjpegFromGStreamerOverV4l2loopback() throws Exception {
        QemuGuest.requireV4l2loopback();
        GStreamerRegistry.requireElements("videotestsrc", "jpegenc", "v4l2sink");
        QemuGuest.Result r = QemuGuest.java(V4l2MjpegGuestChecks.class)
                .v4l2loopback(V4l2MjpegGuestChecks.LOOPBACK_OPTIONS)
                .env("GST_REGISTRY", GStreamerRegistry.path().toString())
                .env("GST_REGISTRY_UPDATE", "no")
                .timeout(Duration.ofMinutes(4))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(V4l2MjpegGuestChecks.SUMMARY + ":"), "the checks ran to the end (status "
                + r.status() + "); see the [guest] lines above");
        assertTrue(r.output().contains(" 0 failed"), "failed checks: see V4L2-MJPEG-CHECK FAIL lines above");
        assertEquals(0, r.status(), "guest exit status");
        System.out.println("V4L2 MJPEG guest run took " + r.elapsed().toSeconds() + " s");
    }
}
