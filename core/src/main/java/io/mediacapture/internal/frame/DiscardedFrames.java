package io.mediacapture.internal.frame;

import io.mediacapture.internal.Log;
import java.util.concurrent.atomic.AtomicLong;

/** The process-wide count behind {@link io.mediacapture.FrameStatistics#discardedFrames()}. */
public final class DiscardedFrames {
    private static final System.Logger LOG = Log.get("source");
    private static final AtomicLong COUNT = new AtomicLong();

    private DiscardedFrames() {
    }

    /** Counts one frame a source threw away, logging why at DEBUG. Never throws. */
    public static void count(String why) {
        COUNT.incrementAndGet();
        try {
            LOG.log(System.Logger.Level.DEBUG, () -> "discarded a video frame: " + why);
        } catch (Throwable ignored) {
            // a logging failure must not fail the delivery that reports it
        }
    }

    public static long total() {
        return COUNT.get();
    }
}
