package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-video-only.https.html}. */
@DisplayName("MediaStream-video-only.https.html")
class MediaStreamVideoOnlyTest extends WptTestBase {

    @Test
    @DisplayName("Tests that a MediaStream with at least one video track is returned")
    void exactlyOneVideoTrack() {
        MediaStream stream = getUserMedia(js("video", true));
        assertEquals(0, stream.getAudioTracks().size(), "the media stream has zero audio track");
        assertEquals(1, stream.getVideoTracks().size(), "the media stream has exactly one video track");
        assertEquals("video", stream.getVideoTracks().get(0).kind(),
                "getVideoTracks() returns a sequence of tracks whose kind is 'video'");
    }
}
