package io.mediacapture.wpt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-impossible-constraint.https.html}. */
@DisplayName("GUM-impossible-constraint.https.html")
class GumImpossibleConstraintTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting an impossible constraint in getUserMedia fails")
    void widthOfAHundredMillionIsOverconstrained() {
        assertOverconstrained(devices.getUserMedia(js("video", js("width", js("min", 100_000_000)))), "width");
    }
}
