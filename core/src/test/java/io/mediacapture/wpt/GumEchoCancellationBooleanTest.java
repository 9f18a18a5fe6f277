package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStreamTrack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-echoCancellation-boolean.https.html}. */
@DisplayName("GUM-echoCancellation-boolean.https.html")
class GumEchoCancellationBooleanTest extends WptTestBase {

    private Object echoCancellationSetting(boolean exact) {
        MediaStreamTrack track = getUserMedia(js("video", false, "audio", js("echoCancellation", js("exact", exact))))
                .getAudioTracks().get(0);
        return track.getSettings().echoCancellation().orElseThrow();
    }

    @Test
    @DisplayName("getUserMedia suports true")
    void exactTrue() {
        assertEquals(Boolean.TRUE, echoCancellationSetting(true));
    }

    @Test
    @DisplayName("getUserMedia suports false")
    void exactFalse() {
        assertEquals(Boolean.FALSE, echoCancellationSetting(false));
    }
}
