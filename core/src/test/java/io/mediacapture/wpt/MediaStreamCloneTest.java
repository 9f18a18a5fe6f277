package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-clone.https.html}. */
@DisplayName("MediaStream-clone.https.html")
class MediaStreamCloneTest extends WptTestBase {
    private static final MediaStreamTrackState LIVE = MediaStreamTrackState.LIVE;
    private static final MediaStreamTrackState ENDED = MediaStreamTrackState.ENDED;

    private static MediaStreamTrack audio(MediaStream s) {
        return s.getAudioTracks().get(0);
    }

    private static MediaStreamTrack video(MediaStream s) {
        return s.getVideoTracks().get(0);
    }

    private static void stopAll(MediaStream s) {
        s.getTracks().forEach(MediaStreamTrack::stop);
    }

    @Test
    @DisplayName("Tests that cloning MediaStream objects works as expected")
    void cloningStreams() {
        MediaStream stream = getUserMedia(js("video", true, "audio", true));
        assertEquals(1, stream.getAudioTracks().size());
        assertEquals(1, stream.getVideoTracks().size());

        MediaStream clone1 = stream.clone();
        assertEquals(1, clone1.getAudioTracks().size());
        assertEquals(1, clone1.getVideoTracks().size());
        assertNotEquals(audio(stream).id(), audio(clone1).id());
        assertNotEquals(video(stream).id(), video(clone1).id());

        stopAll(stream);
        assertFalse(stream.active());
        assertEquals(ENDED, audio(stream).readyState());
        assertEquals(ENDED, video(stream).readyState());
        assertTrue(clone1.active());
        assertEquals(LIVE, audio(clone1).readyState());
        assertEquals(LIVE, video(clone1).readyState());

        audio(clone1).stop();
        assertTrue(clone1.active());
        assertEquals(ENDED, audio(clone1).readyState());
        assertEquals(LIVE, video(clone1).readyState());

        MediaStream clone2 = clone1.clone();
        assertTrue(clone2.active());
        assertEquals(ENDED, audio(clone2).readyState());
        assertEquals(LIVE, video(clone2).readyState());

        video(clone1).stop();
        video(clone2).stop();

        MediaStream clone3 = clone2.clone();
        assertFalse(clone3.active());
        assertEquals(ENDED, audio(clone3).readyState());
        assertEquals(ENDED, video(clone3).readyState());
        assertNotEquals(audio(clone1).id(), audio(clone2).id());
        assertNotEquals(video(clone1).id(), video(clone2).id());
        assertNotEquals(audio(clone2).id(), audio(clone3).id());
        assertNotEquals(video(clone2).id(), video(clone3).id());
        assertNotEquals(audio(clone1).id(), audio(clone3).id());
        assertNotEquals(video(clone1).id(), video(clone3).id());
    }

    @Test
    @DisplayName("Tests that cloning MediaStreamTrack objects works as expected")
    void cloningTracks() {
        MediaStream stream = getUserMedia(js("video", true, "audio", true));
        assertEquals(1, stream.getAudioTracks().size());
        assertEquals(1, stream.getVideoTracks().size());
        assertEquals(LIVE, audio(stream).readyState());
        assertEquals(LIVE, video(stream).readyState());
        assertTrue(stream.active());

        MediaStreamTrack audioClone = audio(stream).clone();
        MediaStreamTrack videoClone = video(stream).clone();
        assertEquals(LIVE, audioClone.readyState());
        assertEquals(LIVE, videoClone.readyState());
        assertNotEquals(audio(stream).id(), audioClone.id());
        assertNotEquals(video(stream).id(), videoClone.id());

        long width = video(stream).getSettings().width().orElseThrow();
        stopAll(stream);
        assertFalse(stream.active());
        assertEquals(ENDED, audio(stream).readyState());
        assertEquals(ENDED, video(stream).readyState());
        assertEquals(LIVE, audioClone.readyState());
        assertEquals(LIVE, videoClone.readyState());
        // The clones keep the devices open: frames still flow after the originals stopped.
        assertEquals(width, frameSize(videoClone)[0]);

        stream.addTrack(audioClone);
        stream.addTrack(videoClone);
        assertTrue(stream.active());

        stopAll(stream);
        assertFalse(stream.active());
        assertEquals(ENDED, audioClone.readyState());
        assertEquals(ENDED, videoClone.readyState());
    }
}
