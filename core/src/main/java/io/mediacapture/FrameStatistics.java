package io.mediacapture;

import io.mediacapture.internal.frame.BufferPool;
import io.mediacapture.internal.frame.DiscardedFrames;
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

    /**
     * Video frames a source threw away instead of delivering them, since the process started: compressed
     * (MJPEG) frames that are corrupt or truncated, and frames whose size differs from the size the device
     * negotiated. Each is a frame the camera sent that no track saw (what the W3C Media Capture Extensions call
     * discarded frames); the reasons are logged at DEBUG on {@code io.mediacapture.source}. The PipeWire backend
     * also counts here the buffers (video or audio) that failed to deliver or that the producer marked corrupted.
     */
    public static long discardedFrames() {
        return DiscardedFrames.total();
    }

    /** Frame buffers served again from the pool. */
    public static long pooledReuses() {
        return BufferPool.shared().reuses();
    }
}
