package io.mediacapture;

/**
 * A frame of media: a {@link VideoFrame} or an {@link AudioData}. Its memory stays valid until
 * {@link #close()}; close every frame you receive (frames dropped unclosed are reclaimed by the garbage
 * collector and counted in {@link FrameStatistics#reclaimedFrames()}, but hold device buffers until then).
 */
public sealed interface MediaFrame extends AutoCloseable permits VideoFrame, AudioData {

    /** Capture time in microseconds on the library's monotonic clock (the same for audio and video). */
    long timestamp();

    /** A new handle on the same frame data, closed independently. */
    MediaFrame clone();

    /** Releases this handle. Idempotent. */
    @Override
    void close();
}
