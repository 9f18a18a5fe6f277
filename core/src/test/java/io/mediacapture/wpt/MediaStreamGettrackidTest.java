package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-gettrackid.https.html}. */
@DisplayName("MediaStream-gettrackid.https.html")
class MediaStreamGettrackidTest extends WptTestBase {

    @Test
    @DisplayName("Tests that MediaStream.getTrackById works as expected")
    void getTrackById() {
        MediaStream stream = getUserMedia(js("video", true));
        MediaStreamTrack track = stream.getVideoTracks().get(0);
        assertSame(track, stream.getTrackById(track.id()), "getTrackById returns track of given id");
        assertNull(stream.getTrackById(track.id() + "foo"), "getTrackById of inexistant id returns null");
    }
}
