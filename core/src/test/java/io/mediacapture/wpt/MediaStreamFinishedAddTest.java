package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-finished-add.https.html}. */
@DisplayName("MediaStream-finished-add.https.html")
class MediaStreamFinishedAddTest extends WptTestBase {

    @Test
    @DisplayName("Tests that adding a track to an inactive MediaStream is allowed")
    void addToInactiveStream() {
        MediaStream audio = getUserMedia(js("audio", true));
        MediaStream video = getUserMedia(js("video", true));
        MediaStreamTrack videoTrack = video.getVideoTracks().get(0);
        videoTrack.stop();
        assertFalse(video.active(), "video stream is inactive after stopping its only video track");
        assertTrue(audio.active(), "audio stream is active");
        video.addTrack(audio.getAudioTracks().get(0));
        video.removeTrack(videoTrack);
        assertEquals(List.of(audio.getAudioTracks().get(0)), video.getTracks());
        assertTrue(video.active(), "a live track makes the stream active again");
    }
}
