package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.OverconstrainedError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/GUM-echoCancellation-remote-only.https.html}. As for "all": the mode is
 * never offered (CONFORMANCE.md, "Microphone candidates"), so requiring it fails naming echoCancellation.
 */
@DisplayName("GUM-echoCancellation-remote-only.https.html")
class GumEchoCancellationRemoteOnlyTest extends WptTestBase {

    @Test
    @DisplayName("getUserMedia suports \"remote-only\" (documented deviation: the mode is never offered)")
    void exactRemoteOnlyIsOverconstrained() {
        OverconstrainedError e = getUserMediaRejects(OverconstrainedError.class,
                js("video", false, "audio", js("echoCancellation", js("exact", "remote-only"))));
        assertEquals("echoCancellation", e.constraint());
    }
}
