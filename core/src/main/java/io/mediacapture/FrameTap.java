package io.mediacapture;

import io.mediacapture.internal.Log;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a {@link FrameHandler} for every frame of a track, on the thread that captured it: no queue, no hand-off to
 * another thread, no copy of a frame that nobody keeps, and in steady state no allocation. This is the shortest path
 * from the device to application code; use it for short per-frame work (measure, copy out, hand the pixels to a
 * native library or an encoder's ring). For a consumer that blocks or runs long, use a
 * {@link MediaStreamTrackProcessor}, which queues frames and drops the oldest instead of holding capture up.
 *
 * <p>Frames are lent for the duration of the handler call: with the PipeWire backend they can be the mapped device
 * buffer itself, handed back to the device when the handler returns. That is why a lent frame must not be closed,
 * kept or passed to another thread; {@link MediaFrame#clone()} gives a frame of your own when one has to outlive
 * the call. While the handler runs, the source's next frame waits (a handler slower than the frame period makes
 * the source drop frames).
 *
 * <p>A handler that throws does not stop the tap or end the track: the failure is counted in {@link #failedFrames()}
 * and logged. Thread-safe; {@link #close()} may be called from any thread, including from inside the handler.
 */
public final class FrameTap implements AutoCloseable {
    private static final System.Logger LOG = Log.get("tap");

    private final MediaStreamTrack track;
    private final FrameHandler handler;
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Sink sink = new Sink();
    private volatile boolean closed;

    private FrameTap(MediaStreamTrack track, FrameHandler handler) {
        this.track = track;
        this.handler = handler;
    }

    /**
     * Starts calling {@code handler} for every frame of {@code track} from now on, until {@link #close()} or the end
     * of the track.
     */
    public static FrameTap open(MediaStreamTrack track, FrameHandler handler) {
        FrameTap tap = new FrameTap(Objects.requireNonNull(track, "track"), Objects.requireNonNull(handler, "handler"));
        track.addSink(tap.sink);
        return tap;
    }

    public MediaStreamTrack track() {
        return track;
    }

    /** Frames the handler was given (those it failed on included). */
    public long handledFrames() {
        return handled.get();
    }

    /** Frames on which the handler threw. */
    public long failedFrames() {
        return failed.get();
    }

    /** Stops the calls: none starts after this returns (one already running finishes). Idempotent. */
    @Override
    public void close() {
        closed = true;
        track.removeSink(sink);
    }

    private final class Sink implements FrameSink {
        @Override
        public boolean borrows() {
            return true;
        }

        @Override
        public void accept(MediaFrame frame) {
            if (closed) {
                return;
            }
            handled.incrementAndGet();
            try {
                handler.handle(frame);
            } catch (Throwable t) { // never into the capture thread (it may be a native one)
                if (failed.getAndIncrement() == 0) {
                    LOG.log(System.Logger.Level.WARNING, "frame handler on " + track + " failed (further failures"
                            + " are only counted)", t);
                }
            }
        }

        @Override
        public void trackEnded() {
            if (closed) {
                return; // closed by the application first, or already told
            }
            closed = true;
            try {
                handler.trackEnded();
            } catch (Throwable t) { // it may run on a capture or event thread
                LOG.log(System.Logger.Level.WARNING, "frame handler on " + track + " failed when the track ended", t);
            }
        }
    }
}
