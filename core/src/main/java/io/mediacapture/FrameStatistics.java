package io.mediacapture;

import io.mediacapture.internal.frame.BufferPool;
import io.mediacapture.internal.frame.FrameLease;

/** Process-wide counters about frame memory, for leak hunting and tests. */
public final class FrameStatistics {
    private FrameStatistics() {}

    /** Frames that were garbage collected without {@code close()}. Each one held memory longer than needed. */
    public static long reclaimedFrames() {
        return FrameLease.reclaimedCount();
    }

    /** Frame buffers allocated fresh from the OS rather than reused from the pool. */
    public static long pooledAllocations() {
        return BufferPool.shared().allocations();
    }

    /** Frame buffers served again from the pool. */
    public static long pooledReuses() {
        return BufferPool.shared().reuses();
    }
}
