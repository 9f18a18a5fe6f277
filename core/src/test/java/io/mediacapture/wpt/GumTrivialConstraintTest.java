package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-trivial-constraint.https.html}. */
@DisplayName("GUM-trivial-constraint.https.html")
class GumTrivialConstraintTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting a trivial mandatory constraint in getUserMedia works")
    void widthAtLeastZeroAlwaysWorks() {
        assertEquals(1, getUserMedia(js("video", js("width", js("min", 0)))).getVideoTracks().size(),
                "the media stream has exactly one video track");
    }
}
