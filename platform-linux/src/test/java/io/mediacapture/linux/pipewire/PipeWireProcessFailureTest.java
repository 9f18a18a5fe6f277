package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.FrameStatistics;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures in the PipeWire process callback, against the rig's camera: a buffer that fails to deliver is counted in
 * {@link FrameStatistics#discardedFrames()}; failures that persist end the source with FAILED (the track's
 * endedReason) instead of being logged every cycle for ever.
 */
class PipeWireProcessFailureTest {
    private Backend backend;

    @BeforeEach
    void open() throws BackendException {
        PipeWireRig.require();
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
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void aFailureThatPersistsEndsTheSourceWithFailed() throws Exception {
        FailingSink sink = new FailingSink(Integer.MAX_VALUE);
        long discarded0 = FrameStatistics.discardedFrames();
        PipeWireSource source = openCamera(sink);
        try {
            source.start();
            BackendException reason = sink.ended.get(10, TimeUnit.SECONDS);
            assertEquals(BackendException.Kind.FAILED, reason.kind());
            assertTrue(reason.getMessage().contains("in a row"), reason.getMessage());
            assertTrue(sink.calls.get() >= PipeWireSource.MAX_FAILED_CYCLES,
                    "it ended after " + PipeWireSource.MAX_FAILED_CYCLES + " failed cycles, not at the first");
            long discarded = FrameStatistics.discardedFrames() - discarded0;
            assertTrue(discarded >= PipeWireSource.MAX_FAILED_CYCLES, "every failed buffer counted: " + discarded);
            int after = sink.calls.get();
            Thread.sleep(300); // ~10 frame periods
            assertEquals(after, sink.calls.get(), "an ended source delivers nothing more");
        } finally {
            source.close();
        }
    }

    @Test
    void aPassingFailureIsCountedAndCaptureGoesOn() throws Exception {
        FailingSink sink = new FailingSink(3);
        long discarded0 = FrameStatistics.discardedFrames();
        PipeWireSource source = openCamera(sink);
        try {
            source.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sink.delivered.get() < 20 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(sink.delivered.get() >= 20, "capture went on after 3 failed frames: " + sink.delivered.get());
            assertNull(sink.ended.getNow(null), "three failures do not end the source");
            assertTrue(FrameStatistics.discardedFrames() - discarded0 >= 3, "the 3 failed frames are counted");
        } finally {
            source.close();
        }
    }

    private PipeWireSource openCamera(SourceSink sink) throws BackendException {
        DeviceDescriptor camera = backend.devices().stream()
                .filter(d -> d.kind() == MediaDeviceKind.VIDEOINPUT && d.label().equals(PipeWireRig.CAMERA_LABEL))
                .findFirst().orElseThrow(() -> new AssertionError("the rig's camera among the PipeWire devices"));
        VideoMode mode = new VideoMode(160, 120, NativeVideoFormat.RGB24, 30, 30);
        return (PipeWireSource) backend.open(camera, new SourceConfig.Video(mode, 30), sink);
    }

    /** A sink whose delivery fails for its first {@code failures} frames (a broken consumer, a bug downstream). */
    private static final class FailingSink implements SourceSink {
        final int failures;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger delivered = new AtomicInteger();
        final CompletableFuture<BackendException> ended = new CompletableFuture<>();

        FailingSink(int failures) {
            this.failures = failures;
        }

        @Override
        public void deliver(VideoFrame frame) {
            frame.close();
            if (calls.incrementAndGet() <= failures) {
                throw new IllegalStateException("delivery fails on purpose");
            }
            delivered.incrementAndGet();
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
        public void ended(BackendException reason) {
            assertNotNull(reason);
            ended.complete(reason);
        }
    }
}
