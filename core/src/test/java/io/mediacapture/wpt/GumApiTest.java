package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.mediacapture.MediaDevices;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/GUM-api.https.html}. */
@DisplayName("GUM-api.https.html")
class GumApiTest extends WptTestBase {

    @Test
    @DisplayName("mediaDevices.getUserMedia() is present on navigator")
    void getUserMediaIsPresent() throws NoSuchMethodException {
        assertNotNull(devices);
        assertNotNull(MediaDevices.class.getMethod("getUserMedia", java.util.Map.class));
        assertNotNull(MediaDevices.class.getMethod("getUserMedia", io.mediacapture.MediaStreamConstraints.class));
    }
}
