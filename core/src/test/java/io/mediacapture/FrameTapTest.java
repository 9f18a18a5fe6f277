package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** FrameTap on the fake devices: frames arrive on the capture thread, borrowed for the call. */
class FrameTapTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void theHandlerBorrowsEveryFrameOnTheCaptureThread() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            CountDownLatch frames = new CountDownLatch(5);
            AtomicReference<VideoFrame> borrowed = new AtomicReference<>();
            AtomicReference<Thread> on = new AtomicReference<>();
            try (FrameTap tap = FrameTap.open(track, f -> {
                VideoFrame v = (VideoFrame) f;
                assertFalse(v.isClosed(), "open during the call");
                assertEquals(640, v.codedWidth());
                v.byteAt(0, 0, 0);
                borrowed.compareAndSet(null, v);
                on.set(Thread.currentThread());
                frames.countDown();
            })) {
                assertTrue(frames.await(5, TimeUnit.SECONDS), "5 frames within 5 s, got " + tap.handledFrames());
                assertEquals(track, tap.track());
            } finally {
                track.stop();
            }
            assertTrue(on.get().getName().startsWith("mediacapture-fake"), "ran on " + on.get());
            assertTrue(borrowed.get().isClosed(), "the source closes a frame only taps borrowed, after the call");
            assertThrows(IllegalStateException.class, () -> borrowed.get().plane(0));
        }
    }

    @Test
    void closeStopsTheCallsEvenFromInsideTheHandler() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            AtomicReference<FrameTap> self = new AtomicReference<>();
            CountDownLatch first = new CountDownLatch(1);
            FrameTap tap = FrameTap.open(track, f -> {
                self.get().close();
                first.countDown();
            });
            self.set(tap);
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 1)) {
                assertTrue(first.await(5, TimeUnit.SECONDS));
                long handled = tap.handledFrames();
                for (int i = 0; i < 5; i++) { // five more frames reach the processor, none the tap
                    MediaFrame f = p.read(WAIT);
                    assertNotNull(f);
                    f.close();
                }
                assertEquals(handled, tap.handledFrames(), "no call after close()");
            } finally {
                track.stop();
            }
        }
    }

    @Test
    void aFailingHandlerIsCountedAndKeepsBeingCalled() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            CountDownLatch failures = new CountDownLatch(3);
            try (FrameTap tap = FrameTap.open(track, f -> {
                failures.countDown();
                throw new Exception("on purpose");
            })) {
                assertTrue(failures.await(5, TimeUnit.SECONDS));
                assertTrue(tap.failedFrames() >= 3);
                assertEquals(MediaStreamTrackState.LIVE, track.readyState());
            } finally {
                track.stop();
            }
        }
    }

    @Test
    void aTapOnAnEndedTrackIsNeverCalled() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            track.stop();
            try (FrameTap tap = FrameTap.open(track, f -> {
                throw new AssertionError("called on an ended track");
            })) {
                Thread.sleep(200);
                assertEquals(0, tap.handledFrames());
            }
        }
    }

    private static MediaStreamTrack camera(MediaDevices devices) throws Exception {
        return Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().getFirst();
    }
}
