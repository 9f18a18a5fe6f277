package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackState;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WPT {@code mediacapture-streams/MediaStream-idl.https.html}. */
@DisplayName("MediaStream-idl.https.html")
class MediaStreamIdlTest extends WptTestBase {

    @Test
    @DisplayName("Tests that a MediaStream constructor follows the algorithm set in the spec")
    void constructorAlgorithm() throws InterruptedException {
        MediaStream stream = getUserMedia(js("video", true, "audio", true));
        MediaStream stream1 = new MediaStream();
        assertNotEquals(stream.id(), stream1.id(), "Two different MediaStreams have different ids");

        MediaStream stream2 = new MediaStream(stream);
        assertNotEquals(stream.id(), stream2.id(), "A MediaStream constructed from another have different ids");
        MediaStreamTrack audioTrack1 = stream.getAudioTracks().get(0);
        MediaStreamTrack videoTrack = stream.getVideoTracks().get(0);
        assertSame(audioTrack1, stream2.getAudioTracks().get(0), "shares the same audio track");
        assertSame(videoTrack, stream2.getVideoTracks().get(0), "shares the same video track");

        MediaStream stream3 = new MediaStream(List.of(audioTrack1));
        assertSame(audioTrack1, stream3.getTrackById(audioTrack1.id()), "a non-ended track gets added");
        MediaStreamTrack audioTrack2 = audioTrack1.clone();
        AtomicInteger endedEvents = new AtomicInteger();
        audioTrack2.addEventListener("ended", e -> endedEvents.incrementAndGet());
        audioTrack2.stop();
        assertEquals(MediaStreamTrackState.ENDED, audioTrack2.readyState(), "a stopped track is marked ended synchronously");

        MediaStream stream4 = new MediaStream(List.of(audioTrack2, videoTrack));
        assertSame(audioTrack2, stream4.getTrackById(audioTrack2.id()), "an ended track gets added");
        assertSame(videoTrack, stream4.getTrackById(videoTrack.id()),
                "a non-ended track gets added even if the previous track was ended");

        MediaStream stream5 = new MediaStream(List.of(audioTrack2));
        assertSame(audioTrack2, stream5.getTrackById(audioTrack2.id()), "an ended track gets added");
        assertFalse(stream5.active(), "a MediaStream of only ended tracks is created inactive");

        Thread.sleep(100); // "ended event should not be fired by MediaStreamTrack.stop()": give it a chance
        assertEquals(0, endedEvents.get(), "stop() fires no ended event");
    }
}
