package io.mediacapture.wpt.navigatorusermedia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.wpt.WptTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/obtaining-local-multimedia-content/navigatorusermedia/allow.html}. The
 * legacy callback form {@code navigator.getUserMedia(c, onSuccess, onError)} has no Java counterpart; the
 * promise form is used, with the default permission handler (allow).
 */
@DisplayName("navigatorusermedia/allow.html")
class AllowTest extends WptTestBase {

    @Test
    @DisplayName("Test the success callback is triggered when user allows access to video stream")
    void allowedAccessSucceeds() {
        assertEquals(1, getUserMedia(js("video", true)).getVideoTracks().size());
    }
}
