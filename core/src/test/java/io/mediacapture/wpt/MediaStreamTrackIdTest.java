package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mediacapture.MediaStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStreamTrack-id.https.html}. */
@DisplayName("MediaStreamTrack-id.https.html")
class MediaStreamTrackIdTest extends WptTestBase {

    @Test
    @DisplayName("Tests that distinct mediastream tracks have distinct ids")
    void distinctTracksHaveDistinctIds() {
        MediaStream stream = getUserMedia(js("video", true, "audio", true));
        assertNotEquals(stream.getVideoTracks().get(0).id(), stream.getAudioTracks().get(0).id(),
                "audio and video tracks have distinct ids");
    }
}
