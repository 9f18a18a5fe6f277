package io.mediacapture.internal.fake;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.fake.FakeCamera;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.fake.FakeFramePattern;
import io.mediacapture.spi.CameraControls;
import java.util.Optional;
import io.mediacapture.internal.MediaClock;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A fake camera pushing frames from a platform thread of its own at the configured rate, like a native
 * capture callback does. While a consumer keeps frames, each is drawn into pooled memory and delivered (nothing
 * is allocated per frame in steady state but the frame handle); while none does (only taps), frames are drawn
 * into one block the camera thread owns and lent, as a backend lends a mapped device buffer: nothing at all is
 * allocated per frame.
 */
final class FakeCameraSource implements FakeSource {
    private final String deviceId;
    private final String label;
    private final SourceSink sink;
    private final Consumer<FakeSource> onClose;
    private volatile SourceConfig.Video config;
    private volatile boolean running;
    private volatile Thread thread;
    private final FakeCameraControls controls;
    private final FakeCamera.StillSize stillSize;
    private final java.util.concurrent.atomic.AtomicLong photos = new java.util.concurrent.atomic.AtomicLong();

    FakeCameraSource(FakeCamera camera, FakeDevices devices, SourceConfig.Video config, SourceSink sink,
                     Consumer<FakeSource> onClose) {
        this.deviceId = camera.deviceId();
        this.label = camera.label();
        this.stillSize = camera.stillSize();
        this.controls = camera.controls().isEmpty() ? null : new FakeCameraControls(camera, devices);
        this.config = config;
        this.sink = sink;
        this.onClose = onClose;
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public void start() {
        running = true;
        Thread t = Thread.ofPlatform().daemon().name("mediacapture-fake-camera " + label).unstarted(this::run);
        thread = t;
        t.start();
    }

    @Override
    public Optional<CameraControls> controls() {
        return Optional.ofNullable(controls);
    }

    /**
     * The still-image mode of a camera configured with one: a photo is the test pattern drawn at the still size
     * with the controls' look, frame number counting photos (so tests can tell a still from a stream frame).
     */
    @Override
    public Optional<io.mediacapture.spi.StillImageCapture> stillImage() {
        FakeCamera.StillSize size = stillSize;
        if (size == null) {
            return Optional.empty();
        }
        return Optional.of(new io.mediacapture.spi.StillImageCapture() {
            @Override
            public io.mediacapture.PhotoCapabilities capabilities() {
                return new io.mediacapture.PhotoCapabilities("never",
                        io.mediacapture.MediaSettingsRange.of(size.height(), size.height(), 1),
                        io.mediacapture.MediaSettingsRange.of(size.width(), size.width(), 1), java.util.List.of());
            }

            @Override
            public java.util.concurrent.CompletableFuture<VideoFrame> capture(io.mediacapture.PhotoSettings settings) {
                if (!running) {
                    return java.util.concurrent.CompletableFuture.failedFuture(new BackendException(
                            BackendException.Kind.FAILED, "'" + label + "' is not capturing"));
                }
                int w = size.width();
                int h = size.height();
                long ts = MediaClock.nowMicros();
                FrameBuffer buf = FrameBuffer.allocate(VideoPixelFormat.I420.frameBytes(w, h));
                FakeFramePattern.drawI420(buf.memory(), w, h, photos.getAndIncrement(), ts, look());
                return java.util.concurrent.CompletableFuture.completedFuture(buf.toVideoFrame(
                        VideoFrameLayout.of(VideoPixelFormat.I420, w, h, VideoPixelFormat.I420.packedOffsets(w, h),
                                VideoPixelFormat.I420.packedStrides(w)), ts, 0));
            }
        });
    }

    private FakeFramePattern.Look look() {
        FakeCameraControls c = controls;
        return c == null ? FakeFramePattern.Look.NEUTRAL : c.look();
    }

    /** The fake camera switches mode in place, as a real camera would between frames. */
    @Override
    public void reconfigure(io.mediacapture.spi.SourceConfig next) throws BackendException {
        if (!(next instanceof SourceConfig.Video v)) {
            throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION, "not a video configuration");
        }
        config = v;
    }

    private void run() {
        try (Canvas canvas = new Canvas()) {
            run(canvas);
        }
    }

    private void run(Canvas canvas) {
        int layoutWidth = -1;
        int layoutHeight = -1;
        VideoFrameLayout layout = null;
        long frameNumber = 0;
        long next = System.nanoTime();
        try {
            while (running) {
                SourceConfig.Video c = config;
                long period = (long) (1_000_000_000L / c.frameRate());
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                int w = c.mode().width();
                int h = c.mode().height();
                long ts = MediaClock.nowMicros();
                long bytes = VideoPixelFormat.I420.frameBytes(w, h);
                if (w != layoutWidth || h != layoutHeight) {
                    // The plane layout only changes with the mode: made once per mode, shared by every frame and loan.
                    layout = VideoFrameLayout.packed(VideoPixelFormat.I420, w, h);
                    layoutWidth = w;
                    layoutHeight = h;
                }
                if (!sink.keepsFrames()) {
                    MemorySegment memory = canvas.frame(bytes);
                    FakeFramePattern.drawI420(memory, w, h, frameNumber, ts, look());
                    if (running) {
                        sink.lend(memory, layout, ts, period / 1000);
                    }
                } else {
                    FrameBuffer buf = FrameBuffer.allocate(bytes);
                    FakeFramePattern.drawI420(buf.memory(), w, h, frameNumber, ts, look());
                    VideoFrame frame = buf.toVideoFrame(layout, ts, period / 1000);
                    if (running) {
                        sink.deliver(frame);
                    } else {
                        frame.close();
                    }
                }
                frameNumber++;
                next += period;
                long now = System.nanoTime();
                if (now - next > 2 * period) {
                    next = now; // fell behind (machine busy): skip instead of bursting
                }
            }
        } catch (Throwable t) {
            if (running) {
                running = false;
                sink.ended(new BackendException(BackendException.Kind.FAILED, "fake camera failed: " + t, t));
            }
        }
    }

    /**
     * The memory lent frames are drawn into: one block, reused from frame to frame (so lending allocates nothing),
     * replaced only for a larger mode. Confined to the camera thread, freed when it ends.
     */
    private static final class Canvas implements AutoCloseable {
        private final Arena arena = Arena.ofConfined();
        private MemorySegment block = MemorySegment.NULL;
        private MemorySegment frame = MemorySegment.NULL;

        /** {@code bytes} of the block (the same segment as last time for the same size). */
        MemorySegment frame(long bytes) {
            if (frame.byteSize() != bytes) {
                if (block.byteSize() < bytes) {
                    block = arena.allocate(bytes, 64); // the smaller block stays until close: modes are few
                }
                frame = block.asSlice(0, bytes);
            }
            return frame;
        }

        @Override
        public void close() {
            arena.close();
        }
    }

    @Override
    public void unplugged() {
        if (running) {
            stopThread();
            sink.ended(new BackendException(BackendException.Kind.DEVICE_LOST, "'" + label + "' was unplugged"));
        }
    }

    @Override
    public void close() {
        stopThread();
        if (controls != null) {
            controls.close();
        }
        onClose.accept(this);
    }

    private void stopThread() {
        running = false;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
