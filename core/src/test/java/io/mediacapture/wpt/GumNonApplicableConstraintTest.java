package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaStream;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/GUM-non-applicable-constraint.https.html}. The WPT dictionaries include
 * {@code volume}, which is not a constrainable property here (CONFORMANCE.md): it is an unknown key and
 * ignored like any other, which is what the cases assert anyway.
 */
@DisplayName("GUM-non-applicable-constraint.https.html")
class GumNonApplicableConstraintTest extends WptTestBase {

    private static Map<String, Object> videoOnlyValid() {
        return js("width", js("min", 0), "height", js("min", 0), "frameRate", js("min", 0),
                "aspectRatio", js("min", 0), "facingMode", js("ideal", "environment"), "resizeMode", js("ideal", "none"));
    }

    private static Map<String, Object> videoOnlyInvalid() {
        return js("width", js("min", 100_000_000), "height", js("min", 100_000_000),
                "frameRate", js("min", 100_000_000), "aspectRatio", js("min", 100_000_000),
                "facingMode", js("exact", "invalid"), "resizeMode", js("exact", "invalid"));
    }

    private static Map<String, Object> audioOnlyValid() {
        return js("volume", js("min", 0), "sampleRate", js("min", 0), "sampleSize", js("min", 0),
                "echoCancellation", js("ideal", true), "autoGainControl", js("ideal", true),
                "noiseSuppression", js("ideal", true), "latency", js("min", 0), "channelCount", js("min", 0));
    }

    private static Map<String, Object> audioOnlyInvalid() {
        return js("volume", js("min", 2), "sampleRate", js("min", 100_000_000), "sampleSize", js("min", 100_000_000),
                "echoCancellation", js("exact", true), "autoGainControl", js("exact", true),
                "noiseSuppression", js("exact", true), "latency", js("max", 0), "channelCount", js("max", 0));
    }

    @Test
    @DisplayName("Test that setting video-only valid constraints inside of \"audio\" is simply ignored")
    void videoOnlyValidInAudio() {
        MediaStream stream = getUserMedia(js("audio", videoOnlyValid()));
        assertEquals(1, stream.getAudioTracks().size(), "the media stream has exactly one audio track");
    }

    @Test
    @DisplayName("Test that setting video-only invalid constraints inside of \"audio\" is simply ignored")
    void videoOnlyInvalidInAudio() {
        MediaStream stream = getUserMedia(js("audio", videoOnlyInvalid()));
        assertEquals(1, stream.getAudioTracks().size(), "the media stream has exactly one audio track");
        // Spec getUserMedia: the properties are removed from CS, so they are not the track's constraints.
        assertEquals(Map.of(), stream.getAudioTracks().get(0).getConstraints().toMap());
    }

    @Test
    @DisplayName("Test that setting audio-only valid constraints inside of \"video\" is simply ignored")
    void audioOnlyValidInVideo() {
        MediaStream stream = getUserMedia(js("video", audioOnlyValid()));
        assertEquals(1, stream.getVideoTracks().size(), "the media stream has exactly one video track");
    }

    @Test
    @DisplayName("Test that setting audio-only invalid constraints inside of \"video\" is simply ignored")
    void audioOnlyInvalidInVideo() {
        MediaStream stream = getUserMedia(js("video", audioOnlyInvalid()));
        assertEquals(1, stream.getVideoTracks().size(), "the media stream has exactly one video track");
        assertEquals(Map.of(), stream.getVideoTracks().get(0).getConstraints().toMap());
    }
}
