package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How zero-copy buffers come back to the stream, seen straight at the backend: a closed frame's buffer is queued
 * back by the next process callback (capture runs for many times the stream's 8 buffers), and a source (or the
 * whole backend) closed while frames are held keeps its stream, and those frames' memory, until the last of them
 * is closed; reading a held frame after close sees the pixels it was delivered with.
 */
class PipeWireFrameReturnTest {
    private Backend backend;

    @BeforeEach
    void open() throws BackendException {
        PipeWireRig.require();
        // These tests are about zero-copy frames, which are opt-in (PipeWire redraws held buffers).
        System.setProperty(PipeWireSource.ZERO_COPY_PROPERTY, "true");
        backend = new PipeWireBackendProvider().open(new BackendContext() {
            @Override
            public void devicesChanged() {}

            @Override
            public System.Logger logger(String component) {
                return System.getLogger("io.mediacapture.test." + component);
            }
        });
    }

    @AfterEach
    void close() {
        System.clearProperty(PipeWireSource.ZERO_COPY_PROPERTY);
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void closedFramesGoBackToTheStreamThroughTheNextProcessCallback() throws Exception {
        QueueSink sink = new QueueSink();
        PipeWireSource source = openCamera(sink);
        try {
            source.start();
            // 2 s at 30 fps is ~60 frames from 8 buffers: only possible when closed frames' buffers are queued back.
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            int frames = 0;
            while (System.nanoTime() < end) {
                VideoFrame f = sink.frames.poll(2, TimeUnit.SECONDS);
                assertNotNull(f, "a frame within 2 s (after " + frames + ")");
                f.close();
                frames++;
            }
            assertTrue(frames >= 40, "about 60 frames in 2 s from 8 recycled buffers, got " + frames);
            source.close();
            sink.drainAndClose();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (!source.streamDestroyed() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(source.streamDestroyed(), "a closed source with every frame closed destroys its stream");
        } finally {
            source.close();
            sink.drainAndClose();
        }
    }

    @Test
    void heldFramesOutliveTheSource() throws Exception {
        QueueSink sink = new QueueSink();
        PipeWireSource source = openCamera(sink);
        List<VideoFrame> held = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try {
            source.start();
            for (int i = 0; i < 4; i++) {
                VideoFrame f = sink.frames.poll(2, TimeUnit.SECONDS);
                assertNotNull(f, "held frame " + i);
                held.add(f);
                contents.add(snapshot(f));
            }
            source.close();
            sink.drainAndClose(); // frames that arrived meanwhile
            Thread.sleep(300); // ~10 frame periods: a stream that went on delivering, or unmapped, would show now
            assertTrue(sink.frames.isEmpty(), "a closed source delivers nothing more");
            assertFalse(source.streamDestroyed(), "the stream lives while frames on its buffers are open");
            for (int i = 0; i < held.size(); i++) {
                assertArrayEquals(contents.get(i), snapshot(held.get(i)),
                        "held frame " + i + " is readable and still the frame after the source closed");
            }
            for (int i = 0; i < held.size() - 1; i++) {
                held.get(i).close();
            }
            Thread.sleep(100);
            assertFalse(source.streamDestroyed(), "one frame is still open");
            assertArrayEquals(contents.getLast(), snapshot(held.getLast()), "the last held frame is still readable");
            held.getLast().close();
            awaitTrue(source::streamDestroyed, "closing the last frame destroys the closed source's stream");
        } finally {
            source.close();
            held.forEach(VideoFrame::close);
            sink.drainAndClose();
        }
    }

    @Test
    void closingTheBackendWaitsForHeldFramesBeforeDisconnecting() throws Exception {
        QueueSink sink = new QueueSink();
        PipeWireSource source = openCamera(sink);
        VideoFrame f = null;
        try {
            source.start();
            f = sink.frames.poll(2, TimeUnit.SECONDS);
            assertNotNull(f, "a frame within 2 s");
            byte[] before = snapshot(f);
            PipeWireBackend b = (PipeWireBackend) backend;
            b.close();
            sink.drainAndClose();
            assertFalse(b.tornDown(), "the connection stays while a frame maps its memory");
            Thread.sleep(200);
            assertArrayEquals(before, snapshot(f), "the held frame is readable and still the frame after backend close");
            f.close();
            awaitTrue(source::streamDestroyed, "the last frame closed destroys the stream");
            awaitTrue(b::tornDown, "and then the backend releases the connection");
        } finally {
            if (f != null) {
                f.close();
            }
            sink.drainAndClose();
        }
    }

    /**
     * The top two thirds of the frame: the SMPTE bars videotestsrc draws identically into every frame. Not the
     * whole frame: below them it draws animated snow, and PipeWire 0.3.65 lets the producer redraw a delivered
     * buffer some cycles later whether or not the consumer gave it back (the output port's tee leaves the
     * delivered id in the io area, and videotestsrc reuses that id on its next cycle; impl-port.c
     * {@code schedule_mix_reuse_buffer}: "FIXME send reuse buffer to peer"), so the snow of a frame held for longer
     * than the stream's buffer ring changes. The bars staying byte for byte shows the memory is still the frame's
     * mapping, not unmapped, zeroed or reused for anything else.
     */
    static byte[] snapshot(VideoFrame f) {
        long bytes = (long) f.stride(0) * (f.codedHeight() * 2 / 3);
        return f.plane(0).asSlice(0, bytes).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what + " (within 2 s)");
    }

    private PipeWireSource openCamera(QueueSink sink) throws BackendException {
        DeviceDescriptor camera = backend.devices().stream()
                .filter(d -> d.kind() == MediaDeviceKind.VIDEOINPUT && d.label().equals(PipeWireRig.CAMERA_LABEL))
                .findFirst().orElseThrow(() -> new AssertionError("the rig's camera among the PipeWire devices"));
        VideoMode mode = new VideoMode(320, 240, NativeVideoFormat.RGB24, 30, 30); // videotestsrc draws any size
        return (PipeWireSource) backend.open(camera, new SourceConfig.Video(mode, 30), sink);
    }

    /** Keeps delivered frames for the test (which then owns them). */
    private static final class QueueSink implements SourceSink {
        final LinkedBlockingQueue<VideoFrame> frames = new LinkedBlockingQueue<>();

        @Override
        public void deliver(VideoFrame frame) {
            frames.add(frame);
        }

        @Override
        public void deliver(AudioData data) {
            data.close();
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                      long timestamp, long duration) {
            data.release();
        }

        @Override
        public void muted(boolean muted) {}

        @Override
        public void ended(BackendException reason) {}

        void drainAndClose() {
            VideoFrame f;
            while ((f = frames.poll()) != null) {
                f.close();
            }
        }
    }
}
