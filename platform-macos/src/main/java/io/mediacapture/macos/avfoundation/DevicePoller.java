package io.mediacapture.macos.avfoundation;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The hot-plug fallback for processes whose main thread runs no run loop. AVFoundation's connect and
 * disconnect notifications depend on the main thread's CFRunLoop, which the standard {@code java} launcher
 * keeps running on thread 0 but which nothing runs under {@code -XstartOnFirstThread} (SWT, LWJGL, GLFW
 * before their event loop starts) or a custom launcher. CoreMediaIO, unlike the CoreAudio HAL, has no
 * documented property to move its notifications to a thread of its own. So while the main run loop is
 * <em>not</em> running, this lists the devices every {@link #INTERVAL} and reports the differences as connects
 * and disconnects; while it runs, the notifications do the job and this does nothing (and forgets its last
 * list, so that nothing stale is reported when it takes over again).
 *
 * <p>Lifetime: {@link #start()} starts one platform daemon thread, {@link #close()} ends it. The listener
 * is called on that thread.
 */
final class DevicePoller implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    /** The uniqueIDs of every capture device now. */
    interface Lister {
        Set<String> ids() throws Exception;
    }

    private final Lister lister;
    private final BooleanSupplier mainLoopRunning;
    private final DeviceObserver.Listener listener;
    private final CountDownLatch closed = new CountDownLatch(1);
    private Set<String> last;
    private Thread thread;

    DevicePoller(Lister lister, BooleanSupplier mainLoopRunning, DeviceObserver.Listener listener) {
        this.lister = lister;
        this.mainLoopRunning = mainLoopRunning;
        this.listener = listener;
    }

    /**
     * One poll. Visible for tests.
     *
     * @return whether it listed the devices (false while the main run loop runs)
     */
    synchronized boolean tick() throws Exception {
        if (mainLoopRunning.getAsBoolean()) {
            last = null;
            return false;
        }
        Set<String> now = Set.copyOf(lister.ids());
        Set<String> before = last;
        last = now;
        if (before == null) {
            return true; // the first list after a pause is the baseline
        }
        Set<String> gone = new HashSet<>(before);
        gone.removeAll(now);
        Set<String> added = new HashSet<>(now);
        added.removeAll(before);
        for (String id : gone) {
            listener.deviceChanged(false, id);
        }
        for (String id : added) {
            listener.deviceChanged(true, id);
        }
        return true;
    }

    synchronized DevicePoller start() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("mediacapture-avf-device-poll").start(this::loop);
        }
        return this;
    }

    private void loop() {
        try {
            while (!closed.await(INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    tick();
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "polling the capture devices failed", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
