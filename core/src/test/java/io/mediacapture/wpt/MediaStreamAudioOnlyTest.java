package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-audio-only.https.html}. */
@DisplayName("MediaStream-audio-only.https.html")
class MediaStreamAudioOnlyTest extends WptTestBase {

    @Test
    @DisplayName("Tests that a MediaStream with exactly one audio track is returned")
    void exactlyOneAudioTrack() {
        MediaStream stream = getUserMedia(js("audio", true));
        assertEquals(1, stream.getAudioTracks().size(), "the media stream has exactly one audio track");
        assertEquals("audio", stream.getAudioTracks().get(0).kind(),
                "getAudioTracks() returns a sequence of tracks whose kind is 'audio'");
        assertEquals(0, stream.getVideoTracks().size(), "the media stream has zero video track");
    }
}
