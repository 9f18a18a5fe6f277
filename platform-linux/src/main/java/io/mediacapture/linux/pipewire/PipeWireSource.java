package io.mediacapture.linux.pipewire;

import static io.mediacapture.bindings.pipewire.pipewire_h.*;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.bindings.pipewire.inline.AudioInfoRaw;
import io.mediacapture.bindings.pipewire.inline.SpaFormats;
import io.mediacapture.bindings.pipewire.inline.SpaHooks;
import io.mediacapture.bindings.pipewire.inline.SpaParams;
import io.mediacapture.bindings.pipewire.inline.VideoInfoMjpg;
import io.mediacapture.bindings.pipewire.inline.VideoInfoRaw;
import io.mediacapture.bindings.pipewire.pw_buffer;
import io.mediacapture.bindings.pipewire.pw_stream_events;
import io.mediacapture.bindings.spa.pod.SpaArray;
import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodBuilder;
import io.mediacapture.bindings.spa.pod.SpaPodParser;
import io.mediacapture.bindings.spa.pod.SpaRectangle;
import io.mediacapture.bindings.spa.spa_buffer;
import io.mediacapture.bindings.spa.spa_chunk;
import io.mediacapture.bindings.spa.spa_data;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.bindings.spa.spa_hook;
import io.mediacapture.bindings.spa.spa_meta;
import io.mediacapture.bindings.spa.spa_meta_header;
import io.mediacapture.linux.mjpeg.MjpegFrames;
import io.mediacapture.linux.mjpeg.MjpegPipeline;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One opened capture node: a {@code pw_stream} connected to it, offering the configuration core chose.
 *
 * <p>Video frames are {@linkplain SourceSink#lend lent} by default: the mapped buffer is handed to core for the
 * length of one call and queued back right after. {@link io.mediacapture.FrameTap} handlers read it in place; for
 * consumers that keep frames core copies it into pooled memory, because PipeWire 0.3.x redraws buffers a consumer
 * still holds (the known limit below): a copy is the only way to keep a frame's content as delivered. With
 * {@value #ZERO_COPY_PROPERTY}{@code =true} kept frames are zero-copy instead, for applications that close frames
 * within a few frame periods. Audio is always copied (its ring has as few as two buffers).
 *
 * <p>Zero-copy frames: a delivered frame's memory is the stream's mapped buffer. Closing the frame marks the
 * buffer returned (a lock-free push, never blocking the consumer); the next process callback queues returned
 * buffers back to the stream before it takes a new one, which comes with the next frame anyway, so a frame costs
 * no extra wake-up of any PipeWire thread. When consumers hold so many buffers that the producer would starve, further
 * frames are copied into pooled memory and their buffers queued back at once.
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
 * <p>Known limit (PipeWire 0.3.65, not ours to fix here): holding a frame keeps its memory mapped but does not keep
 * the producer off it. The output port's tee copies its io area to the consumers and leaves the delivered buffer id
 * in it, so the producer (videotestsrc, the V4L2 SPA source) takes that buffer back on its next cycle whether or not
 * we queued it ({@code impl-port.c schedule_mix_reuse_buffer}: "FIXME send reuse buffer to peer"), and redraws it
 * when it comes round again (with 8 buffers, some 7 frame periods later; measured: held frames' pixels change
 * within 300 ms). Frames stay memory-safe; their content is only stable for about the length of the buffer ring.
 *
 * <p>The per-buffer work reads the SPA structs at absolute addresses through one segment spanning the address
 * space instead of building a segment per struct, so a frame allocates only what its handle needs.
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
    private static final int SPA_CHUNK_FLAG_CORRUPTED = 1;
    /**
     * Process cycles in a row that failed (the callback threw, or every buffer it took failed to deliver) before the
     * track ends with FAILED: a failure that persists is not going to heal, and logging it every cycle helps nobody.
     */
    static final int MAX_FAILED_CYCLES = 10;
    private static final int SPA_META_HEADER = spa_h.SPA_META_Header();
    /** Buffers always left to the producer: with fewer free ones a test source reports "out of buffers" and stalls. */
    private static final int PRODUCER_RESERVE = 2;
    /** The whole address space, to read native structs at absolute addresses without a segment per struct. */
    @SuppressWarnings("restricted")
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    static {
        if (ValueLayout.ADDRESS.byteSize() != Long.BYTES) {
            throw new ExceptionInInitializerError("the PipeWire backend reads pointers as 64-bit values");
        }
    }

    private final PipeWireBackend backend;
    private final long key;
    private final PwRegistry.NodeInfo node;
    private final PwCameraControls cameraControls; // null without controls
    private final SourceConfig config;
    private final SourceSink sink;
    private final Arena arena = Arena.ofShared(); // hook and params: until the stream is destroyed
    private final CountDownLatch negotiation = new CountDownLatch(1);
    // The stream's buffers now (add_buffer..remove_buffer): replaced, never changed in place, on the loop thread and
    // read by the process callback on the data thread.
    private volatile BufferSlot[] liveBuffers = new BufferSlot[0];
    // Held by the process callback for its whole run and by whoever else touches the stream's buffer queues or
    // `outstanding` (close, the drain posted after it): pw_stream_dequeue/queue_buffer are not safe from two threads,
    // and close() taking it is the barrier after which no callback that missed `closed` is still delivering.
    // Never held while calling into PipeWire's main-loop API (pw_stream_destroy waits for the data thread).
    private final ReentrantLock processLock = new ReentrantLock();
    // Zero-copy buffers whose frames were closed, not yet queued back: a stack linked through BufferSlot.nextReturned.
    private final AtomicReference<BufferSlot> returnedStack = new AtomicReference<>();
    private final Runnable drainReturns = this::drainAfterClose; // posted after close(); one instance
    // Plane layout of the last video frame, reused while format and stride stay (VideoFrame copies what it gets).
    private Negotiated layoutFor;
    private int layoutStride = -1;
    private long[] layoutOffsets;
    private int[] layoutStrides;
    private long layoutBytes;
    private VideoFrameLayout frameLayout; // the same layout, for the frames built over taken buffers
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong copied = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private MemorySegment stream = MemorySegment.NULL;
    private MemorySegment hook;
    private volatile Negotiated format;
    // The decode path of an MJPEG stream, for the negotiated size: replaced on the loop thread when the format changes,
    // fed by the process callback, closed by close() (after the barrier below).
    private volatile MjpegPipeline mjpeg;
    private volatile BackendException endReason;
    private int outstanding; // zero-copy frames not yet closed; guarded by processLock
    private boolean connected;
    private boolean streaming;
    private boolean mutedSent;
    private volatile boolean closed;
    private volatile boolean destroyed;
    private final boolean zeroCopy;

    /** The format the stream settled on. For video {@code video != null}; for audio {@code audio != null}. */
    record Negotiated(NativeVideoFormat video, int width, int height, long frameDurationMicros,
                      AudioSampleFormat audio, int rate, int channels) {}

    PipeWireSource(PipeWireBackend backend, long key, PwRegistry.NodeInfo node, SourceConfig config, SourceSink sink) {
        this.zeroCopy = Boolean.getBoolean(ZERO_COPY_PROPERTY);
        this.backend = backend;
        this.key = key;
        this.node = node;
        this.cameraControls = node.controls().isEmpty() ? null : new PwCameraControls(backend, node);
        this.config = config;
        this.sink = sink;
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
        List<SpaPod> offers = offers();
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
                int r = pw_stream_connect(stream, PW_DIRECTION_INPUT(), PW_ID_ANY(), flags, encode(offers, once),
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

    /** The EnumFormat params to connect with: exactly the chosen configuration first, then fall-backs. */
    private List<SpaPod> offers() {
        List<SpaPod> out = new ArrayList<>();
        if (config instanceof SourceConfig.Video v) {
            SpaRectangle size = new SpaRectangle(v.mode().width(), v.mode().height());
            SpaFraction rate = SpaFormatMapping.fraction(v.frameRate());
            SpaPod anyRate = SpaChoice.range(rate, new SpaFraction(0, 1), new SpaFraction(1000, 1));
            if (v.mode().format() == NativeVideoFormat.MJPEG) {
                out.add(SpaFormats.mjpgEnumFormat(size, rate));
                out.add(SpaFormats.mjpgEnumFormat(size, anyRate));
            } else {
                SpaId fmt = new SpaId(SpaFormatMapping.spaVideoFormat(v.mode().format()));
                out.add(SpaFormats.videoRawEnumFormat(fmt, size, rate));
                out.add(SpaFormats.videoRawEnumFormat(fmt, size, anyRate));
            }
        } else if (config instanceof SourceConfig.Audio a) {
            SpaPod position = switch (a.channelCount()) {
                case 1 -> SpaArray.ofIds(spa_h.SPA_AUDIO_CHANNEL_MONO());
                case 2 -> SpaArray.ofIds(spa_h.SPA_AUDIO_CHANNEL_FL(), spa_h.SPA_AUDIO_CHANNEL_FR());
                default -> null;
            };
            out.add(SpaFormats.audioRawEnumFormat(new SpaId(SpaFormatMapping.spaAudioFormat(a.format())),
                    new SpaInt(a.sampleRate()), new SpaInt(a.channelCount()), position));
        }
        return out;
    }

    /**
     * A {@code const struct spa_pod *[]} of {@code pods} in {@code in}: a short-lived arena, since the stream copies
     * the params it is given (they used to go into the source's arena, which then grew on every renegotiation).
     */
    private static MemorySegment encode(List<SpaPod> pods, Arena in) {
        MemorySegment array = in.allocate(ValueLayout.ADDRESS, pods.size());
        for (int i = 0; i < pods.size(); i++) {
            array.setAtIndex(ValueLayout.ADDRESS, i, new SpaPodBuilder().add(pods.get(i)).toSegment(in));
        }
        return array;
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
            // hands out frames any more, so `outstanding` only goes down.
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
        LOG.log(System.Logger.Level.DEBUG, () -> "PipeWire stream of " + node.name() + " closed: " + delivered.get()
                + " frames delivered, " + copied.get() + " copied, " + dropped.get() + " dropped");
    }

    // ---- events from the backend (loop thread) -----------------------------------------------------

    void nodeRemoved(int nodeId) {
        if (nodeId == node.id()) {
            end(BackendException.Kind.DEVICE_LOST, "the PipeWire node '" + node.name() + "' was removed");
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

    private void onStateChanged(int old, int state, MemorySegment error) {
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

    private void onParamChanged(int id, MemorySegment param) {
        if (id != spa_h.SPA_PARAM_Format() || param.equals(MemorySegment.NULL) || closed) {
            return;
        }
        Negotiated n;
        try {
            n = parseFormat(SpaPodParser.parseNative(param));
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
            int mask = (1 << spa_h.SPA_DATA_MemPtr()) | (1 << spa_h.SPA_DATA_MemFd());
            SpaPod count = SpaChoice.range(new SpaInt(8), new SpaInt(2), new SpaInt(16));
            SpaPod types = SpaChoice.flagsOf(new SpaInt(mask));
            List<SpaPod> params = new ArrayList<>();
            if (n.video() == NativeVideoFormat.MJPEG) {
                // A JPEG's size is not known from the format: without a size of ours PipeWire takes the producer's
                // default, which for GStreamer's pipewiresink is the size of its first JPEG. Every later, larger
                // frame then arrives cut at that size (measured: 2 of 3 frames of a 720p test pattern), which is
                // what made MJPEG nodes deliver about 10 of 30 frames a second. Ask for room for any JPEG of the
                // negotiated size; the second param (no size) is the fall-back for a producer that cannot.
                params.add(SpaParams.buffers(count, null, new SpaInt(MjpegFrames.bufferBytes(n.width(), n.height())),
                        null, null, types));
            }
            params.add(SpaParams.buffers(count, null, null, null, null, types));
            params.add(SpaParams.meta(spa_h.SPA_META_Header(), (int) spa_meta_header.sizeof()));
            try (Arena once = Arena.ofConfined()) { // the stream copies the params (add_param)
                pw_stream_update_params(stream, encode(params, once), params.size());
            }
        }
        negotiation.countDown();
    }

    private static Negotiated parseFormat(SpaPod pod) {
        SpaFormats.MediaType mt = SpaFormats.spa_format_parse(pod);
        if (mt.mediaType() == spa_h.SPA_MEDIA_TYPE_video() && mt.mediaSubtype() == spa_h.SPA_MEDIA_SUBTYPE_raw()) {
            VideoInfoRaw v = SpaFormats.spa_format_video_raw_parse(pod);
            NativeVideoFormat f = SpaFormatMapping.videoFormat(v.format()).orElseThrow(
                    () -> new IllegalArgumentException("SPA video format " + v.format() + " is not supported"));
            return new Negotiated(f, v.size().width(), v.size().height(), duration(v.framerate()), null, 0, 0);
        }
        if (mt.mediaType() == spa_h.SPA_MEDIA_TYPE_video() && mt.mediaSubtype() == spa_h.SPA_MEDIA_SUBTYPE_mjpg()) {
            VideoInfoMjpg v = SpaFormats.spa_format_video_mjpg_parse(pod);
            return new Negotiated(NativeVideoFormat.MJPEG, v.size().width(), v.size().height(), duration(v.framerate()),
                    null, 0, 0);
        }
        if (mt.mediaType() == spa_h.SPA_MEDIA_TYPE_audio() && mt.mediaSubtype() == spa_h.SPA_MEDIA_SUBTYPE_raw()) {
            AudioInfoRaw a = SpaFormats.spa_format_audio_raw_parse(pod);
            AudioSampleFormat f = SpaFormatMapping.audioFormat(a.format()).orElseThrow(
                    () -> new IllegalArgumentException("SPA audio format " + a.format() + " is not supported"));
            if (a.rate() <= 0 || a.channels() <= 0) {
                throw new IllegalArgumentException("audio format without rate or channels");
            }
            return new Negotiated(null, 0, 0, -1, f, a.rate(), a.channels());
        }
        throw new IllegalArgumentException("media type " + mt.mediaType() + "/" + mt.mediaSubtype());
    }

    private static long duration(SpaFraction rate) {
        return rate.num() > 0 && rate.denom() > 0 ? Math.round(1e6 * rate.denom() / rate.num()) : -1;
    }

    /** Loop thread: whether the buffer being processed now belongs to a FrameBuffer (so it is not queued twice). */
    private boolean handedOn;
    private int failedCycles; // data thread only (the process callback): cycles in a row that failed

    private void onAddBuffer(MemorySegment buffer) {
        BufferSlot[] now = liveBuffers;
        BufferSlot[] next = Arrays.copyOf(now, now.length + 1);
        next[now.length] = new BufferSlot(buffer);
        liveBuffers = next;
    }

    private void onRemoveBuffer(MemorySegment buffer) {
        BufferSlot[] now = liveBuffers;
        for (int i = 0; i < now.length; i++) {
            if (now[i].address == buffer.address()) {
                now[i].live = false; // a frame may still hold it: its return then only counts, never queues
                BufferSlot[] next = new BufferSlot[now.length - 1];
                System.arraycopy(now, 0, next, 0, i);
                System.arraycopy(now, i + 1, next, i, now.length - i - 1);
                liveBuffers = next;
                return;
            }
        }
    }

    /** The live slot of the pw_buffer at {@code address}, or null (a linear scan: a stream has at most 16). */
    private static BufferSlot slot(BufferSlot[] slots, long address) {
        for (BufferSlot slot : slots) {
            if (slot.address == address) {
                return slot;
            }
        }
        return null;
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
        if (returnedStack.get() != null) {
            drainReturnedLocked(); // the buffers of frames closed since the last cycle go back before the next is taken
        }
        long address;
        Throwable failed = null;
        boolean deliveredOne = false;
        while ((address = PwHotPath.dequeueBuffer(stream)) != 0) {
            BufferSlot slot = slot(liveBuffers, address);
            MemorySegment b = slot != null ? slot.pwBuf : MemorySegment.ofAddress(address);
            handedOn = false;
            try {
                if (!deliverBuffer(b, slot)) {
                    dropped.incrementAndGet();
                    pw_stream_queue_buffer(stream, b);
                } else {
                    deliveredOne = true;
                }
            } catch (Throwable t) {
                // Counted where the application sees it (FrameStatistics.discardedFrames), and logged at DEBUG.
                dropped.incrementAndGet();
                failed = t;
                sink.frameDiscarded("a PipeWire buffer of '" + node.name() + "' that failed to deliver: " + t);
                if (!handedOn) {
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

    /** Delivers one buffer; false when it carried nothing deliverable (the caller queues it back). */
    private boolean deliverBuffer(MemorySegment pwBuf, BufferSlot slot) {
        Negotiated n = format;
        if (n == null) {
            return false;
        }
        long spa = pointer(pwBuf.address() + pw_buffer.buffer$offset());
        int nDatas = ALL.get(ValueLayout.JAVA_INT, spa + spa_buffer.n_datas$offset());
        long d0 = pointer(spa + spa_buffer.datas$offset());
        if (nDatas < 1 || d0 == 0) {
            return false;
        }
        long data = pointer(d0 + spa_data.data$offset());
        long maxsize = Integer.toUnsignedLong(ALL.get(ValueLayout.JAVA_INT, d0 + spa_data.maxsize$offset()));
        long chunk = pointer(d0 + spa_data.chunk$offset());
        if (data == 0 || maxsize == 0 || chunk == 0) {
            return false;
        }
        if ((ALL.get(ValueLayout.JAVA_INT, chunk + spa_chunk.flags$offset()) & SPA_CHUNK_FLAG_CORRUPTED) != 0) {
            sink.frameDiscarded("a PipeWire buffer of '" + node.name() + "' the producer marked corrupted");
            return false;
        }
        long offset = Integer.toUnsignedLong(ALL.get(ValueLayout.JAVA_INT, chunk + spa_chunk.offset$offset())) % maxsize;
        long declared = Integer.toUnsignedLong(ALL.get(ValueLayout.JAVA_INT, chunk + spa_chunk.size$offset()));
        long size = Math.min(declared, maxsize - offset);
        if (size == 0) {
            return false;
        }
        if (declared > size && n.video() == NativeVideoFormat.MJPEG) {
            // The producer wrote more than the buffer holds: the JPEG is cut. Never decode half a picture.
            sink.frameDiscarded("a " + declared + "-byte JPEG in a " + (maxsize - offset) + "-byte PipeWire buffer");
            return false;
        }
        MemorySegment region = slot != null ? slot.region(data + offset, size) : ALL.asSlice(data + offset, size);
        if (n.video() != null) {
            return deliverVideo(n, pwBuf, slot, spa, region, ALL.get(ValueLayout.JAVA_INT, chunk + spa_chunk.stride$offset()),
                    nDatas);
        }
        return deliverAudio(n, pwBuf, region);
    }

    /** The pointer stored at {@code address} (64-bit, checked when the class loads). */
    private static long pointer(long address) {
        return ALL.get(ValueLayout.JAVA_LONG, address);
    }

    private boolean deliverVideo(Negotiated n, MemorySegment pwBuf, BufferSlot slot, long spa, MemorySegment region,
                                 int chunkStride, int nDatas) {
        long pts = headerPts(spa);
        long ts = pts > 0 ? pts / 1_000 : System.nanoTime() / 1_000;
        if (n.video() == NativeVideoFormat.MJPEG) {
            // Copied out for our decode thread and given straight back: this (real-time) thread never decodes.
            MjpegPipeline p = mjpeg;
            if (p == null) {
                return false;
            }
            p.submit(region, region.byteSize(), ts, n.frameDurationMicros());
            pw_stream_queue_buffer(stream, pwBuf);
            handedOn = true;
            delivered.incrementAndGet();
            return true;
        }
        if (n != layoutFor || chunkStride != layoutStride) {
            layout(n, n.video().pixelFormat().orElseThrow(), chunkStride); // once per format: Optional is garbage
        }
        VideoPixelFormat pf = frameLayout.format();
        if (pf.numberOfPlanes() > 1 && nDatas > 1) {
            return false; // planes in separate memory blocks: not produced by the sources we support
        }
        if (layoutBytes > region.byteSize()) {
            // a short or mis-sized buffer (renegotiation in flight): not the negotiated size, so not delivered
            sink.frameDiscarded("a " + region.byteSize() + "-byte " + pf + " buffer where " + n.width() + "x"
                    + n.height() + " needs " + layoutBytes);
            return false;
        }
        if (!zeroCopy || !mayHold()) {
            // Lent for the call and queued back right after: consumers that keep frames get a copy (made in core,
            // once), taps read the mapped buffer itself. Either way the producer gets its buffer back at once.
            sink.lend(region, pf, n.width(), n.height(), layoutOffsets, layoutStrides, ts, n.frameDurationMicros());
            pw_stream_queue_buffer(stream, pwBuf);
            handedOn = true;
            delivered.incrementAndGet();
            return true;
        }
        FrameBuffer fb = take(region, pwBuf, slot);
        VideoFrame frame;
        try {
            frame = new VideoFrame(fb, frameLayout, ts, n.frameDurationMicros());
        } catch (RuntimeException e) {
            fb.release(); // the frame never took the buffer: give it back
            throw e;
        }
        sink.deliver(frame);
        delivered.incrementAndGet();
        return true;
    }

    /** Computes the plane layout for frames of {@code n} whose first plane has {@code chunkStride} (0: packed). */
    private void layout(Negotiated n, VideoPixelFormat pf, int chunkStride) {
        int planes = pf.numberOfPlanes();
        int row0 = pf.planeRowBytes(0, n.width());
        int stride0 = chunkStride > 0 ? chunkStride : row0;
        long[] offsets = new long[planes];
        int[] strides = new int[planes];
        long at = 0;
        for (int p = 0; p < planes; p++) {
            offsets[p] = at;
            strides[p] = (int) ((long) stride0 * pf.planeRowBytes(p, n.width()) / row0);
            at += (long) strides[p] * pf.planeRows(p, n.height());
        }
        layoutOffsets = offsets;
        layoutStrides = strides;
        layoutBytes = at;
        frameLayout = VideoFrameLayout.of(pf, n.width(), n.height(), offsets, strides);
        layoutFor = n;
        layoutStride = chunkStride;
    }

    private boolean deliverAudio(Negotiated n, MemorySegment pwBuf, MemorySegment region) {
        int frameBytes = n.channels() * n.audio().bytesPerSample();
        int frames = (int) (region.byteSize() / frameBytes);
        if (frames == 0) {
            return false;
        }
        // Audio buffers carry no header with these sources: stamp the first sample as captured one buffer ago.
        long ts = System.nanoTime() / 1_000 - frames * 1_000_000L / n.rate();
        // Audio streams have as few as two small buffers and a producer that stalls when both are held, so audio
        // is always copied and its buffer goes straight back.
        FrameBuffer fb = copy(region.asSlice(0, (long) frames * frameBytes), pwBuf);
        AudioData data;
        try {
            data = new AudioData(fb, n.audio(), n.rate(), frames, n.channels(), ts);
        } catch (RuntimeException e) {
            fb.release();
            throw e;
        }
        sink.deliver(data);
        delivered.incrementAndGet();
        return true;
    }

    /** {@code spa_meta_header.pts} in ns on CLOCK_MONOTONIC, or -1 without a header. */
    private static long headerPts(long spa) {
        int nMetas = ALL.get(ValueLayout.JAVA_INT, spa + spa_buffer.n_metas$offset());
        long metas = pointer(spa + spa_buffer.metas$offset());
        if (nMetas <= 0 || metas == 0) {
            return -1;
        }
        for (int i = 0; i < nMetas; i++) {
            long m = metas + i * spa_meta.sizeof();
            long data = pointer(m + spa_meta.data$offset());
            if (ALL.get(ValueLayout.JAVA_INT, m + spa_meta.type$offset()) == SPA_META_HEADER
                    && Integer.toUnsignedLong(ALL.get(ValueLayout.JAVA_INT, m + spa_meta.size$offset()))
                            >= spa_meta_header.sizeof()
                    && data != 0) {
                return ALL.get(ValueLayout.JAVA_LONG, data + spa_meta_header.pts$offset());
            }
        }
        return -1;
    }

    /**
     * The frame memory for {@code region} of {@code pwBuf} (whose live slot is {@code slot}, or null): the buffer
     * itself while the producer keeps at least {@link #PRODUCER_RESERVE} free buffers, else a pooled copy (and the
     * buffer goes straight back).
     */
    private FrameBuffer take(MemorySegment region, MemorySegment pwBuf, BufferSlot slot) {
        handedOn = true;
        if (zeroCopy && mayHold() && slot != null) {
            outstanding++;
            return FrameBuffer.wrap(region, slot);
        }
        return copy(region, pwBuf);
    }

    /** Whether one more buffer may go out zero-copy and still leave the producer its reserve. */
    private boolean mayHold() {
        return outstanding < liveBuffers.length - PRODUCER_RESERVE;
    }

    private FrameBuffer copy(MemorySegment region, MemorySegment pwBuf) {
        handedOn = true;
        FrameBuffer copy = FrameBuffer.allocate(region.byteSize());
        MemorySegment.copy(region, 0, copy.memory(), 0, region.byteSize());
        pw_stream_queue_buffer(stream, pwBuf);
        copied.incrementAndGet();
        return copy;
    }

    /**
     * A zero-copy frame was closed, on any thread: marks its buffer returned without blocking and without waking
     * the loop thread, whose next process callback queues it back. After close() the process callback no longer
     * drains, so then the loop is woken to count the return and destroy the stream after the last one. (close() sets {@code closed}
     * before draining under the loop lock, so every push is either seen by that drain or followed by a post.)
     */
    private void returnLater(BufferSlot slot) {
        BufferSlot top;
        do {
            top = returnedStack.get();
            slot.nextReturned = top;
        } while (!returnedStack.compareAndSet(top, slot));
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
            drainReturnedLocked();
            return outstanding;
        } finally {
            processLock.unlock();
        }
    }

    /** processLock held: queues back the buffers of closed frames. */
    private void drainReturnedLocked() {
        BufferSlot slot = returnedStack.getAndSet(null);
        while (slot != null) {
            BufferSlot next = slot.nextReturned;
            slot.nextReturned = null;
            outstanding--;
            if (!destroyed && slot.live) {
                pw_stream_queue_buffer(stream, slot.pwBuf);
            }
            slot = next;
        }
    }

    /**
     * One {@code pw_buffer} of the stream from add_buffer to remove_buffer, and the release action of every
     * zero-copy frame on it (so handing out a frame creates no action object).
     */
    private final class BufferSlot implements Runnable {
        final MemorySegment pwBuf;
        final long address;
        volatile boolean live = true; // false once the stream removed the buffer (loop thread)
        BufferSlot nextReturned; // link in returnedStack; written before the publishing CAS
        // The segment of the last region delivered from this buffer (process callback only): the same region comes
        // round every cycle, so a frame needs no new segment.
        private long regionAddress;
        private MemorySegment region;

        BufferSlot(MemorySegment pwBuf) {
            this.pwBuf = pwBuf;
            this.address = pwBuf.address();
        }

        MemorySegment region(long address, long size) {
            MemorySegment r = region;
            if (r == null || regionAddress != address || r.byteSize() != size) {
                r = ALL.asSlice(address, size);
                region = r;
                regionAddress = address;
            }
            return r;
        }

        /** FrameBuffer release action: the last handle on a frame over this buffer was closed (any thread). */
        @Override
        public void run() {
            returnLater(this);
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

    /** The {@code pw_stream_events} table a backend shares among its sources; {@code data} is the source key. */
    static final class Events {
        final MemorySegment table;

        private Events(MemorySegment table) {
            this.table = table;
        }

        static Events create(PipeWireBackend backend, Arena arena) {
            MemorySegment t = pw_stream_events.allocate(arena);
            pw_stream_events.version(t, PW_VERSION_STREAM_EVENTS());
            pw_stream_events.state_changed(t, pw_stream_events.state_changed.allocate((data, old, state, error) ->
                    dispatch(backend, data, "state_changed", s -> s.onStateChanged(old, state, error)), arena));
            pw_stream_events.param_changed(t, pw_stream_events.param_changed.allocate((data, id, param) ->
                    dispatch(backend, data, "param_changed", s -> s.onParamChanged(id, param)), arena));
            pw_stream_events.add_buffer(t, pw_stream_events.add_buffer.allocate((data, buffer) ->
                    dispatch(backend, data, "add_buffer", s -> s.onAddBuffer(buffer)), arena));
            pw_stream_events.remove_buffer(t, pw_stream_events.remove_buffer.allocate((data, buffer) ->
                    dispatch(backend, data, "remove_buffer", s -> s.onRemoveBuffer(buffer)), arena));
            // process: each source sets its own (see create())
            return new Events(t);
        }

        private static void dispatch(PipeWireBackend backend, MemorySegment data, String what,
                                     java.util.function.Consumer<PipeWireSource> action) {
            try {
                PipeWireSource s = backend.source(data.address());
                if (s != null) {
                    action.accept(s);
                }
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.WARNING, "PipeWire stream " + what + " callback failed", t);
            }
        }
    }
}
