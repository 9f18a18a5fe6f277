package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.testing.Await;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaStreamTest {
    MediaDevices devices;
    MediaStreamTrack audio;
    MediaStreamTrack video;

    @BeforeEach
    void open() {
        devices = MediaDevices.fake();
        MediaStream s = Await.result(devices.getUserMedia(Map.of("audio", true, "video", true)));
        audio = s.getAudioTracks().get(0);
        video = s.getVideoTracks().get(0);
    }

    @AfterEach
    void close() {
        devices.close();
    }

    @Test
    void constructorsAndIds() {
        MediaStream empty = new MediaStream();
        assertEquals(36, empty.id().length());
        assertFalse(empty.active());
        MediaStream two = new MediaStream(List.of(audio, video, audio));
        assertEquals(List.of(audio, video), two.getTracks());
        MediaStream copy = new MediaStream(two);
        assertNotEquals(two.id(), copy.id());
        assertEquals(two.getTracks(), copy.getTracks());
        assertEquals(List.of(audio), copy.getAudioTracks());
        assertEquals(List.of(video), copy.getVideoTracks());
        assertSame(video, copy.getTrackById(video.id()));
        assertNull(copy.getTrackById("nope"));
        assertTrue(copy.active());
    }

    @Test
    void addAndRemoveByScriptFireNothingAndIgnoreDuplicates() {
        MediaStream s = new MediaStream();
        AtomicInteger events = new AtomicInteger();
        s.setOnaddtrack(e -> events.incrementAndGet());
        s.setOnremovetrack(e -> events.incrementAndGet());
        s.addEventListener("addtrack", e -> events.incrementAndGet());
        s.addTrack(audio);
        s.addTrack(audio);
        s.removeTrack(video);
        assertEquals(List.of(audio), s.getTracks());
        s.removeTrack(audio);
        assertTrue(s.getTracks().isEmpty());
        assertEquals(0, events.get());
    }

    @Test
    void sourceInitiatedChangesFireTrackEvents() {
        MediaStream s = new MediaStream();
        java.util.List<String> seen = new java.util.ArrayList<>();
        s.setOnaddtrack(e -> seen.add("add " + e.track().kind()));
        s.addEventListener("removetrack", e -> seen.add("remove " + ((MediaStreamTrackEvent) e).track().kind()));
        s.sourceAddedTrack(video);
        s.sourceAddedTrack(video);
        s.sourceRemovedTrack(video);
        assertEquals(List.of("add video", "remove video"), seen);
    }

    @Test
    void cloneClonesEveryTrack() {
        MediaStream s = new MediaStream(List.of(audio, video));
        MediaStream c = s.clone();
        assertNotEquals(s.id(), c.id());
        assertEquals(2, c.getTracks().size());
        for (int i = 0; i < 2; i++) {
            MediaStreamTrack o = s.getTracks().get(i);
            MediaStreamTrack t = c.getTracks().get(i);
            assertNotEquals(o.id(), t.id());
            assertEquals(o.kind(), t.kind());
            assertEquals(o.label(), t.label());
        }
        c.getTracks().forEach(MediaStreamTrack::stop);
        assertFalse(c.active());
        assertTrue(s.active());
    }
}
