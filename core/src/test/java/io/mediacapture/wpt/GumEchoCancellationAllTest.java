package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStreamTrack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/GUM-echoCancellation-all.https.html}: the fake microphone offers the mode, so
 * requiring it opens the microphone with that setting.
 */
@DisplayName("GUM-echoCancellation-all.https.html")
class GumEchoCancellationAllTest extends WptTestBase {

    @Test
    @DisplayName("getUserMedia suports \"all\"")
    void exactAll() {
        MediaStreamTrack track = getUserMedia(js("video", false, "audio", js("echoCancellation", js("exact", "all"))))
                .getAudioTracks().get(0);
        assertEquals("all", track.getSettings().echoCancellation().orElseThrow());
    }
}
