package io.mediacapture.macos.avfoundation;

/**
 * Runs a capture session's teardown where it cannot deadlock. A FrameTap handler runs on the output's
 * delivery queue, and {@code track.stop()} from it reaches {@link CaptureSession#close()} there. Draining the
 * queue from the queue itself is fatal in libdispatch, and {@code stopRunning} may wait for the very callback
 * that is asking. So when the caller is on the queue, the teardown is handed to a new platform thread and the
 * call returns at once (the handler was already stopped, so nothing more reaches the sink); from anywhere
 * else it runs inline and returns when it is done, as before.
 */
final class QueueTeardown {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private QueueTeardown() {}

    /**
     * @return true when {@code teardown} ran inline, false when it was handed to another thread
     */
    static boolean run(CallbackQueue queue, Runnable teardown, String label) {
        if (!queue.isCurrent()) {
            teardown.run();
            return true;
        }
        Thread.ofPlatform().daemon().name("mediacapture-avf-teardown " + label).start(() -> {
            try {
                teardown.run();
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "tearing down the capture session of " + label + " failed", t);
            }
        });
        return false;
    }
}
