package io.mediacapture.wpt;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-invalid-facing-mode.https.html}. */
@DisplayName("GUM-invalid-facing-mode.https.html")
class GumInvalidFacingModeTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting an invalid facingMode constraint in getUserMedia fails")
    void emptyExactFacingModeIsOverconstrained() {
        assertOverconstrained(devices.getUserMedia(js("video", js("facingMode", js("exact", "")))), "facingMode");
    }
}
