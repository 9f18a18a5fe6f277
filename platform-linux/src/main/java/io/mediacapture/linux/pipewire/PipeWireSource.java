package io.mediacapture.linux.pipewire;

import static io.mediacapture.bindings.pipewire.pipewire_h.*;

import io.mediacapture.bindings.pipewire.inline.SpaHooks;
import io.mediacapture.bindings.pipewire.pw_stream_events;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.bindings.spa.spa_hook;
import io.mediacapture.linux.mjpeg.MjpegPipeline;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One opened capture node: a {@code pw_stream} connected to it, offering the configuration core chose.
 *
 * <p>Video frames are {@linkplain SourceSink#lend lent} by default: the mapped buffer is handed to core for the
 * length of one call and queued back right after. {@link io.mediacapture.FrameTap} handlers read it in place; for
 * consumers that keep frames core copies it into pooled memory, because PipeWire 0.3.x redraws buffers a consumer
 * still holds (the known limit in {@link PwBufferReturns}): a copy is the only way to keep a frame's content as delivered. With
 * {@value #ZERO_COPY_PROPERTY}{@code =true} kept frames are zero-copy instead, for applications that close frames
 * within a few frame periods. Audio is always copied (its ring has as few as two buffers).
 *
 * <p>Zero-copy frames: a delivered frame's memory is the stream's mapped buffer; how it comes back is
 * {@link PwBufferReturns}'s job.
 *
 * <p>Lifetime of held frames: {@link #close()} stops delivery at once, but while zero-copy frames are open the
 * stream stays connected and active and its process callback only hands every buffer straight back (the buffers
 * frames hold are not among them, so their contents stay as delivered). The stream is destroyed when the last of
 * those frames is closed (or reclaimed by the GC); only then does PipeWire unmap the memory. It is deliberately
 * not deactivated meanwhile: an inactive stream lets the graph go idle and suspend the node, and PipeWire then
 * clears the port's buffers (remote-node {@code clear_buffers}: {@code pw_memmap_free} of MemPtr buffers'
 * pool mappings, {@code munmap} of MemFd buffers mapped by the stream), which is what made reading a held frame
 * crash the JVM. What PipeWire 0.3.65 does with buffer memory: the stream maps MemFd buffers itself
 * ({@code PW_STREAM_FLAG_MAP_BUFFERS}) and unmaps them in its {@code clear_buffers}; MemPtr buffers (what the
 * SPA test sources give) point into the core's {@code pw_mempool} mapping of the buffer block and are unmapped
 * when the client node clears its buffers or when the core disconnects ({@code pw_mempool_clear} frees every
 * block). Buffers are cleared on a format change, when the port loses its buffers, and on
 * disconnect/destroy -- never when the daemon dies: then the stream only turns UNCONNECTED and every mapping,
 * MemFd or MemPtr, stays valid in this process until we destroy the stream and disconnect, which waits for the
 * last held frame (see {@link PipeWireBackend#close()}).
 *
 * <p>The jobs are split: {@link PwStreamFormats} makes the format offers and parses the agreed format,
 * {@link PwBufferReturns} (with {@link PwBufferSlot}) keeps the buffer-return protocol, {@link PwFrameDelivery}
 * turns a buffer into a delivery (reading it through {@link PwBufferView}'s segments, bounded by each struct's size
 * and the block's {@code maxsize}, and laying out planes with {@link PwPlaneLayout}); this class owns the stream,
 * its events and its lifetime.
 *
 * <p>Threading: the stream is {@code PW_STREAM_FLAG_RT_PROCESS}, so its process callback runs on PipeWire's data
 * thread, where the buffer arrives, and frames go from there straight to the consumers. Without the flag PipeWire
 * hands every cycle to the loop thread first (pw_loop_invoke): measured here, that second thread wake-up was 30-50
 * microseconds of CPU per frame. The process callback holds {@code processLock}, never the loop lock; the other
 * callbacks run on the loop thread with the loop lock held, and the public methods take the loop lock. Fields
 * without a note are confined to the loop thread / lock; what the process callback reads is volatile or guarded by
 * {@code processLock}. PipeWire itself orders buffer changes (add/remove_buffer, on the loop thread) against process
 * cycles: buffers change only while the node is not scheduled.
 */
final class PipeWireSource implements SourceHandle {
    /** System property: hand video frames out zero-copy (see the class comment for what that costs). */
    static final String ZERO_COPY_PROPERTY = "io.mediacapture.pipewire.zeroCopy";
    private static final System.Logger LOG = System.getLogger("io.mediacapture.pipewire");
    private static final long NEGOTIATION_TIMEOUT_MS = 5_000;
    /**
     * Process cycles in a row that failed (the callback threw, or every buffer it took failed to deliver) before the
     * track ends with FAILED: a failure that persists is not going to heal, and logging it every cycle helps nobody.
     */
    static final int MAX_FAILED_CYCLES = 10;

    private final PipeWireBackend backend;
    private final long key;
    private final PwEnumerator.NodeInfo node;
    private final PwCameraControls cameraControls; // null without controls
    private final SourceConfig config;
    private final SourceSink sink;
    private final Arena arena = Arena.ofShared(); // hook and params: until the stream is destroyed
    private final CountDownLatch negotiation = new CountDownLatch(1);
    // Held by the process callback for its whole run and by whoever else touches the stream's buffer queues or
    // the count of held frames in `returns` (close, the drain posted after it): pw_stream_dequeue/queue_buffer are not safe from two threads,
    // and close() taking it is the barrier after which no callback that missed `closed` is still delivering.
    // Never held while calling into PipeWire's main-loop API (pw_stream_destroy waits for the data thread).
    private final ReentrantLock processLock = new ReentrantLock();
    private final Runnable drainReturns = this::drainAfterClose; // posted after close(); one instance
    private final PwBufferReturns returns = new PwBufferReturns(this::afterReturn);
    private final Consumer<MemorySegment> queueBack = this::queueBack; // one instance
    private final PwFrameDelivery delivery;
    private MemorySegment stream = MemorySegment.NULL;
    private MemorySegment hook;
    private volatile PwStreamFormats.Negotiated format;
    // The decode path of an MJPEG stream, for the negotiated size: replaced on the loop thread when the format changes,
    // fed by the process callback, closed by close() (after the barrier below).
    private volatile MjpegPipeline mjpeg;
    private volatile BackendException endReason;
    private boolean connected;
    private boolean streaming;
    private boolean mutedSent;
    private volatile boolean closed;
    private volatile boolean destroyed;
    private final boolean zeroCopy;

    PipeWireSource(PipeWireBackend backend, long key, PwEnumerator.NodeInfo node, SourceConfig config, SourceSink sink) {
        this.zeroCopy = Boolean.getBoolean(ZERO_COPY_PROPERTY);
        this.backend = backend;
        this.key = key;
        this.node = node;
        this.cameraControls = node.controls().isEmpty() ? null : new PwCameraControls(backend, node);
        this.config = config;
        this.sink = sink;
        this.delivery = new PwFrameDelivery(node.name(), sink, returns, zeroCopy);
    }

    private boolean isVideo() {
        return config instanceof SourceConfig.Video;
    }

    /** Creates the (unconnected) stream; lock held. */
    void create() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("media.type", isVideo() ? "Video" : "Audio");
        props.put("media.category", "Capture");
        if (isVideo()) {
            props.put("media.role", "Camera");
        }
        props.put("node.name", "mediacapture-java");
        props.put("target.object", node.serial() != null ? node.serial() : node.name());
        props.put("node.dont-reconnect", "true");
        if (config instanceof SourceConfig.Audio a) {
            int frames = Math.max(64, (int) Math.round(a.latency() * a.sampleRate()));
            props.put("node.latency", frames + "/" + a.sampleRate());
        }
        MemorySegment s;
        try (Arena a = Arena.ofConfined()) {
            s = pw_stream_new(backend.core(), a.allocateFrom("mediacapture " + node.name()), PwProperties.create(props));
        }
        if (s.equals(MemorySegment.NULL)) {
            destroyed = true;
            arena.close(); // nothing else will: the backend forgets a source whose create() failed
            throw new IllegalStateException("pw_stream_new failed");
        }
        stream = s;
        try {
            hook = spa_hook.allocate(arena);
            // The backend's table, with a process callback bound to this source: a frame then needs no lookup by
            // key (a boxed Long) and no segment for the user-data pointer (the stub takes it as a long, and ignores
            // it).
            MemorySegment events = arena.allocate(pw_stream_events.layout());
            events.copyFrom(backend.streamEvents().table);
            pw_stream_events.process(events, processStub());
            pw_stream_add_listener(stream, hook, events, MemorySegment.ofAddress(key));
        } catch (RuntimeException | Error e) {
            destroyed = true;
            pw_stream_destroy(stream);
            stream = MemorySegment.NULL;
            arena.close();
            throw e;
        }
    }

    @Override
    public void start() throws BackendException {
        List<SpaPod> offers = PwStreamFormats.offers(config);
        if (backend.loop().isClosed()) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "the PipeWire backend is closed");
        }
        int rc = backend.loop().locked(() -> {
            if (closed) {
                return -1;
            }
            // RT_PROCESS: the process callback runs on PipeWire's data thread, where the buffer arrives, instead of
            // being handed to the loop thread first: one thread wake-up less per frame (see the class comment).
            int flags = PW_STREAM_FLAG_AUTOCONNECT() | PW_STREAM_FLAG_MAP_BUFFERS() | PW_STREAM_FLAG_DONT_RECONNECT()
                    | PW_STREAM_FLAG_RT_PROCESS();
            try (Arena once = Arena.ofConfined()) { // the stream copies the params (add_param)
                int r = pw_stream_connect(stream, PW_DIRECTION_INPUT(), PW_ID_ANY(), flags, PwStreamFormats.encode(offers, once),
                        offers.size());
                connected = r >= 0;
                return r;
            }
        });
        if (rc < 0) {
            throw new BackendException(BackendException.Kind.FAILED, "pw_stream_connect to '" + node.name() + "' failed: "
                    + PwErrors.describe(rc));
        }
        try {
            if (!negotiation.await(NEGOTIATION_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION, "PipeWire node '"
                        + node.name() + "' agreed on no format within " + NEGOTIATION_TIMEOUT_MS + " ms; offered "
                        + config + " (is a session manager such as WirePlumber running to link streams?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BackendException.Kind.FAILED, "interrupted while opening " + node.name(), e);
        }
        BackendException why = endReason;
        if (why != null) {
            throw why;
        }
    }

    /**
     * Stops delivery now; destroys the stream now, or, while zero-copy frames are open, when the last of them is
     * closed (until then the stream stays active and recycles every buffer at once, see the class comment).
     * Idempotent.
     */
    @Override
    public void close() {
        try {
            closeStream();
        } finally {
            // After closeStream's barrier no process callback submits any more; outside the loop lock, because
            // closing waits for the decode thread, which may be delivering to an application that calls into the
            // backend. Also when the backend closed the stream first.
            MjpegPipeline p;
            synchronized (this) {
                p = mjpeg;
                mjpeg = null;
            }
            if (p != null) {
                p.close();
            }
        }
    }

    private void closeStream() {
        if (closed) {
            return; // also when the backend closed this source first: its loop may be destroyed by now
        }
        PwLoop loop = backend.loop();
        try {
            loop.lock();
        } catch (IllegalStateException e) {
            if (loop.isClosed()) {
                return; // the backend closed meanwhile, and with it this source
            }
            throw e;
        }
        try {
            if (closed) {
                return;
            }
            closed = true;
            negotiation.countDown();
            // Returns from now on post a drain themselves (see returnLater). After this barrier no process callback
            // hands out frames any more, so the count of held frames only goes down.
            if (drainReturned() == 0) {
                destroyStream();
            }
        } finally {
            loop.unlock();
        }
    }

    /** Whether the stream is gone (for tests: a closed source keeps it until its last zero-copy frame closes). */
    boolean streamDestroyed() {
        return destroyed;
    }

    private void destroyStream() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        if (!stream.equals(MemorySegment.NULL)) {
            SpaHooks.spa_hook_remove(hook);
            pw_stream_destroy(stream);
            stream = MemorySegment.NULL;
        }
        backend.sourceDestroyed(key);
        arena.close();
        LOG.log(System.Logger.Level.DEBUG, () -> "PipeWire stream of " + node.name() + " closed: " + delivery.summary());
    }

    // ---- events from the backend (loop thread) -----------------------------------------------------

    void nodeRemoved(int nodeId) {
        if (nodeId == node.id()) {
            end(BackendException.Kind.DEVICE_LOST, "the PipeWire node '" + node.name() + "' was removed");
        }
    }

    /**
     * A link from this source's node to this stream failed: PipeWire could not give it buffers (a driver that cannot
     * allocate or export them) or could not agree on a format. The stream stays PAUSED and no frame will come, so the
     * track ends; before the format was agreed, start() throws it and getUserMedia rejects. BUSY: NotReadableError, what
     * browsers report for a camera that cannot be started.
     */
    void linkFailed(int outputNode, int inputNode, String error) {
        if (outputNode == node.id() && connected && !stream.equals(MemorySegment.NULL)
                && inputNode == pw_stream_get_node_id(stream)) {
            end(BackendException.Kind.BUSY, "the PipeWire node '" + node.name() + "' failed to start: "
                    + (error != null ? error : "its link went to state error"));
        }
    }

    void connectionLost(String why) {
        end(BackendException.Kind.DEVICE_LOST, why);
    }

    private void end(BackendException.Kind kind, String message) {
        if (closed || endReason != null) {
            return;
        }
        BackendException e = new BackendException(kind, message);
        endReason = e;
        negotiation.countDown();
        try {
            sink.ended(e);
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "sink.ended failed", t);
        }
    }

    // ---- stream events (loop thread) ---------------------------------------------------------------

    void onStateChanged(int old, int state, MemorySegment error) {
        LOG.log(System.Logger.Level.DEBUG, () -> "PipeWire stream of " + node.name() + ": state " + old + " -> " + state
                + (state == PW_STREAM_STATE_ERROR() ? " (" + PwProperties.string(error) + ")" : ""));
        if (closed || endReason != null) {
            return;
        }
        if (state == PW_STREAM_STATE_STREAMING()) {
            streaming = true;
            if (mutedSent) {
                mutedSent = false;
                sink.muted(false);
            }
        } else if (state == PW_STREAM_STATE_PAUSED()) {
            if (streaming) {
                streaming = false;
                mutedSent = true;
                sink.muted(true);
            }
        } else if (state == PW_STREAM_STATE_ERROR()) {
            String msg = PwProperties.string(error);
            end(BackendException.Kind.FAILED, "the PipeWire stream of '" + node.name() + "' failed: "
                    + (msg != null ? msg : "unknown error"));
        } else if (state == PW_STREAM_STATE_UNCONNECTED() && connected) {
            end(BackendException.Kind.DEVICE_LOST, "the PipeWire stream of '" + node.name() + "' was disconnected");
        }
    }

    void onParamChanged(int id, MemorySegment param) {
        if (id != spa_h.SPA_PARAM_Format() || param.equals(MemorySegment.NULL) || closed) {
            return;
        }
        PwStreamFormats.Negotiated n;
        try {
            n = PwStreamFormats.parse(param);
        } catch (RuntimeException e) {
            end(BackendException.Kind.UNSUPPORTED_CONFIGURATION, "PipeWire negotiated a format for '" + node.name()
                    + "' that cannot be delivered: " + e.getMessage());
            return;
        }
        format = n;
        if (n.video() == NativeVideoFormat.MJPEG) {
            MjpegPipeline old = mjpeg;
            mjpeg = new MjpegPipeline(node.name(), sink, n.width(), n.height());
            if (old != null) {
                old.close();
            }
        }
        if (isVideo()) {
            List<SpaPod> params = PwStreamFormats.videoBufferParams(n);
            try (Arena once = Arena.ofConfined()) { // the stream copies the params (add_param)
                pw_stream_update_params(stream, PwStreamFormats.encode(params, once), params.size());
            }
        }
        negotiation.countDown();
    }

    private int failedCycles; // data thread only (the process callback): cycles in a row that failed

    void onAddBuffer(MemorySegment buffer) {
        returns.added(buffer);
    }

    void onRemoveBuffer(MemorySegment buffer) {
        returns.removed(buffer);
    }


    /** An upcall stub for this source's process callback, alive as long as the source's arena (past the stream). */
    private MemorySegment processStub() {
        try {
            MethodHandle h = MethodHandles.lookup().findVirtual(PipeWireSource.class, "onProcessUpcall",
                    MethodType.methodType(void.class, long.class)).bindTo(this);
            return Linker.nativeLinker().upcallStub(h, FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG), arena);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("process callback", e);
        }
    }

    /** {@code void (*process)(void *data)}; nothing may escape into PipeWire's thread. */
    private void onProcessUpcall(long data) {
        try {
            onProcess();
        } catch (Throwable t) {
            try {
                cycleFailed(t);
            } catch (Throwable ignored) {
                // nothing may escape into PipeWire's thread
            }
        }
    }

    /**
     * A process cycle failed: logged the first time, and after {@link #MAX_FAILED_CYCLES} in a row the track ends with
     * the failure as its reason (the source then recycles every buffer, delivering nothing).
     */
    private void cycleFailed(Throwable t) {
        failedCycles++;
        if (failedCycles == 1) {
            // Logged on the loop thread: a first log call can take long (logging initialises), and a process
            // callback that overruns its cycle by much can make the graph stop scheduling the stream (seen here).
            backend.loop().post(() -> LOG.log(System.Logger.Level.WARNING, "PipeWire stream process callback failed"
                    + " for '" + node.name() + "'; the track ends if it fails " + MAX_FAILED_CYCLES
                    + " cycles in a row", t));
        }
        if (failedCycles >= MAX_FAILED_CYCLES) {
            end(BackendException.Kind.FAILED, "capture from the PipeWire node '" + node.name() + "' failed "
                    + failedCycles + " cycles in a row: " + t);
        }
    }

    /** PipeWire's data thread (RT_PROCESS), or the loop thread for a stream without it. */
    private void onProcess() {
        if (destroyed) {
            return;
        }
        processLock.lock();
        try {
            process();
        } finally {
            processLock.unlock();
        }
    }

    private void process() {
        if (closed || endReason != null) {
            // No more frames, but the buffers go straight back so that the node keeps flowing without the graph
            // suspending it (which would unmap the buffers frames still hold). Returns after close() are drained
            // by posted tasks: never destroy the stream in its own callback.
            recycleAll();
            return;
        }
        if (returns.anyReturned()) {
            // the buffers of frames closed since the last cycle go back before the next is taken
            returns.drainLocked(queueBack);
        }
        long address;
        Throwable failed = null;
        boolean deliveredOne = false;
        while ((address = PwHotPath.dequeueBuffer(stream)) != 0) {
            PwBufferSlot slot = returns.slot(address);
            MemorySegment b = slot != null ? slot.pwBuf : MemorySegment.ofAddress(address);
            try {
                if (!delivery.deliver(stream, b, slot, format, mjpeg)) {
                    delivery.countDropped();
                    pw_stream_queue_buffer(stream, b);
                } else {
                    deliveredOne = true;
                }
            } catch (Throwable t) {
                // Counted where the application sees it (FrameStatistics.discardedFrames), and logged at DEBUG.
                delivery.countDropped();
                failed = t;
                sink.frameDiscarded("a PipeWire buffer of '" + node.name() + "' that failed to deliver: " + t);
                if (!delivery.handedOn()) {
                    pw_stream_queue_buffer(stream, b); // else the FrameBuffer that owns it gives it back
                }
            }
        }
        if (deliveredOne) {
            failedCycles = 0;
        } else if (failed != null) {
            cycleFailed(failed); // every buffer of this cycle failed
        }
    }

    /** Hands every buffer the stream has ready straight back, delivering nothing. */
    private void recycleAll() {
        MemorySegment b;
        while (!(b = pw_stream_dequeue_buffer(stream)).equals(MemorySegment.NULL)) {
            pw_stream_queue_buffer(stream, b);
        }
    }

    /**
     * A zero-copy frame's buffer was marked returned (any thread): after close() the process callback no longer
     * drains, so then the loop is woken to count the return and destroy the stream after the last one. (close() sets
     * {@code closed} before draining under the loop lock, so every push is either seen by that drain or followed by a
     * post.)
     */
    private void afterReturn() {
        if (closed && !backend.loop().post(drainReturns)) {
            LOG.log(System.Logger.Level.DEBUG, "a frame was closed after its PipeWire connection");
        }
    }

    /** Loop thread, after close(): drains returns (see {@link #drainReturned()}); destroys the stream after the last. */
    private void drainAfterClose() {
        if (drainReturned() == 0 && closed && !destroyed) {
            destroyStream();
        }
    }

    /** Loop lock held: queues back the buffers of closed frames; the zero-copy frames still open. */
    private int drainReturned() {
        processLock.lock();
        try {
            return returns.drainLocked(queueBack);
        } finally {
            processLock.unlock();
        }
    }

    /** processLock held: queues a returned buffer back, unless the stream is gone. */
    private void queueBack(MemorySegment pwBuf) {
        if (!destroyed) {
            pw_stream_queue_buffer(stream, pwBuf);
        }
    }

    /** The node's V4L2 controls, set through the node (PwCameraControls); none for nodes without them. */
    @Override
    public java.util.Optional<io.mediacapture.spi.CameraControls> controls() {
        return node.controls().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(cameraControls);
    }

    @Override
    public String toString() {
        return "PipeWireSource[" + node.name() + " " + config + "]";
    }
}
