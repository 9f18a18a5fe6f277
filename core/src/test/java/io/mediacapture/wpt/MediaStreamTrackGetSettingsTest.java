package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/MediaStreamTrack-getSettings.https.html}. {@code volume} is not a
 * property here (CONFORMANCE.md), so its subtest asserts that no volume setting is reported. The last two
 * subtests are those of the current upstream file.
 */
@DisplayName("MediaStreamTrack-getSettings.https.html")
class MediaStreamTrackGetSettingsTest extends WptTestBase {

    private MediaTrackSettings audioSettings() {
        return getUserMedia(js("audio", true)).getAudioTracks().get(0).getSettings();
    }

    private MediaTrackSettings videoSettings() {
        return getUserMedia(js("video", true)).getVideoTracks().get(0).getSettings();
    }

    @Test
    @DisplayName("A device can be opened twice and have the same device ID")
    void openedTwiceSameDeviceId() {
        MediaTrackSettings settings1 = getUserMedia(js("video", true, "audio", false)).getVideoTracks().get(0).getSettings();
        MediaTrackSettings settings2 = getUserMedia(js("video", js("deviceId", settings1.deviceId().orElseThrow()),
                "audio", false)).getVideoTracks().get(0).getSettings();
        assertEquals(settings1.deviceId(), settings2.deviceId());
    }

    @Test
    @DisplayName("A device can be opened twice with different resolutions")
    void openedTwiceDifferentResolutions() {
        MediaStreamTrack first = getUserMedia(js("video", true, "audio", false)).getVideoTracks().get(0);
        MediaTrackSettings settings1 = first.getSettings();
        long half = settings1.width().orElseThrow() / 2;
        MediaStreamTrack second = getUserMedia(js("video", js("deviceId", settings1.deviceId().orElseThrow(),
                "width", js("exact", half)), "audio", false)).getVideoTracks().get(0);
        MediaTrackSettings settings2 = second.getSettings();
        assertEquals(settings1.deviceId(), settings2.deviceId());
        assertEquals(half, settings2.width().orElseThrow());
        // Both tracks run at once on the one device, each at its own size.
        assertEquals(settings1.width().orElseThrow(), frameSize(first)[0]);
        assertEquals(half, frameSize(second)[0]);
    }

    @Test
    @DisplayName("groupId is correctly reported by getSettings() for all devices")
    void groupIdForAllDevices() {
        for (MediaDeviceInfo device : enumerateDevices()) {
            Map<String, Object> byId = js("deviceId", js("exact", device.deviceId()));
            MediaStream stream = getUserMedia(device.kind().toString().equals("audioinput")
                    ? js("audio", byId) : js("video", byId));
            assertEquals(device.groupId(), stream.getTracks().get(0).getSettings().groupId().orElseThrow());
            assertTrue(device.groupId().length() > 0);
        }
    }

    @Test
    @DisplayName("deviceId and groupId are correctly reported by getSettings() for all input devices")
    void deviceIdAndGroupIdForAllInputDevices() {
        Set<String> seen = new HashSet<>();
        for (MediaDeviceInfo device : enumerateDevices()) {
            Map<String, Object> byId = js("deviceId", js("exact", device.deviceId()));
            MediaStream stream = getUserMedia(device.kind().toString().equals("audioinput")
                    ? js("audio", byId) : js("video", byId));
            MediaTrackSettings s = stream.getTracks().get(0).getSettings();
            assertEquals(device.deviceId(), s.deviceId().orElseThrow());
            assertEquals(device.groupId(), s.groupId().orElseThrow());
            assertTrue(seen.add(device.deviceId()), "deviceIds are distinct");
        }
    }

    @Test
    @DisplayName("deviceId is reported by getSettings() for getUserMedia() audio tracks")
    void audioDeviceId() {
        assertInstanceOf(String.class, audioSettings().deviceId().orElseThrow());
    }

    @Test
    @DisplayName("groupId is reported by getSettings() for getUserMedia() audio tracks")
    void audioGroupId() {
        assertInstanceOf(String.class, audioSettings().groupId().orElseThrow());
    }

    @Test
    @DisplayName("volume is reported by getSettings() for getUserMedia() audio tracks (documented deviation: no volume)")
    void audioVolumeIsNotAProperty() {
        assertFalse(audioSettings().toMap().containsKey("volume"));
    }

    @Test
    @DisplayName("sampleRate is reported by getSettings() for getUserMedia() audio tracks")
    void audioSampleRate() {
        assertTrue(audioSettings().sampleRate().orElseThrow() > 0);
    }

    @Test
    @DisplayName("sampleSize is reported by getSettings() for getUserMedia() audio tracks")
    void audioSampleSize() {
        assertTrue(audioSettings().sampleSize().orElseThrow() > 0);
    }

    @Test
    @DisplayName("echoCancellation is reported by getSettings() for getUserMedia() audio tracks")
    void audioEchoCancellation() {
        assertInstanceOf(Boolean.class, audioSettings().echoCancellation().orElseThrow());
    }

    @Test
    @DisplayName("autoGainControl is reported by getSettings() for getUserMedia() audio tracks")
    void audioAutoGainControl() {
        assertInstanceOf(Boolean.class, audioSettings().autoGainControl().orElseThrow());
    }

    @Test
    @DisplayName("noiseSuppression is reported by getSettings() for getUserMedia() audio tracks")
    void audioNoiseSuppression() {
        assertInstanceOf(Boolean.class, audioSettings().noiseSuppression().orElseThrow());
    }

    @Test
    @DisplayName("latency is reported by getSettings() for getUserMedia() audio tracks")
    void audioLatency() {
        assertTrue(audioSettings().latency().orElseThrow() >= 0);
    }

    @Test
    @DisplayName("channelCount is reported by getSettings() for getUserMedia() audio tracks")
    void audioChannelCount() {
        assertTrue(audioSettings().channelCount().orElseThrow() > 0);
    }

    @Test
    @DisplayName("deviceId is reported by getSettings() for getUserMedia() video tracks")
    void videoDeviceId() {
        assertInstanceOf(String.class, videoSettings().deviceId().orElseThrow());
    }

    @Test
    @DisplayName("groupId is reported by getSettings() for getUserMedia() video tracks")
    void videoGroupId() {
        assertInstanceOf(String.class, videoSettings().groupId().orElseThrow());
    }

    @Test
    @DisplayName("width is reported by getSettings() for getUserMedia() video tracks")
    void videoWidth() {
        // An unsigned long setting: integral by type (Long in toMap).
        assertInstanceOf(Long.class, videoSettings().toMap().get("width"));
        assertTrue(videoSettings().width().orElseThrow() >= 0);
    }

    @Test
    @DisplayName("height is reported by getSettings() for getUserMedia() video tracks")
    void videoHeight() {
        assertInstanceOf(Long.class, videoSettings().toMap().get("height"));
        assertTrue(videoSettings().height().orElseThrow() >= 0);
    }

    @Test
    @DisplayName("aspectRatio is reported by getSettings() for getUserMedia() video tracks")
    void videoAspectRatio() {
        assertTrue(videoSettings().aspectRatio().orElseThrow() >= 0);
    }

    @Test
    @DisplayName("frameRate is reported by getSettings() for getUserMedia() video tracks")
    void videoFrameRate() {
        assertTrue(videoSettings().frameRate().orElseThrow() >= 0);
    }

    @Test
    @DisplayName("facingMode is reported by getSettings() for getUserMedia() video tracks")
    void videoFacingMode() {
        videoSettings().facingMode().ifPresent(f ->
                assertTrue(List.of("user", "environment", "left", "right").contains(f), f));
        // The default fake camera knows its facing mode, so the optional branch is exercised.
        assertEquals("user", videoSettings().facingMode().orElseThrow());
    }

    @Test
    @DisplayName("resizeMode is reported by getSettings() for getUserMedia() video tracks")
    void videoResizeMode() {
        assertTrue(List.of("none", "crop-and-scale").contains(videoSettings().resizeMode().orElseThrow()));
    }

    @Test
    @DisplayName("Stopped tracks should expose deviceId/groupId")
    void stoppedTracksKeepIdentity() {
        MediaStream stream = getUserMedia(js("video", true, "audio", true));
        for (MediaStreamTrack track : stream.getTracks()) {
            MediaTrackSettings settings = track.getSettings();
            track.stop();
            MediaTrackSettings stopped = track.getSettings();
            assertEquals(settings.deviceId(), stopped.deviceId());
            assertEquals(settings.groupId(), stopped.groupId());
            assertNotEquals(settings, stopped, "an ended track reports only its identity (issue 3)");
            assertFalse(stopped.width().isPresent() || stopped.sampleRate().isPresent(), stopped.toString());
        }
    }
}
