package io.mediacapture.wpt.navigatorusermedia;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.wpt.WptTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code .../navigatorusermedia/getusermedia-impossible-constraint.html}: {@code width: {min: Infinity}}.
 * Java callers get an IllegalArgumentException for a non-finite number (CONFORMANCE.md, "Stricter WebIDL
 * conversion"); the largest unsigned long, what WebIDL's [Clamp] makes of Infinity, is overconstrained
 * and names width, as the test expects (it uses the legacy names ConstraintNotSatisfiedError and
 * constraintName for OverconstrainedError and constraint).
 */
@DisplayName("navigatorusermedia/getusermedia-impossible-constraint.html")
class GetusermediaImpossibleConstraintTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting an impossible constraint in getUserMedia fails")
    void infiniteWidthIsRejected() {
        IllegalArgumentException e = getUserMediaRejects(IllegalArgumentException.class,
                js("video", js("width", js("min", Double.POSITIVE_INFINITY))));
        assertTrue(e.getMessage().contains("video.width.min"), e.getMessage());
        assertOverconstrained(devices.getUserMedia(js("video", js("width", js("min", 4_294_967_295L)))), "width");
    }
}
