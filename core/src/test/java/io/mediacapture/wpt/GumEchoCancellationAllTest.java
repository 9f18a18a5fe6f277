package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mediacapture.MediaStreamTrack;
import io.mediacapture.OverconstrainedError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/GUM-echoCancellation-all.https.html}. The WPT case expects a device that
 * can cancel echo of "all" audio. No backend here offers that mode (CONFORMANCE.md, "Microphone
 * candidates"), so the Java version asserts the documented outcome: the required mode fails and names
 * echoCancellation, while an ideal "all" still opens the microphone.
 */
@DisplayName("GUM-echoCancellation-all.https.html")
class GumEchoCancellationAllTest extends WptTestBase {

    @Test
    @DisplayName("getUserMedia suports \"all\" (documented deviation: the mode is never offered)")
    void exactAllIsOverconstrainedAndIdealAllFallsBack() {
        OverconstrainedError e = getUserMediaRejects(OverconstrainedError.class,
                js("video", false, "audio", js("echoCancellation", js("exact", "all"))));
        assertEquals("echoCancellation", e.constraint());
        MediaStreamTrack track = getUserMedia(js("audio", js("echoCancellation", js("ideal", "all")))).getAudioTracks().get(0);
        assertInstanceOf(Boolean.class,
                track.getSettings().echoCancellation().orElseThrow());
    }
}
