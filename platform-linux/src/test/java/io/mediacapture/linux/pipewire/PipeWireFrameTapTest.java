package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.FrameTap;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link FrameTap} on a PipeWire camera (default mode, no zero-copy property): its handler gets the stream's
 * mapped buffer lent for the call, on PipeWire's data thread; a clone taken in the call is a copy that outlives it;
 * a processor next to the tap still gets frames of its own.
 */
class PipeWireFrameTapTest {
    private static final int FRAMES = 10;
    private MediaDevices devices;

    @BeforeEach
    void open() {
        PipeWireRig.require();
        devices = PipeWireRig.open();
    }

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void tapFramesAreLentForTheCallAndACloneOutlivesIt() throws Exception {
        MediaStreamTrack track = camera();
        List<VideoFrame> seen = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> lent = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<byte[]> inCall = new AtomicReference<>();
        AtomicReference<VideoFrame> kept = new AtomicReference<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        CountDownLatch enough = new CountDownLatch(FRAMES);
        try (FrameTap tap = FrameTap.open(track, f -> {
            VideoFrame v = (VideoFrame) f;
            if (kept.get() == null) {
                inCall.set(PipeWireFrameReturnTest.snapshot(v));
                kept.set(v.clone());
                thread.set(Thread.currentThread());
            }
            seen.add(v);
            lent.add(v.isLent() && !v.isClosed());
            v.close(); // does nothing to a lent frame
            assertFalse(v.isClosed(), "close() must not end a loan");
            enough.countDown();
        })) {
            assertTrue(enough.await(5, TimeUnit.SECONDS), "the handler saw " + tap.handledFrames() + " frames in 5 s");
            tap.close();
            assertEquals(0, tap.failedFrames());
        }
        assertEquals(MediaStreamTrackState.LIVE, track.readyState());
        // One lent frame object serves every loan of the source, on its delivering thread: look at it from here only
        // once the source has stopped lending.
        track.stop();
        Thread.sleep(200);
        VideoFrame first = seen.getFirst();
        synchronized (lent) {
            assertTrue(lent.stream().allMatch(b -> b), "every frame is lent and open during the call: " + lent);
        }
        assertEquals(320, first.codedWidth());
        assertEquals(240, first.codedHeight());
        assertTrue(first.isClosed(), "a lent frame is over when the call returns");
        assertThrows(IllegalStateException.class, () -> first.plane(0), "a lent frame cannot be read after the call");
        assertThrows(IllegalStateException.class, first::clone);
        assertNotSame(Thread.currentThread(), thread.get());
        VideoFrame copy = kept.get();
        try {
            assertFalse(copy.isLent(), "a clone of a lent frame is the caller's own");
            Thread.sleep(300); // the buffer the frame was lent from has been redrawn many times since
            assertArrayEquals(inCall.get(), PipeWireFrameReturnTest.snapshot(copy), "the clone keeps the pixels");
        } finally {
            copy.close();
        }
    }

    @Test
    void aProcessorNextToATapGetsFramesOfItsOwn() throws Exception {
        MediaStreamTrack track = camera();
        CountDownLatch tapped = new CountDownLatch(FRAMES);
        try (FrameTap tap = FrameTap.open(track, f -> tapped.countDown());
             MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
            for (int i = 0; i < FRAMES; i++) {
                VideoFrame f = assertInstanceOf(VideoFrame.class, p.read(Duration.ofSeconds(5)), "frame " + i);
                assertNotNull(f);
                assertFalse(f.isLent(), "a processor's frames are its own");
                f.byteAt(0, 0, 0);
                f.close();
            }
            assertTrue(tapped.await(5, TimeUnit.SECONDS), "the tap saw " + tap.handledFrames() + " frames");
        } finally {
            track.stop();
        }
    }

    @Test
    void aThrowingHandlerIsCountedAndTheTrackGoesOn() throws Exception {
        MediaStreamTrack track = camera();
        try (FrameTap tap = FrameTap.open(track, f -> {
            throw new IllegalStateException("handler fails on purpose");
        })) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (tap.failedFrames() < FRAMES && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(tap.failedFrames() >= FRAMES, "failures counted: " + tap.failedFrames());
            assertEquals(tap.failedFrames(), tap.handledFrames(), 1.0, "every handled frame failed");
            assertEquals(MediaStreamTrackState.LIVE, track.readyState(), "a failing handler does not end the track");
        } finally {
            track.stop();
        }
    }

    private MediaStreamTrack camera() throws Exception {
        return Await.result(devices.getUserMedia(Map.of("video", Map.of(
                "width", Map.of("exact", 320), "height", Map.of("exact", 240))))).getVideoTracks().getFirst();
    }
}
