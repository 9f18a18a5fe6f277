package io.mediacapture.cli;

import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import java.time.Duration;

/**
 * Reads one track's frames on a thread of its own until a deadline on the library clock (microseconds,
 * {@code System.nanoTime()/1000}), handing each to {@link #accept}. Frames captured before {@code startUs}
 * are skipped, the first at or after {@code endUs} stops the loop. Owns its processor; the frames it
 * hands out are closed after {@code accept} returns.
 */
abstract class TrackReader implements Runnable {
    /** How long after the deadline to wait for a late frame before giving up. */
    private static final long GRACE_US = 1_000_000;

    private final MediaStreamTrackProcessor processor;
    private final long startUs;
    private final long endUs;
    private final Thread thread;
    private volatile boolean stopRequested;
    private volatile Throwable failure;
    private volatile boolean trackEnded;

    TrackReader(MediaStreamTrack track, int buffer, long startUs, long endUs) {
        this.processor = new MediaStreamTrackProcessor(track, buffer);
        this.startUs = startUs;
        this.endUs = endUs;
        this.thread = Thread.ofPlatform().name("mediacapture-" + track.kind() + "-reader").unstarted(this);
    }

    /** Handles one frame in [startUs, endUs); may return false to stop reading. */
    protected abstract boolean accept(MediaFrame frame, long startUs, long endUs) throws Exception;

    void start() {
        thread.start();
    }

    void requestStop() {
        stopRequested = true;
    }

    /** Waits for the loop to end and rethrows what it failed with. */
    void join() throws Exception {
        thread.join();
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Whether the reading loop has ended (or never started). */
    boolean finished() {
        return !thread.isAlive();
    }

    long dropped() {
        return processor.droppedFrames();
    }

    boolean trackEnded() {
        return trackEnded;
    }

    @Override
    public final void run() {
        try (processor) {
            while (!stopRequested) {
                MediaFrame f = processor.read(Duration.ofMillis(100));
                if (f == null) {
                    if (processor.isDone()) {
                        trackEnded = true;
                        return;
                    }
                    if (now() > endUs + GRACE_US) {
                        return;
                    }
                    continue;
                }
                try (f) {
                    if (f.timestamp() >= endUs) {
                        return;
                    }
                    if (f.timestamp() + duration(f) <= startUs) {
                        continue;
                    }
                    if (!accept(f, startUs, endUs)) {
                        return;
                    }
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** Frames: instantaneous; audio chunks: their duration (so one straddling the start still counts). */
    private static long duration(MediaFrame f) {
        return f instanceof io.mediacapture.AudioData a ? a.duration() : 0;
    }

    static long now() {
        return System.nanoTime() / 1000;
    }
}
