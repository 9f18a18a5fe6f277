package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.testing.Await;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaStreamTrackTest {
    MediaDevices devices;

    @BeforeEach
    void open() {
        devices = MediaDevices.fake();
    }

    @AfterEach
    void close() {
        devices.close();
    }

    MediaStreamTrack track(String kind) {
        return Await.result(devices.getUserMedia(Map.of(kind, true))).getTracks().get(0);
    }

    @Test
    void contentHintAcceptsOnlyValuesOfTheKind() {
        MediaStreamTrack v = track("video");
        MediaStreamTrack a = track("audio");
        assertEquals("", v.contentHint());
        v.setContentHint("motion");
        assertEquals("motion", v.contentHint());
        v.setContentHint("speech"); // audio-only value: ignored
        assertEquals("motion", v.contentHint());
        a.setContentHint("music");
        a.setContentHint("detail");
        a.setContentHint(null);
        assertEquals("music", a.contentHint());
        v.setContentHint("");
        assertEquals("", v.contentHint());
    }

    @Test
    void cloneCopiesStateAndGetsANewId() {
        MediaStreamTrack v = track("video");
        v.setContentHint("text");
        v.setEnabled(false);
        MediaStreamTrack c = v.clone();
        assertNotEquals(v.id(), c.id());
        assertEquals(36, c.id().length());
        assertEquals("text", c.contentHint());
        assertFalse(c.enabled());
        assertEquals(v.getConstraints(), c.getConstraints());
        assertEquals(v.getSettings(), c.getSettings());
        v.stop();
        MediaStreamTrack ofEnded = v.clone();
        assertEquals(MediaStreamTrackState.ENDED, ofEnded.readyState(), "a clone of an ended track is ended");
        c.stop();
    }

    @Test
    void stopIsIdempotentAndCloseIsStop() {
        MediaStreamTrack a = track("audio");
        a.close();
        assertEquals(MediaStreamTrackState.ENDED, a.readyState());
        a.stop();
        assertEquals(MediaStreamTrackState.ENDED, a.readyState());
    }

    @Test
    void applyConstraintsOnEndedTrackResolvesAndChangesNothing() {
        MediaStreamTrack v = track("video");
        MediaTrackConstraints before = v.getConstraints();
        v.stop();
        Await.result(v.applyConstraints(MediaTrackConstraints.fromMap(Map.of("width", Map.of("exact", 99999)))));
        assertEquals(before, v.getConstraints());
    }

    @Test
    void failedApplyConstraintsLeavesEverythingUnchanged() {
        MediaStreamTrack v = track("video");
        MediaTrackSettings s = v.getSettings();
        MediaTrackConstraints c = v.getConstraints();
        Throwable e = Await.failure(v.applyConstraints(MediaTrackConstraints.fromMap(Map.of("width", Map.of("min", 5000)))));
        assertEquals("width", ((OverconstrainedError) e).constraint());
        assertEquals(s, v.getSettings());
        assertEquals(c, v.getConstraints());
        assertTrue(v.readyState() == MediaStreamTrackState.LIVE);
        v.stop();
    }

    @Test
    void kindAndLabel() {
        MediaStreamTrack v = track("video");
        assertEquals("video", v.kind());
        assertEquals("Fake Camera", v.label());
        assertTrue(v.enabled());
        assertFalse(v.muted());
        v.stop();
    }
}
