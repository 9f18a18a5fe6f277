package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackState;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/MediaStreamTrack-end-manual.https.html}: a manual test in which the user
 * revokes permission while capturing. An application process has no permission to revoke; the sources end
 * for good when it closes its {@code MediaDevices} (CONFORMANCE.md, "MediaDevices.close()") or when the
 * devices are unplugged. Both are run here, automatically.
 */
@DisplayName("MediaStreamTrack-end-manual.https.html")
class MediaStreamTrackEndManualTest extends WptTestBase {

    private void assertEndsWithEvent(Runnable revoke) throws InterruptedException {
        MediaStream stream = getUserMedia(js("audio", true, "video", true));
        MediaStreamTrack vidTrack = stream.getVideoTracks().get(0);
        assertEquals(MediaStreamTrackState.LIVE, vidTrack.readyState(), "The video track object is in live state");
        MediaStreamTrack audTrack = stream.getAudioTracks().get(0);
        assertEquals(MediaStreamTrackState.LIVE, audTrack.readyState(), "The audio track object is in live state");
        CountDownLatch ended = new CountDownLatch(2);
        vidTrack.setOnended(e -> ended.countDown());
        audTrack.addEventListener("ended", e -> ended.countDown());
        revoke.run();
        assertTrue(ended.await(10, TimeUnit.SECONDS), "both tracks fire ended");
        assertEquals(MediaStreamTrackState.ENDED, vidTrack.readyState(), "Video track has been ended as expected");
        assertEquals(MediaStreamTrackState.ENDED, audTrack.readyState(), "Audio track has been ended as expected");
        assertFalse(stream.active(), "MediaStream has been inactive as expected");
    }

    @Test
    @DisplayName("Tests that the video MediaStreamTrack objects are properly ended on permission revocation"
            + " (revocation = MediaDevices.close())")
    void endedWhenMediaDevicesCloses() throws InterruptedException {
        assertEndsWithEvent(() -> devices.close());
    }

    @Test
    @DisplayName("Tests that the video MediaStreamTrack objects are properly ended on permission revocation"
            + " (revocation = devices unplugged)")
    void endedWhenDevicesAreUnplugged() throws InterruptedException {
        assertEndsWithEvent(() -> {
            fakes.unplug(fakes.idOf("Fake Camera"));
            fakes.unplug(fakes.idOf("Fake Microphone"));
        });
    }
}
