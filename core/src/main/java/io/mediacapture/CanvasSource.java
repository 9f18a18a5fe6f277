package io.mediacapture;

import io.mediacapture.internal.Log;
import io.mediacapture.internal.MediaClock;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The source of the tracks of one {@link CaptureCanvas#captureStream} call. With a frame rate above 0 a
 * timer thread of its own captures the canvas at that rate; otherwise frames come only from paints
 * (no rate given) or {@code requestFrame()}. The timer stops when the last track stops.
 */
final class CanvasSource extends GeneratorSource {
    private static final System.Logger LOG = Log.get("canvas");
    /** Highest rate offered to constraints when the stream has no rate of its own. */
    private static final double UNTIMED_MAX_RATE = 60;

    private final CaptureCanvas canvas;
    private final double frameRate; // < 0: on paint; 0: on request only
    private volatile ScheduledExecutorService timer;

    CanvasSource(CaptureCanvas canvas, double frameRate) {
        super(model(canvas, frameRate), () -> { },
                s -> frameRate > 0 ? s : s.toBuilder().set(ConstrainableProperty.FRAME_RATE, null).build());
        this.canvas = canvas;
        this.frameRate = frameRate;
    }

    private static DeviceDescriptor model(CaptureCanvas canvas, double frameRate) {
        double rate = frameRate > 0 ? frameRate : UNTIMED_MAX_RATE;
        VideoMode mode = VideoMode.of(canvas.width(), canvas.height(), NativeVideoFormat.BGRA, rate);
        return DeviceDescriptor.camera("canvas-" + UUID.randomUUID(), "canvas", "", false, null, List.of(mode));
    }

    @Override
    MediaStreamTrack newTrack(MediaTrackConstraints constraints, MediaTrackSettings settings) {
        return new CanvasCaptureMediaStreamTrack(this, constraints, settings, events());
    }

    CaptureCanvas canvas() {
        return canvas;
    }

    void start() {
        if (frameRate > 0) {
            ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().daemon().name("mediacapture-canvas").unstarted(r));
            timer = t;
            long periodNanos = Math.max(1, Math.round(1e9 / frameRate));
            t.scheduleAtFixedRate(this::capture, 0, periodNanos, TimeUnit.NANOSECONDS);
        }
    }

    void painted() {
        if (frameRate < 0) {
            capture();
        }
    }

    /** Captures the canvas now and hands the frame to the tracks. Never throws. */
    void capture() {
        try {
            if (isReleased() || !hasTracks()) {
                return;
            }
            long duration = frameRate > 0 ? Math.round(1e6 / frameRate) : -1;
            try (VideoFrame frame = canvas.snapshot(MediaClock.nowMicros(), duration)) {
                deliver(frame);
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "capturing " + canvas + " failed", t);
        }
    }

    @Override
    protected void release() {
        ScheduledExecutorService t = timer;
        timer = null;
        if (t != null) {
            t.shutdownNow();
        }
        canvas.sourceReleased(this);
    }
}
