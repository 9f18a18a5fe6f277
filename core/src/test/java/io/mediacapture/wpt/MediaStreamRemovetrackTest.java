package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/MediaStream-removetrack.https.html}. Its two other subtests check that
 * {@code <audio>}/{@code <video>} elements end when their stream loses its tracks: no media elements here.
 */
@DisplayName("MediaStream-removetrack.https.html")
class MediaStreamRemovetrackTest extends WptTestBase {

    @Test
    @DisplayName("Tests that a removal from a MediaStream works as expected")
    void removeTrackRemovesAndFiresNothing() throws InterruptedException {
        MediaStream stream = getUserMedia(js("video", true, "audio", true));
        MediaStream stream2 = getUserMedia(js("audio", true));
        AtomicInteger removetrack = new AtomicInteger();
        stream.setOnremovetrack(e -> removetrack.incrementAndGet());
        stream2.setOnremovetrack(e -> removetrack.incrementAndGet());

        assertEquals(2, stream.getTracks().size(), "mediastream starts with 2 tracks");
        stream.removeTrack(stream.getVideoTracks().get(0));
        assertEquals(1, stream.getTracks().size(), "mediastream has 1 track left");
        stream.removeTrack(stream.getAudioTracks().get(0));
        assertEquals(0, stream.getTracks().size(), "mediastream has no tracks left");
        stream.removeTrack(stream2.getTracks().get(0)); // should not throw

        Thread.sleep(50); // allow time to verify no events fire
        assertEquals(0, removetrack.get(), "onremovetrack is not triggered by script itself");
    }
}
