package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaTrackSupportedConstraints;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WPT {@code mediacapture-streams/MediaDevices-getSupportedConstraints.html}: one subtest per property,
 * titled "{property} is supported". {@code volume} is the documented exception: it is not a constrainable
 * property of the current spec and is not supported here (CONFORMANCE.md, "Supported constraints").
 */
@DisplayName("MediaDevices-getSupportedConstraints.html")
class MediaDevicesGetSupportedConstraintsTest extends WptTestBase {

    @Test
    @DisplayName("navigator.mediaDevices.getSupportedConstraints exists")
    void exists() throws NoSuchMethodException {
        assertEquals(MediaTrackSupportedConstraints.class,
                MediaDevices.class.getMethod("getSupportedConstraints").getReturnType());
    }

    @DisplayName("{property} is supported")
    @ParameterizedTest(name = "{0} is supported")
    @ValueSource(strings = {"width", "height", "aspectRatio", "frameRate", "facingMode", "resizeMode",
        "sampleRate", "sampleSize", "echoCancellation", "autoGainControl", "noiseSuppression", "latency",
        "channelCount", "deviceId", "groupId", "voiceIsolation"})
    void isSupported(String property) {
        Map<String, Object> supported = devices.getSupportedConstraints().toMap();
        assertEquals(Boolean.TRUE, supported.get(property), property + " in " + supported);
    }

    @Test
    @DisplayName("volume is supported (documented deviation: not a constrainable property here)")
    void volumeIsNotSupported() {
        Map<String, Object> supported = devices.getSupportedConstraints().toMap();
        assertFalse(supported.containsKey("volume"), supported.toString());
        assertTrue(supported.containsKey("backgroundBlur"), "the current spec's backgroundBlur is listed instead");
    }
}
