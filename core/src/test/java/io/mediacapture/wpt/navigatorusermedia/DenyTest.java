package io.mediacapture.wpt.navigatorusermedia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.DOMException;
import io.mediacapture.PermissionHandler;
import io.mediacapture.wpt.WptTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code .../navigatorusermedia/deny.html}. The legacy test expects the pre-2015 name
 * "securityError"; the spec (and GUM-deny.https.html) now names it NotAllowedError, which is asserted.
 */
@DisplayName("navigatorusermedia/deny.html")
class DenyTest extends WptTestBase {

    @Test
    @DisplayName("Tests that the error callback is triggered when permission is denied")
    void deniedAccessFails() {
        devices.setPermissionHandler(PermissionHandler.DENY);
        assertEquals("NotAllowedError", getUserMediaRejects(DOMException.class, js("video", true)).name());
        devices.setPermissionHandler(PermissionHandler.ALLOW);
        assertEquals(1, getUserMedia(js("video", true)).getVideoTracks().size(), "allowed again");
    }
}
