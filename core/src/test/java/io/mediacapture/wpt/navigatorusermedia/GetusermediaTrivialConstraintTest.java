package io.mediacapture.wpt.navigatorusermedia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.wpt.WptTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code .../navigatorusermedia/getusermedia-trivial-constraint.html}: the pre-2015 {@code mandatory}
 * member is an unknown key now and ignored, so the request is plain {@code {video: true}}.
 */
@DisplayName("navigatorusermedia/getusermedia-trivial-constraint.html")
class GetusermediaTrivialConstraintTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting a trivial mandatory constraint in getUserMedia works")
    void legacyMandatoryWidthAtLeastZeroWorks() {
        assertEquals(1, getUserMedia(js("video", js("mandatory", js("width", js("min", 0)))))
                .getVideoTracks().size(), "the media stream has exactly one video track");
    }
}
