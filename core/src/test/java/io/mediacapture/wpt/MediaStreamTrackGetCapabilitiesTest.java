package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.InputDeviceInfo;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaTrackCapabilities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WPT {@code mediacapture-streams/MediaStreamTrack-getCapabilities.https.html}. Each WPT "Setup ... test
 * for X" registers the subtests "... X property present." and "... X properly supported." (and, for
 * resizeMode, "... Value: none" / "... Value: crop-and-scale"); here each Setup is one parameterized
 * invocation whose assertions are those subtests, checked on the capabilities as a JavaScript object
 * ({@code toMap()}), including the current upstream file's {@code voiceIsolation} setups.
 */
@DisplayName("MediaStreamTrack-getCapabilities.https.html")
class MediaStreamTrackGetCapabilitiesTest extends WptTestBase {
    private static final List<String> FACING_MODES = List.of("user", "environment", "left", "right");
    private static final List<String> RESIZE_MODES = List.of("none", "crop-and-scale");

    private Map<String, Object> audioTrackCapabilities() {
        return getUserMedia(js("audio", true)).getAudioTracks().get(0).getCapabilities().toMap();
    }

    private Map<String, Object> videoTrackCapabilities() {
        return getUserMedia(js("video", true)).getVideoTracks().get(0).getCapabilities().toMap();
    }

    /** The capabilities of the first device of the kind ("Test only one device"). */
    private Map<String, Object> deviceCapabilities(MediaDeviceKind kind) {
        for (MediaDeviceInfo d : enumerateDevices()) {
            if (d.kind() == kind) {
                MediaTrackCapabilities c = assertInstanceOf(InputDeviceInfo.class, d).getCapabilities();
                return c.toMap();
            }
        }
        throw new AssertionError("no " + kind + " device");
    }

    /** testCapabilities() of the WPT file: presence, then the check that fits the property's type. */
    private static void testCapabilities(Map<String, Object> capabilities, String property) {
        assertTrue(capabilities.containsKey(property), property + " property present. " + capabilities);
        Object capability = capabilities.get(property);
        switch (property) {
            case "deviceId", "groupId" -> assertInstanceOf(String.class, capability, property);
            case "autoGainControl", "noiseSuppression", "voiceIsolation" -> verifyBooleanCapability(capability);
            case "echoCancellation" -> {
                // The current upstream file: booleans or the strings "all"/"remote-only".
                List<?> list = assertInstanceOf(List.class, capability);
                for (Object c : list) {
                    assertTrue(List.of(true, false, "all", "remote-only").contains(c), String.valueOf(c));
                }
            }
            case "facingMode" -> verifyEnumAnyCapability(capability, FACING_MODES);
            case "resizeMode" -> {
                verifyEnumAnyCapability(capability, RESIZE_MODES);
                for (String member : RESIZE_MODES) {
                    assertTrue(((List<?>) capability).contains(member), "Value: " + member);
                }
            }
            default -> verifyNumberCapability(capability);
        }
    }

    private static void verifyBooleanCapability(Object capability) {
        List<?> list = assertInstanceOf(List.class, capability);
        assertTrue(list.size() <= 2);
        list.forEach(c -> assertInstanceOf(Boolean.class, c));
    }

    private static void verifyNumberCapability(Object capability) {
        Map<?, ?> range = assertInstanceOf(Map.class, capability);
        assertEquals(2, range.size(), "exactly min and max: " + range);
        Number min = assertInstanceOf(Number.class, range.get("min"));
        Number max = assertInstanceOf(Number.class, range.get("max"));
        assertTrue(min.doubleValue() <= max.doubleValue(), range.toString());
    }

    private static void verifyEnumAnyCapability(Object capability, List<String> members) {
        List<?> list = assertInstanceOf(List.class, capability);
        for (Object c : list) {
            assertInstanceOf(String.class, c);
            assertTrue(members.contains(c), c + " in " + members);
        }
    }

    @DisplayName("Setup audio MediaStreamTrack getCapabilities() test for {property}")
    @ParameterizedTest(name = "Setup audio MediaStreamTrack getCapabilities() test for {0}")
    @ValueSource(strings = {"sampleRate", "sampleSize", "echoCancellation", "autoGainControl", "noiseSuppression",
        "latency", "channelCount", "deviceId", "groupId", "voiceIsolation"})
    void audioTrack(String property) {
        testCapabilities(audioTrackCapabilities(), property);
    }

    @DisplayName("Setup video MediaStreamTrack getCapabilities() test for {property}")
    @ParameterizedTest(name = "Setup video MediaStreamTrack getCapabilities() test for {0}")
    @ValueSource(strings = {"width", "height", "aspectRatio", "frameRate", "facingMode", "resizeMode", "deviceId",
        "groupId"})
    void videoTrack(String property) {
        testCapabilities(videoTrackCapabilities(), property);
    }

    @DisplayName("Setup audio InputDeviceInfo getCapabilities() test for {property}")
    @ParameterizedTest(name = "Setup audio InputDeviceInfo getCapabilities() test for {0}")
    @ValueSource(strings = {"sampleRate", "sampleSize", "echoCancellation", "autoGainControl", "noiseSuppression",
        "latency", "channelCount", "deviceId", "groupId", "voiceIsolation"})
    void audioDevice(String property) {
        testCapabilities(deviceCapabilities(MediaDeviceKind.AUDIOINPUT), property);
    }

    @DisplayName("Setup video InputDeviceInfo getCapabilities() test for {property}")
    @ParameterizedTest(name = "Setup video InputDeviceInfo getCapabilities() test for {0}")
    @ValueSource(strings = {"width", "height", "aspectRatio", "frameRate", "facingMode", "resizeMode", "deviceId",
        "groupId"})
    void videoDevice(String property) {
        testCapabilities(deviceCapabilities(MediaDeviceKind.VIDEOINPUT), property);
    }
}
