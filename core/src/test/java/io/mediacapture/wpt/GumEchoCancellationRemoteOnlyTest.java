package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStreamTrack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/GUM-echoCancellation-remote-only.https.html}: the fake microphone offers the
 * mode, so requiring it opens the microphone with that setting.
 */
@DisplayName("GUM-echoCancellation-remote-only.https.html")
class GumEchoCancellationRemoteOnlyTest extends WptTestBase {

    @Test
    @DisplayName("getUserMedia suports \"remote-only\"")
    void exactRemoteOnly() {
        MediaStreamTrack track = getUserMedia(js("video", false, "audio",
                js("echoCancellation", js("exact", "remote-only")))).getAudioTracks().get(0);
        assertEquals("remote-only", track.getSettings().echoCancellation().orElseThrow());
    }
}
