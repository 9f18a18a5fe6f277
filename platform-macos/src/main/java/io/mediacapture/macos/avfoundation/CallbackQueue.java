package io.mediacapture.macos.avfoundation;

/**
 * The serial queue a capture output delivers its sample buffers on, as far as tearing a session down needs
 * it. On macOS it is a libdispatch queue ({@link AVCapture#newSerialQueue}); tests use a Java executor, so
 * that the teardown order (and the "already on the queue" case) can be exercised without libdispatch.
 */
interface CallbackQueue {
    /** Whether the calling thread is running a block of this queue right now (a callback calling back in). */
    boolean isCurrent();

    /**
     * Returns once every block already queued has run. Must not be called from the queue itself: libdispatch
     * aborts the process ("dispatch_sync called on queue already owned by current thread").
     */
    void drain();

    /** Gives up the caller's reference to the queue. */
    void release();
}
