package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackState;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStreamTrack-init.https.html} (its one subtest has no title). */
@DisplayName("MediaStreamTrack-init.https.html")
class MediaStreamTrackInitTest extends WptTestBase {

    @Test
    @DisplayName("MediaStreamTrack-init.https.html (untitled subtest: a properly initialized video track)")
    void videoTrackIsInitialized() {
        List<MediaStreamTrack> videoTracks = getUserMedia(js("video", true)).getVideoTracks();
        assertEquals(1, videoTracks.size(), "There is exactly one video track in the media stream");
        MediaStreamTrack track = videoTracks.get(0);
        assertEquals(MediaStreamTrackState.LIVE, track.readyState(), "The track object is in live state");
        assertEquals("live", track.readyState().toString());
        assertEquals("video", track.kind(), "The track object is of video kind");
        assertTrue(track.enabled(), "The track object is enabled");
    }
}
