package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mediacapture.DOMException;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.PermissionHandler;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/GUM-deny.https.html}. The user's "deny" in the browser prompt is the
 * application's {@link PermissionHandler} here (CONFORMANCE.md, "Labels are always visible": permission is an application decision).
 */
@DisplayName("GUM-deny.https.html")
class GumDenyTest extends WptTestBase {

    @Test
    @DisplayName("Tests that the error callback is triggered when permission is denied")
    void deniedPermissionRejectsWithNotAllowedError() {
        devices.setPermissionHandler(PermissionHandler.DENY);
        DOMException e = getUserMediaRejects(DOMException.class, Map.of("video", true));
        assertEquals("NotAllowedError", e.name());
        assertFalse(e instanceof OverconstrainedError, "no constraint is named for a denial");
    }
}
