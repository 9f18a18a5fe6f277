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
            Thread.sleep(600); // ~18 frames arrive, 3 fit
            assertTrue(p.droppedFrames() >= 10, "dropped " + p.droppedFrames());
            long first = -1;
            for (int i = 0; i < 3; i++) {
                try (VideoFrame f = (VideoFrame) p.read(Duration.ZERO)) {
                    assertNotNull(f, "the buffer holds the 3 newest frames");
                    long n = FakeFramePattern.decode(f).frameNumber();
                    if (first < 0) {
                        first = n;
                    }
                    assertTrue(n >= 10, "old frames were dropped, got frame " + n);
                }
            }
            assertEquals(p.receivedFrames() - p.droppedFrames() - 3, 0, "every received frame was kept or dropped");
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
