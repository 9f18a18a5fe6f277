package io.mediacapture.linux.pipewire;

import static io.mediacapture.bindings.pipewire.pipewire_h.*;

import io.mediacapture.bindings.pipewire.inline.PwCore;
import io.mediacapture.bindings.pipewire.inline.SpaHooks;
import io.mediacapture.bindings.pipewire.pw_core_events;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodBuilder;
import io.mediacapture.bindings.spa.spa_hook;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection to the PipeWire daemon: a thread loop, a context, a core, the {@link PwWatcher} of its registry
 * (capture nodes, listed by {@link PwEnumerator}) and the {@link PipeWireSource}s opened on it.
 *
 * <p>Threading: every pw_* call runs on the loop thread or under its lock. Callbacks from PipeWire run on the
 * loop thread and only update state, queue buffers and hand frames to core's sinks (which never block).
 *
 * <p>Lifetime: {@link #connect} builds everything or nothing; {@link #close()} closes the sources, then tears down
 * registry, core, loop thread, context and loop in that order and frees the upcall stubs, so no callback can reach
 * freed memory. Zero-copy frames the application still holds point into memory the core's connection maps
 * (disconnecting frees every block of its {@code pw_mempool}), so while any closed source still waits for its
 * frames that teardown is deferred, and runs (on a short-lived thread: the loop cannot stop itself) when the last
 * such frame is closed. When the daemon goes away, sources end with DEVICE_LOST and {@link #devices()} fails with
 * UNAVAILABLE; the mappings stay valid until that same teardown; a new backend connects afresh.
 */
final class PipeWireBackend implements Backend {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.pipewire");
    private static final int EPIPE = 32;
    private static final int ENOENT = 2;
    /** Connections made to a daemon in this JVM (for tests: MediaDevices.system() makes one). */
    static final AtomicInteger CONNECTIONS = new AtomicInteger();

    private final BackendContext context;
    private final PwLoop loop;
    private final Arena arena = Arena.ofShared(); // core events, hook, stream events: until close
    private final Map<Integer, Runnable> syncs = new ConcurrentHashMap<>();
    private final Map<Long, PipeWireSource> sources = new ConcurrentHashMap<>();
    private final AtomicLong nextSourceKey = new AtomicLong(1);
    private MemorySegment pwContext = MemorySegment.NULL;
    private MemorySegment core = MemorySegment.NULL;
    private MemorySegment coreHook = MemorySegment.NULL;
    private PwWatcher watcher;
    private PwStreamEvents streamEvents;
    private volatile String lost; // why the connection is gone, or null
    private boolean closed; // guarded by this
    private volatile boolean closing; // close() has closed every source; the last one destroyed tears down
    private final AtomicBoolean tornDown = new AtomicBoolean();

    private PipeWireBackend(BackendContext context, PwLoop loop) {
        this.context = context;
        this.loop = loop;
    }

    /**
     * Connects and waits until the first device list is known.
     *
     * @throws BackendException UNAVAILABLE when no daemon answers within {@code timeout}
     */
    static PipeWireBackend connect(BackendContext context, Duration timeout) throws BackendException {
        CONNECTIONS.incrementAndGet();
        PwInit.acquire();
        PwLoop loop;
        try {
            loop = PwLoop.start("mediacapture-pipewire");
        } catch (BackendException | RuntimeException e) {
            PwInit.release();
            throw e;
        }
        PipeWireBackend b = new PipeWireBackend(context, loop);
        try {
            b.init(timeout);
            return b;
        } catch (BackendException | RuntimeException e) {
            b.close();
            throw e;
        }
    }

    private void init(Duration timeout) throws BackendException {
        CountDownLatch ready = new CountDownLatch(1);
        loop.lock();
        try {
            pwContext = pw_context_new(loop.pwLoop(), PwProperties.create(Map.of()), 0);
            if (pwContext.equals(MemorySegment.NULL)) {
                throw new BackendException(BackendException.Kind.FAILED, "pw_context_new failed");
            }
            core = pw_context_connect(pwContext, PwProperties.create(Map.of("application.name", "mediacapture-java")), 0);
            if (core.equals(MemorySegment.NULL)) {
                throw new BackendException(BackendException.Kind.UNAVAILABLE, "cannot connect to a PipeWire daemon at "
                        + socketDescription() + " (is it running, and is PIPEWIRE_RUNTIME_DIR or XDG_RUNTIME_DIR right?)");
            }
            MemorySegment events = pw_core_events.allocate(arena);
            pw_core_events.version(events, PW_VERSION_CORE_EVENTS());
            pw_core_events.done(events, pw_core_events.done.allocate(this::onDone, arena));
            pw_core_events.error(events, pw_core_events.error.allocate(this::onError, arena));
            coreHook = spa_hook.allocate(arena);
            PwCore.pw_core_add_listener(core, coreHook, events, MemorySegment.NULL);
            streamEvents = PwStreamEvents.create(this, arena);
            watcher = new PwWatcher(core, new PwWatcher.Connection() {
                @Override
                public void sync(Runnable whenDone) {
                    PipeWireBackend.this.sync(whenDone);
                }

                @Override
                public void devicesChanged() {
                    notifyDevicesChanged();
                }

                @Override
                public void nodeRemoved(int nodeId) {
                    for (PipeWireSource s : sources.values()) {
                        s.nodeRemoved(nodeId);
                    }
                }

                @Override
                public void linkFailed(int outputNode, int inputNode, String error) {
                    for (PipeWireSource s : sources.values()) {
                        s.linkFailed(outputNode, inputNode, error);
                    }
                }
            });
            // The first sync answers once every global is announced (and bound); the second once every node
            // and port has answered its EnumFormat query.
            sync(() -> sync(ready::countDown));
        } finally {
            loop.unlock();
        }
        try {
            if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BackendException(BackendException.Kind.UNAVAILABLE, "the PipeWire daemon at "
                        + socketDescription() + " did not answer within " + timeout.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "interrupted while connecting to PipeWire", e);
        }
        String why = lost;
        if (why != null) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, why);
        }
    }

    private static String socketDescription() {
        String dir = System.getenv("PIPEWIRE_RUNTIME_DIR");
        if (dir == null) {
            dir = System.getenv("XDG_RUNTIME_DIR");
        }
        String remote = System.getenv("PIPEWIRE_REMOTE");
        return (dir == null ? "$XDG_RUNTIME_DIR (unset)" : dir) + "/" + (remote == null ? "pipewire-0" : remote);
    }

    /** Loop thread or lock held. */
    private void sync(Runnable whenDone) {
        int seq = PwCore.pw_core_sync(core, PW_ID_CORE(), 0);
        if (seq < 0) {
            LOG.log(System.Logger.Level.DEBUG, "pw_core_sync failed: " + PwErrors.describe(seq));
            return;
        }
        syncs.put(seq, whenDone);
    }

    private void onDone(MemorySegment data, int id, int seq) {
        try {
            if (id == PW_ID_CORE()) {
                Runnable r = syncs.remove(seq);
                if (r != null) {
                    r.run();
                }
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "handling a PipeWire core done event failed", t);
        }
    }

    private void onError(MemorySegment data, int id, int seq, int res, MemorySegment message) {
        try {
            String msg = PwProperties.string(message);
            if (id == PW_ID_CORE() && isConnectionLoss(res)) {
                connectionLost("lost the connection to the PipeWire daemon at " + socketDescription() + ": "
                        + (msg != null ? msg : PwErrors.describe(res)));
            } else {
                LOG.log(System.Logger.Level.DEBUG, "PipeWire error on object " + id + ": " + msg + " ("
                        + PwErrors.describe(res) + ")");
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "handling a PipeWire core error failed", t);
        }
    }

    /**
     * Whether an error the daemon reports on the core means the connection is gone. -ENOENT does not: the daemon
     * answers a call on an object that was removed meanwhile (a camera unplugged while we asked for its formats,
     * "unknown resource 5 op:2") with it, and the connection carries on (PipeWireGuestTest unplugs a camera).
     */
    static boolean isConnectionLoss(int res) {
        return res == -EPIPE || res < 0 && res != -ENOENT;
    }

    private void connectionLost(String why) {
        if (lost != null) {
            return;
        }
        lost = why;
        LOG.log(System.Logger.Level.WARNING, why);
        for (PipeWireSource s : sources.values()) {
            s.connectionLost(why);
        }
        notifyDevicesChanged();
    }

    private void notifyDevicesChanged() {
        try {
            context.devicesChanged();
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "devicesChanged failed", t);
        }
    }

    @Override
    public String name() {
        return PipeWireBackendProvider.NAME;
    }

    @Override
    public List<DeviceDescriptor> devices() throws BackendException {
        String why = lost;
        if (why != null) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, why);
        }
        return watcher.devices();
    }

    @Override
    public SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        String why = lost;
        if (why != null) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, why);
        }
        PwEnumerator.NodeInfo node = watcher.find(device.deviceId()).orElseThrow(() -> new BackendException(
                BackendException.Kind.NOT_FOUND, "no PipeWire capture node '" + device.deviceId() + "' (any more)"));
        if (node.descriptor().kind() != device.kind()) {
            throw new BackendException(BackendException.Kind.NOT_FOUND, device.deviceId() + " is not a " + device.kind());
        }
        synchronized (this) {
            if (closed) {
                throw new BackendException(BackendException.Kind.UNAVAILABLE, "the PipeWire backend is closed");
            }
        }
        long key = nextSourceKey.getAndIncrement();
        PipeWireSource s = new PipeWireSource(this, key, node, config, sink);
        sources.put(key, s);
        try {
            loop.locked(s::create);
        } catch (RuntimeException e) {
            sources.remove(key);
            throw new BackendException(BackendException.Kind.FAILED, "creating a PipeWire stream for "
                    + device.label() + " failed: " + e.getMessage(), e);
        }
        return s;
    }

    // ---- for sources -------------------------------------------------------------------------------

    PwLoop loop() {
        return loop;
    }

    MemorySegment core() {
        return core;
    }

    /**
     * Sends {@code pod} as param {@code paramId} to capture node {@code nodeId} ({@code pw_node_set_param} on the
     * registry's proxy of it) and waits until the daemon has handled it (a core sync after it). Not on the loop
     * thread. Returns 0, or a negative errno (-ENOENT: the node is gone, -ETIMEDOUT: no answer in time).
     */
    int setNodeParam(int nodeId, int paramId, SpaPod pod, Duration timeout) throws InterruptedException {
        CountDownLatch handled = new CountDownLatch(1);
        int res = loop.locked(() -> {
            try (Arena a = Arena.ofConfined()) {
                int r = watcher.setParam(nodeId, paramId, new SpaPodBuilder().add(pod).toSegment(a));
                if (r >= 0) {
                    sync(handled::countDown);
                }
                return r;
            }
        });
        if (res < 0) {
            return res;
        }
        return handled.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? 0 : -errno_h.ETIMEDOUT();
    }

    /** The enumerator's view of capture device {@code deviceId} (node id, controls, device node). Any thread. */
    java.util.Optional<PwEnumerator.NodeInfo> nodeInfo(String deviceId) {
        return watcher.find(deviceId);
    }

    /**
     * The current {@code Props} param of capture node {@code nodeId}, asked for and awaited (a core sync after
     * it); empty when the node does not answer in time or is gone. Not on the loop thread.
     */
    java.util.Optional<io.mediacapture.bindings.spa.pod.SpaObject> nodeProps(int nodeId, Duration timeout)
            throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        int res = loop.locked(() -> {
            int r = watcher.queryProps(nodeId);
            if (r >= 0) {
                sync(answered::countDown);
            }
            return r;
        });
        if (res < 0 || !answered.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return java.util.Optional.empty();
        }
        return loop.locked(() -> watcher.lastProps(nodeId));
    }

    PwStreamEvents streamEvents() {
        return streamEvents;
    }

    PipeWireSource source(long key) {
        return sources.get(key);
    }

    /** The source freed its stream (loop thread or lock held). */
    void sourceDestroyed(long key) {
        sources.remove(key);
        if (closing && sources.isEmpty() && !tornDown.get()) {
            // The last frame of a closed backend came back: tear down now, but not on the loop thread (it cannot
            // stop itself) and not under the lock the caller holds.
            Thread.ofPlatform().daemon().name("mediacapture-pipewire-close").start(this::tearDown);
        }
    }

    /** Whether the connection is open and the daemon still there: what a parked connection needs to be handed over. */
    synchronized boolean usable() {
        return !closed && lost == null;
    }

    /** Whether close() has released the connection (for tests: it waits for the application's last frame). */
    boolean tornDown() {
        return tornDown.get();
    }

    // ---- teardown ----------------------------------------------------------------------------------

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (PipeWireSource s : sources.values()) {
            s.close();
        }
        closing = true;
        if (sources.isEmpty()) {
            tearDown();
        } else {
            // Frames still point into the streams' mapped buffers: the connection (and with it every mapping) is
            // released when the last of them is closed, see sourceDestroyed.
            LOG.log(System.Logger.Level.DEBUG, () -> sources.size() + " closed PipeWire stream(s) still have frames"
                    + " the application holds; the connection closes when the last of them is closed");
        }
    }

    /** Frees the connection, once; after every source is destroyed. */
    private void tearDown() {
        if (!tornDown.compareAndSet(false, true)) {
            return;
        }
        loop.locked(() -> {
            if (watcher != null) {
                watcher.destroy();
            }
            if (!coreHook.equals(MemorySegment.NULL)) {
                SpaHooks.spa_hook_remove(coreHook);
            }
            if (!core.equals(MemorySegment.NULL)) {
                pw_core_disconnect(core);
            }
        });
        loop.stop();
        if (!pwContext.equals(MemorySegment.NULL)) {
            pw_context_destroy(pwContext);
        }
        loop.close();
        if (watcher != null) {
            watcher.free();
        }
        arena.close();
        PwInit.release();
    }
}
