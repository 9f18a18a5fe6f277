package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.InputDeviceInfo;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/MediaDevices-enumerateDevices.https.html}. Before capture, browsers
 * blank deviceId, label and groupId; here they are always given (CONFORMANCE.md, "Labels are always
 * visible"), so the "before capture" case asserts the documented behaviour instead of empty strings.
 */
@DisplayName("MediaDevices-enumerateDevices.https.html")
class MediaDevicesEnumerateDevicesTest extends WptTestBase {
    private static final Set<String> KINDS = Set.of("videoinput", "audioinput", "audiooutput");

    @Test
    @DisplayName("mediaDevices.enumerateDevices() is present and working - before capture")
    void beforeCapture() {
        List<MediaDeviceInfo> list = enumerateDevices();
        assertFalse(list.isEmpty());
        for (MediaDeviceInfo info : list) {
            assertNotNull(info.kind(), "mediaInfo's kind should exist.");
            assertTrue(KINDS.contains(info.kind().toString()), info.kind().toString());
            // Deviation: identifiers and labels are visible before any capture.
            assertFalse(info.deviceId().isEmpty(), "deviceId");
            assertFalse(info.label().isEmpty(), "label");
            assertFalse(info.groupId().isEmpty(), "groupId");
        }
    }

    @Test
    @DisplayName("mediaDevices.enumerateDevices() is present and working - after capture")
    void afterCapture() {
        getUserMedia(js("audio", true));
        for (MediaDeviceInfo info : enumerateDevices()) {
            assertNotNull(info.kind(), "mediaInfo's kind should exist.");
            assertFalse(info.deviceId().isEmpty(), "mediaInfo's deviceId should exist and not be empty.");
            assertTrue(KINDS.contains(info.kind().toString()), info.kind().toString());
        }
    }

    @Test
    @DisplayName("InputDeviceInfo is supported")
    void inputDevicesAreInputDeviceInfo() {
        for (MediaDeviceInfo info : enumerateDevices()) {
            assertTrue(info.kind() == MediaDeviceKind.AUDIOINPUT || info.kind() == MediaDeviceKind.VIDEOINPUT,
                    "only input devices are listed, got " + info.kind());
            assertInstanceOf(InputDeviceInfo.class, info);
        }
    }

    @Test
    @DisplayName("mediaDevices.enumerateDevices() is working - after video then audio capture")
    void afterVideoThenAudioCapture() {
        getUserMedia(js("video", true));
        getUserMedia(js("audio", true));
        List<MediaDeviceInfo> list = enumerateDevices();
        assertEquals(List.of("audioinput", "videoinput", "videoinput"),
                list.stream().map(d -> d.kind().toString()).toList());
        for (MediaDeviceInfo info : list) {
            assertFalse(info.deviceId().isEmpty());
            assertFalse(info.groupId().isEmpty());
        }
    }
}
