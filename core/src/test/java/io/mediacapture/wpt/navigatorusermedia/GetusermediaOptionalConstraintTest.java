package io.mediacapture.wpt.navigatorusermedia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.wpt.WptTestBase;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code .../navigatorusermedia/getusermedia-optional-constraint.html}: the pre-2015 {@code optional}
 * list is no member of MediaTrackConstraints any more, so it is an unknown key and ignored; the stream is
 * obtained either way.
 */
@DisplayName("navigatorusermedia/getusermedia-optional-constraint.html")
class GetusermediaOptionalConstraintTest extends WptTestBase {

    @Test
    @DisplayName("Tests that setting an optional constraint in getUserMedia is handled as optional")
    void legacyOptionalListDoesNotPreventTheStream() {
        assertEquals(1, getUserMedia(js("video", js("optional",
                List.of(js("width", js("min", 1024)), js("width", js("max", 800))))))
                .getVideoTracks().size(), "the media stream has exactly one video track");
    }
}
