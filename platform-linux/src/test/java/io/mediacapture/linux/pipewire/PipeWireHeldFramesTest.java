package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A frame the application holds stays readable (and still shows the frame, see
 * {@link PipeWireFrameReturnTest#snapshot}) after its track is stopped
 * or its MediaDevices closed: the track ends at once, and the PipeWire stream (the capture node our client exports,
 * seen in the daemon's registry) goes away only when that frame is closed.
 */
class PipeWireHeldFramesTest {
    /** The node.name of the streams the backend creates. */
    private static final String STREAM_NODE = "mediacapture-java";
    private MediaDevices devices;

    @BeforeEach
    void open() {
        PipeWireRig.require();
        // These tests are about zero-copy frames, which are opt-in (PipeWire redraws held buffers).
        System.setProperty(PipeWireSource.ZERO_COPY_PROPERTY, "true");
        devices = PipeWireRig.open();
    }

    @AfterEach
    void close() {
        System.clearProperty(PipeWireSource.ZERO_COPY_PROPERTY);
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void aFrameHeldAfterTrackStopStaysReadable() throws Exception {
        MediaStreamTrack track = camera();
        VideoFrame held = firstFrame(track);
        try {
            byte[] before = PipeWireFrameReturnTest.snapshot(held);
            track.stop();
            assertEquals(MediaStreamTrackState.ENDED, track.readyState(), "stop() ends the track at once");
            Thread.sleep(300);
            assertArrayEquals(before, PipeWireFrameReturnTest.snapshot(held),
                    "the held frame is readable and still the frame after track.stop()");
            assertTrue(streamNodePresent(), "the stream stays while the frame maps its memory");
            held.close();
            awaitStreamGone("closing the last held frame removes the stream");
        } finally {
            held.close();
        }
    }

    @Test
    void aFrameHeldAfterMediaDevicesCloseStaysReadable() throws Exception {
        MediaStreamTrack track = camera();
        VideoFrame held = firstFrame(track);
        try {
            byte[] before = PipeWireFrameReturnTest.snapshot(held);
            devices.close();
            assertEquals(MediaStreamTrackState.ENDED, track.readyState(), "closing MediaDevices ends its tracks");
            Thread.sleep(300);
            assertArrayEquals(before, PipeWireFrameReturnTest.snapshot(held),
                    "the held frame is readable and still the frame after MediaDevices.close()");
            assertTrue(streamNodePresent(), "the stream (and the connection) stay while the frame maps its memory");
            held.close();
            awaitStreamGone("closing the last held frame removes the stream and the connection");
        } finally {
            held.close();
        }
    }

    private MediaStreamTrack camera() throws Exception {
        return Await.result(devices.getUserMedia(Map.of("video", Map.of(
                "width", Map.of("exact", 320), "height", Map.of("exact", 240))))).getVideoTracks().getFirst();
    }

    /** The first frame of {@code track}, which the caller then owns (the processor is closed). */
    private static VideoFrame firstFrame(MediaStreamTrack track) throws InterruptedException {
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 1)) {
            MediaFrame f = p.read(Duration.ofSeconds(5));
            assertNotNull(f, "a frame within 5 s");
            return assertInstanceOf(VideoFrame.class, f);
        }
    }

    private static boolean streamNodePresent() {
        try {
            return !PipeWireRig.run("node-id", STREAM_NODE).isEmpty();
        } catch (AssertionError e) {
            return false; // the rig's node-id fails when there is no such node
        }
    }

    private static void awaitStreamGone(String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (streamNodePresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(streamNodePresent(), what + " (within 5 s)");
    }
}
