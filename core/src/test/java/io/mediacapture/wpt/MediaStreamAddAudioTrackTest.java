package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-add-audio-track.https.html}. */
@DisplayName("MediaStream-add-audio-track.https.html")
class MediaStreamAddAudioTrackTest extends WptTestBase {

    @Test
    @DisplayName("Tests that adding a track to a MediaStream works as expected")
    void addTrackAddsOnceAndFiresNothing() throws InterruptedException {
        MediaStream audio = getUserMedia(js("audio", true));
        MediaStream video = getUserMedia(js("video", true));

        assertEquals(0, video.getAudioTracks().size(), "video mediastream starts with no audio track");
        video.addTrack(audio.getAudioTracks().get(0));
        assertEquals(1, video.getAudioTracks().size(), "video mediastream has now one audio track");
        video.addTrack(audio.getAudioTracks().get(0));
        assertEquals(1, video.getAudioTracks().size(), "video mediastream still has one audio track");

        AtomicInteger addtrack = new AtomicInteger();
        audio.setOnaddtrack(e -> addtrack.incrementAndGet());
        assertEquals(0, audio.getVideoTracks().size(), "audio mediastream starts with no video track");
        audio.addTrack(video.getVideoTracks().get(0));
        assertEquals(1, audio.getVideoTracks().size(), "audio mediastream now has one video track");

        // Allow time to verify no events fire (the event thread would deliver them).
        Thread.sleep(50);
        assertEquals(0, addtrack.get(), "onaddtrack is not fired when the script directly modified the tracks");
    }
}
