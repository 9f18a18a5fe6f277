package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A device source hands the backend's frame itself to a single track that takes it unchanged (no second handle);
 * with several tracks on one source every consumer still gets a handle of its own.
 */
class FrameHandOverTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aSingleConsumerGetsAnOpenFrameItCanReadUntilItClosesIt() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().getFirst();
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 4)) {
                VideoFrame f = (VideoFrame) p.read(WAIT);
                assertNotNull(f, "no frame");
                Thread.sleep(100); // later frames have been delivered meanwhile: the source must not close this one
                assertFalse(f.isClosed());
                f.byteAt(0, 0, 0);
                f.close();
                assertTrue(f.isClosed());
                assertThrows(IllegalStateException.class, () -> f.plane(0));
            } finally {
                track.stop();
            }
        }
    }

    @Test
    void tracksOnOneSourceGetHandlesOfTheirOwn() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack a = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().getFirst();
            MediaStreamTrack b = a.clone();
            try (MediaStreamTrackProcessor pa = new MediaStreamTrackProcessor(a, 8);
                 MediaStreamTrackProcessor pb = new MediaStreamTrackProcessor(b, 8)) {
                VideoFrame fa = (VideoFrame) pa.read(WAIT);
                VideoFrame fb = (VideoFrame) pb.read(WAIT);
                assertNotNull(fa, "no frame on the first track");
                assertNotNull(fb, "no frame on the second track");
                assertNotSame(fa, fb);
                fa.close();
                assertFalse(fb.isClosed(), "closing one track's frame closed the other's");
                fb.byteAt(0, 0, 0);
                fb.close();
            } finally {
                a.stop();
                b.stop();
            }
        }
    }
}
