package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.fake.FakeFramePattern;
import io.mediacapture.testing.Await;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    void aTapAloneIsLentTheCamerasOwnMemoryFrameAfterFrame() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            CountDownLatch frames = new CountDownLatch(5);
            AtomicReference<String> wrong = new AtomicReference<>();
            AtomicReference<VideoFrame> first = new AtomicReference<>();
            AtomicLong lastNumber = new AtomicLong(-1);
            try (FrameTap tap = FrameTap.open(track, f -> {
                VideoFrame v = (VideoFrame) f;
                FakeFramePattern.Stamp stamp = FakeFramePattern.decode(v);
                if (!v.isLent()) {
                    wrong.compareAndSet(null, "frame " + stamp.frameNumber() + " was not lent");
                } else if (first.get() != null && first.get() != v) {
                    wrong.compareAndSet(null, "a new frame object for frame " + stamp.frameNumber());
                } else if (stamp.timestamp() != v.timestamp() || stamp.frameNumber() <= lastNumber.get()) {
                    wrong.compareAndSet(null, "frame " + stamp.frameNumber() + " (ts " + stamp.timestamp()
                            + ") lent as ts " + v.timestamp() + " after frame " + lastNumber.get());
                }
                first.compareAndSet(null, v);
                lastNumber.set(stamp.frameNumber());
                frames.countDown();
            })) {
                assertTrue(frames.await(5, TimeUnit.SECONDS), "5 frames within 5 s, got " + tap.handledFrames());
            } finally {
                track.stop();
            }
            assertNull(wrong.get(), wrong.get());
        }
    }

    @Test
    void aLentFrameIsReadOnlyOnTheHandlersThreadAndItsViewsEndWithTheCall() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<MemorySegment> keptView = new AtomicReference<>();
            AtomicReference<Throwable> elsewhere = new AtomicReference<>();
            AtomicReference<Throwable> nextCall = new AtomicReference<>();
            AtomicReference<VideoFrame> cloned = new AtomicReference<>();
            try (FrameTap tap = FrameTap.open(track, f -> {
                if (done.getCount() == 0) {
                    return;
                }
                if (keptView.get() != null) { // the second call: the first call's view has ended
                    try {
                        keptView.get().get(ValueLayout.JAVA_BYTE, 0);
                    } catch (Throwable t) {
                        nextCall.set(t);
                    }
                    done.countDown();
                    return;
                }
                VideoFrame v = (VideoFrame) f;
                MemorySegment y = v.plane(0);
                assertEquals(v.byteAt(0, 3, 2), Byte.toUnsignedInt(y.get(ValueLayout.JAVA_BYTE, 2L * v.stride(0) + 3)),
                        "the view shows the frame's pixels");
                keptView.set(y);
                Thread other = Thread.ofPlatform().start(() -> {
                    try {
                        v.plane(0);
                    } catch (Throwable t) {
                        elsewhere.set(t);
                    }
                });
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cloned.set(v.clone());
            })) {
                assertTrue(done.await(5, TimeUnit.SECONDS), "two frames within 5 s, got " + tap.handledFrames());
            } finally {
                track.stop();
            }
            assertTrue(elsewhere.get() instanceof IllegalStateException, "another thread is refused: " + elsewhere.get());
            assertTrue(elsewhere.get().getMessage().contains("another thread"), elsewhere.get().getMessage());
            assertTrue(nextCall.get() instanceof IllegalStateException,
                    "a view kept past the call fails instead of reading reused memory: " + nextCall.get());
            assertThrows(WrongThreadException.class, () -> keptView.get().get(ValueLayout.JAVA_BYTE, 0),
                    "and cannot be read on another thread at all");
            try (VideoFrame copy = cloned.get()) {
                assertFalse(copy.isLent());
                assertEquals(copy.timestamp(), FakeFramePattern.decode(copy).timestamp(), "the clone keeps the pixels");
            }
        }
    }

    @Test
    void nextToAConsumerThatKeepsFramesTheTapGetsTheKeptFrames() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            Map<Long, Boolean> lentToTap = new ConcurrentHashMap<>(); // timestamp -> lent
            try (FrameTap tap = FrameTap.open(track, f -> lentToTap.put(f.timestamp(), ((VideoFrame) f).isLent()));
                 MediaStreamTrackProcessor processor = new MediaStreamTrackProcessor(track, 8)) {
                // The processor keeps its frames past the camera's next ones: each must be a frame of its own.
                List<VideoFrame> kept = new ArrayList<>();
                try {
                    for (int i = 0; i < 4; i++) {
                        VideoFrame v = (VideoFrame) processor.read(WAIT);
                        assertNotNull(v, "frame " + i);
                        kept.add(v);
                    }
                    for (VideoFrame v : kept) {
                        assertFalse(v.isLent());
                        assertEquals(v.timestamp(), FakeFramePattern.decode(v).timestamp(), "pixels still its own");
                        assertEquals(Boolean.FALSE, lentToTap.get(v.timestamp()),
                                "the tap saw the kept frame " + v.timestamp() + " itself, not lent");
                    }
                } finally {
                    kept.forEach(VideoFrame::close);
                }
            } finally {
                track.stop();
            }
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
                // counted once the handler has thrown, just after it counted the latch down
                Await.until(() -> tap.failedFrames() >= 3, WAIT, "3 failed frames counted");
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

    @Test
    void theHandlerIsToldOnceWhenTheTrackEndsButNotAfterTheTapIsClosed() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack track = camera(devices);
            AtomicLong ends = new AtomicLong();
            CountDownLatch frame = new CountDownLatch(1);
            FrameHandler counting = new FrameHandler() {
                @Override
                public void handle(MediaFrame f) {
                    frame.countDown();
                }

                @Override
                public void trackEnded() {
                    ends.incrementAndGet();
                }
            };
            FrameTap tap = FrameTap.open(track, counting);
            MediaStreamTrack other = track.clone();
            FrameTap closedFirst = FrameTap.open(other, counting);
            closedFirst.close();
            assertTrue(frame.await(5, TimeUnit.SECONDS));
            track.stop();
            track.stop();
            other.stop();
            assertEquals(1, ends.get(), "told once, by the open tap only");
            tap.close();
            FrameTap.open(track, counting); // on an ended track: told at once
            assertEquals(2, ends.get());
        }
    }

    private static MediaStreamTrack camera(MediaDevices devices) throws Exception {
        return Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().getFirst();
    }
}
