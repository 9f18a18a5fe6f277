package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.fake.FakeFramePattern;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaStreamTrackProcessorTest {
    MediaDevices devices;
    MediaStreamTrack video;

    @BeforeEach
    void open() {
        devices = MediaDevices.fake();
        video = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
    }

    @AfterEach
    void close() {
        devices.close();
    }

    @Test
    void aSlowConsumerLosesTheOldestFramesAndTheyAreCounted() throws Exception {
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(video, 3)) {
            // Wait for 13 frames however long a loaded machine takes (a fixed sleep was flaky), then end the track
            // so that the counts stop moving; the frames that fit stay readable after the end.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (p.receivedFrames() < 13 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            video.stop();
            assertTrue(p.receivedFrames() >= 13, "13 frames within 20 s, got " + p.receivedFrames());
            assertTrue(p.droppedFrames() >= 10, "dropped " + p.droppedFrames());
            assertEquals(3, p.receivedFrames() - p.droppedFrames(), "every received frame was kept (3) or dropped");
            for (int i = 0; i < 3; i++) {
                try (VideoFrame f = (VideoFrame) p.read(Duration.ZERO)) {
                    assertNotNull(f, "the buffer holds the 3 newest frames");
                    long n = FakeFramePattern.decode(f).frameNumber();
                    assertTrue(n >= 10, "old frames were dropped, got frame " + n);
                }
            }
            assertNull(p.read(Duration.ZERO), "nothing beyond the 3 kept");
            assertTrue(p.isDone());
        }
    }

    @Test
    void aHugeBufferSizeAllocatesNothingUpFront() throws Exception {
        // The buffer grows with the frames waiting, not with the limit (it used to preallocate 2^31 slots: OOM).
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(video, Integer.MAX_VALUE)) {
            assertEquals(Integer.MAX_VALUE, p.maxBufferSize());
            try (MediaFrame f = p.read(Duration.ofSeconds(5))) {
                assertNotNull(f);
            }
        }
    }

    @Test
    void readAcceptsAnyDuration() throws Exception {
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(video, 1)) {
            // Longer than Long.MAX_VALUE nanoseconds (Duration.toNanos would throw ArithmeticException): waits as
            // long as it takes, which is one frame here.
            try (MediaFrame f = p.read(Duration.ofSeconds(Long.MAX_VALUE))) {
                assertNotNull(f);
            }
            try (MediaFrame f = p.read(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))) {
                assertNotNull(f);
            }
            // As negative: no wait at all.
            p.read(Duration.ofSeconds(Long.MIN_VALUE));
            video.stop();
            long t0 = System.nanoTime();
            MediaFrame left = p.read(Duration.ofSeconds(Long.MAX_VALUE));
            if (left != null) {
                left.close();
                assertNull(p.read(Duration.ofSeconds(Long.MAX_VALUE)), "an ended track returns null at once");
            }
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "no wait on an ended track");
        }
    }

    @Test
    void readTimesOutWithNullAndRejectsBadBufferSize() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new MediaStreamTrackProcessor(video, 0));
        video.setEnabled(true);
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(video, 1)) {
            assertNull(p.read(Duration.ZERO), "nothing yet at once");
            assertNotNull(p.read(Duration.ofSeconds(5)));
        }
    }

    @Test
    void publisherHonoursDemandAndCompletesWhenTheTrackEnds() throws Exception {
        MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(video, 4);
        List<Long> numbers = new CopyOnWriteArrayList<>();
        CountDownLatch five = new CountDownLatch(5);
        CountDownLatch complete = new CountDownLatch(1);
        Flow.Subscription[] sub = new Flow.Subscription[1];
        p.readable().subscribe(new Flow.Subscriber<>() {
            @Override public void onSubscribe(Flow.Subscription s) {
                sub[0] = s;
                s.request(5);
            }
            @Override public void onNext(MediaFrame f) {
                numbers.add(FakeFramePattern.decode((VideoFrame) f).frameNumber());
                f.close();
                five.countDown();
            }
            @Override public void onError(Throwable t) {}
            @Override public void onComplete() {
                complete.countDown();
            }
        });
        assertTrue(five.await(5, TimeUnit.SECONDS));
        Thread.sleep(300);
        assertEquals(5, numbers.size(), "no more than requested");
        // A second subscriber is refused while the first is active.
        Throwable[] err = new Throwable[1];
        p.readable().subscribe(new Flow.Subscriber<>() {
            @Override public void onSubscribe(Flow.Subscription s) {}
            @Override public void onNext(MediaFrame f) {}
            @Override public void onError(Throwable t) {
                err[0] = t;
            }
            @Override public void onComplete() {}
        });
        assertInstanceOf(IllegalStateException.class, err[0]);
        sub[0].request(Long.MAX_VALUE);
        video.stop();
        assertTrue(complete.await(5, TimeUnit.SECONDS), "onComplete after the track ended");
        p.close();
    }
}
