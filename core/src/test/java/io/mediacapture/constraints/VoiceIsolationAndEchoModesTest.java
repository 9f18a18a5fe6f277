package io.mediacapture.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.MediaTrackSettings;
import io.mediacapture.testing.Await;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Media Capture Extensions' voiceIsolation and echoCancellation's modes ("all", "remote-only") end to end on
 * the fake microphone, which offers them all: supported, in capabilities, in settings, and selectable by
 * getUserMedia and applyConstraints.
 */
class VoiceIsolationAndEchoModesTest {

    @Test
    void theFakeMicrophoneOffersThemAndReportsThem() {
        try (MediaDevices devices = MediaDevices.fake()) {
            assertTrue(devices.getSupportedConstraints().voiceIsolation());
            assertEquals(Boolean.TRUE, devices.getSupportedConstraints().toMap().get("voiceIsolation"));
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("audio", true))).getAudioTracks().get(0);
            assertEquals(List.of(true, false), track.getCapabilities().voiceIsolation());
            assertEquals(List.of(true, false, "all", "remote-only"), track.getCapabilities().echoCancellation());
            MediaTrackSettings s = track.getSettings();
            assertEquals(false, s.voiceIsolation().orElseThrow(), "off unless asked for");
            assertEquals(true, s.echoCancellation().orElseThrow(), "the spec's suggested default");
            assertEquals(false, s.toMap().get("voiceIsolation"));
        }
    }

    @Test
    void getUserMediaAndApplyConstraintsSelectThem() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("audio", Map.of(
                    "voiceIsolation", Map.of("exact", true), "echoCancellation", Map.of("exact", "remote-only")))))
                    .getAudioTracks().get(0);
            assertEquals(true, track.getSettings().voiceIsolation().orElseThrow());
            assertEquals("remote-only", track.getSettings().echoCancellation().orElseThrow());

            Await.result(track.applyConstraints(MediaTrackConstraints.fromMap(Map.of(
                    "voiceIsolation", false, "echoCancellation", Map.of("exact", "all")))));
            assertEquals(false, track.getSettings().voiceIsolation().orElseThrow());
            assertEquals("all", track.getSettings().echoCancellation().orElseThrow());
            assertEquals(Map.of("voiceIsolation", false, "echoCancellation", Map.of("exact", "all")),
                    track.getConstraints().toMap());
        }
    }

    @Test
    void builderAndMapsRoundTrip() {
        MediaTrackConstraints c = MediaTrackConstraints.builder().voiceIsolation(true).echoCancellation("all").build();
        assertEquals(Map.of("voiceIsolation", true, "echoCancellation", "all"), c.toMap());
        assertEquals(c, MediaTrackConstraints.fromMap(c.toMap()));
        assertEquals(true, c.voiceIsolation().orElseThrow().value().orElseThrow());
    }
}
