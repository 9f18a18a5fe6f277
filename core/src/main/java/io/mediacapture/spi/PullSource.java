package io.mediacapture.spi;

/**
 * A source that is read by a blocking call (ALSA's readi after poll, V4L2's DQBUF after poll). Core runs a
 * dedicated platform thread that calls {@link #pull} until the source is closed or ends.
 */
public interface PullSource extends SourceHandle {

    /**
     * Waits up to {@code timeoutNanos} for data and delivers what arrived into the sink. Must return
     * promptly (within the timeout) and, once {@link #close()} was called from another thread, at once.
     *
     * @return false when the source has ended (it called {@link SourceSink#ended} or was closed)
     */
    boolean pull(long timeoutNanos);
}
