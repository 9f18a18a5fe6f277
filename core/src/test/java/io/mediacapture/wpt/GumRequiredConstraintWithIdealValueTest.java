package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-required-constraint-with-ideal-value.https.html}. */
@DisplayName("GUM-required-constraint-with-ideal-value.https.html")
class GumRequiredConstraintWithIdealValueTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting a required constraint with an ideal value in getUserMedia works")
    void idealWidthWithinRequiredRangeIsSelectedAndDelivered() {
        MediaStream stream = getUserMedia(js("video", js("width", js("ideal", 320, "min", 160))));
        assertEquals(1, stream.getVideoTracks().size(), "the media stream has exactly one video track");
        MediaStreamTrack track = stream.getVideoTracks().get(0);
        assertEquals(320L, track.getSettings().width().orElseThrow(),
                "ideal width is selected for getUserMedia() video tracks");
        // WPT plays the stream in a <video> and checks videoWidth; here the frames themselves are measured.
        assertEquals(320L, frameSize(track)[0], "video width equals to track width");
    }
}
