package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediacapture.linux.guest.GStreamerRegistry;
import io.mediacapture.linux.guest.QemuGuest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Boots the QEMU guest once and runs {@link V4l2MjpegGuestChecks} there on JUnit's console launcher
 * (v4l2loopback fed with MJPEG by GStreamer), then fails with the guest tests that failed and their messages,
 * read from the launcher's XML report. Under
 * CI=true a guest that cannot boot (or has no v4l2loopback, no GStreamer) fails this test; elsewhere it is
 * skipped with the reason printed.
 */
class V4l2MjpegGuestTest {

    @Test
    void mjpegFromGStreamerOverV4l2loopback() throws Exception {
        QemuGuest.requireV4l2loopback();
        GStreamerRegistry.requireElements("videotestsrc", "jpegenc", "v4l2sink");
        QemuGuest.Result r = QemuGuest.junit(V4l2MjpegGuestChecks.class)
                .v4l2loopback(V4l2MjpegGuestChecks.LOOPBACK_OPTIONS)
                .env("GST_REGISTRY", GStreamerRegistry.path().toString())
                .env("GST_REGISTRY_UPDATE", "no")
                .timeout(Duration.ofMinutes(4))
                .run();
        assertFalse(r.rigFailed(), "the guest rig failed or timed out (status " + r.status() + "); see the [guest] lines above");
        r.junit().assertAllPassed();
        assertEquals(0, r.status(), "the console launcher's exit status in the guest");
        System.out.println("V4L2 MJPEG guest run took " + r.elapsed().toSeconds() + " s");
    }
}
