package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.MediaTrackSettings;
import io.mediacapture.testing.Await;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStreamTrack-applyConstraints.https.html}. */
@DisplayName("MediaStreamTrack-applyConstraints.https.html")
class MediaStreamTrackApplyConstraintsTest extends WptTestBase {

    private MediaStreamTrack videoTrack() {
        return getUserMedia(js("video", true)).getVideoTracks().get(0);
    }

    private static MediaTrackConstraints constraints(Map<String, ?> map) {
        return MediaTrackConstraints.fromMap(map);
    }

    @Test
    @DisplayName("applyConstraints rejects invalid groupID")
    void exactInvalidGroupIdRejects() {
        MediaStreamTrack track = videoTrack();
        MediaTrackSettings before = track.getSettings();
        MediaTrackConstraints constraintsBefore = track.getConstraints();
        assertOverconstrained(track.applyConstraints(constraints(js("groupId", js("exact", "INVALID")))), "groupId");
        // Spec: on failure the constraints and settings stay as they were.
        assertEquals(before, track.getSettings());
        assertEquals(constraintsBefore, track.getConstraints());
    }

    @Test
    @DisplayName("applyConstraints accepts invalid ideal groupID, does not change setting")
    void idealInvalidGroupIdIsAccepted() {
        MediaStreamTrack track = videoTrack();
        String groupId = track.getSettings().groupId().orElseThrow();
        Await.result(track.applyConstraints(constraints(js("groupId", "INVALID"))));
        assertEquals(groupId, track.getSettings().groupId().orElseThrow());
    }

    @Test
    @DisplayName("applyConstraints rejects attempt to switch device using groupId")
    void cannotSwitchDeviceByGroupId() {
        MediaStreamTrack track = videoTrack();
        String groupId = track.getSettings().groupId().orElseThrow();
        Optional<MediaDeviceInfo> another = enumerateDevices().stream()
                .filter(d -> d.kind().toString().equals("videoinput") && !d.groupId().equals(groupId)).findFirst();
        // The default fake devices have a second camera in its own group, so this case is never vacuous.
        assertTrue(another.isPresent(), "the fake back camera has another group");
        assertOverconstrained(track.applyConstraints(constraints(js("groupId", js("exact", another.get().groupId())))),
                "groupId");
        assertEquals(groupId, track.getSettings().groupId().orElseThrow());
    }

    @Test
    @DisplayName("applyConstraints rejects invalid resizeMode")
    void exactInvalidResizeModeRejects() {
        MediaStreamTrack track = videoTrack();
        assertOverconstrained(track.applyConstraints(constraints(js("resizeMode", js("exact", "INVALID")))),
                "resizeMode");
    }

    @Test
    @DisplayName("applyConstraints accepts invalid ideal resizeMode, does not change setting")
    void idealInvalidResizeModeIsAccepted() {
        MediaStreamTrack track = videoTrack();
        String resizeMode = track.getSettings().resizeMode().orElseThrow();
        Await.result(track.applyConstraints(constraints(js("resizeMode", "INVALID"))));
        assertEquals(resizeMode, track.getSettings().resizeMode().orElseThrow());
    }
}
