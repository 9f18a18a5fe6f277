package io.mediacapture.linux.v4l2;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.linux.StopSignal;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.pollfd;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.timeval;
import io.mediacapture.bindings.v4l2.v4l2_buffer;
import io.mediacapture.bindings.v4l2.v4l2_capability;
import io.mediacapture.bindings.v4l2.v4l2_event;
import io.mediacapture.bindings.v4l2.v4l2_requestbuffers;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.linux.mjpeg.MjpegPipeline;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.PullSource;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One camera streaming into mmap buffers. Core's pull thread calls {@link #pull}: poll() on the device
 * and on an eventfd that {@link #close()} signals, then {@code VIDIOC_DQBUF} until the driver has nothing
 * more. A frame points straight into the buffer it was captured in; closing the frame re-queues the
 * buffer ({@code VIDIOC_QBUF}, from whatever thread closes it). Only when the application holds on to so
 * many frames that fewer than {@value #MIN_QUEUED} buffers are left to the driver is a frame copied and
 * its buffer re-queued at once, so the camera never starves.
 *
 * <p>Locking: {@code io} serialises the pull thread's poll/dequeue with the teardown in {@link #close()};
 * the monitor {@code state} guards the buffer bookkeeping and the descriptor's lifetime against frame
 * releases from any thread. Lock order: io, then state. The descriptor is closed by {@link #close()}; the
 * mappings are released when both the source is closed and the last frame on them is closed.
 */
final class V4l2Source implements PullSource {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.linux.v4l2");
    private static final int BUFFER_COUNT = 4;
    private static final int MIN_QUEUED = 2;

    private final V4l2Node node;
    private final V4l2Calls calls;
    private final SourceSink sink;
    private final Runnable onDeviceLost;
    private final CaptureFormat format;
    private VideoFrameLayout frameLayout; // of format, made by the capture thread at its first frame
    private final long durationMicros;
    private final MmapBuffers buffers;
    private final StopSignal wake;
    private final Arena ioArena = Arena.ofShared();
    private final MemorySegment pollFds;
    private final MemorySegment dqBuf;
    private final MemorySegment qBuf;
    private final MemorySegment probe;
    private final MemorySegment event;
    private final V4l2CameraControls controls; // null when the camera has none of the Image Capture controls

    private final ReentrantLock io = new ReentrantLock();
    private final Object state = new Object();
    private boolean torndown;     // guarded by state
    private int outstanding;      // frames pointing into buffers; guarded by state
    private int queued;           // buffers the driver holds; guarded by state
    private boolean started;      // guarded by state
    private volatile boolean closing; // set once, by close(), through CLOSING
    private volatile boolean ended;
    private int errorPolls;       // pull thread only
    private final MjpegPipeline mjpeg; // MJPEG only: decodes off the pull thread (io.mediacapture.linux.mjpeg)

    private static final VarHandle CLOSING;

    static {
        try {
            CLOSING = MethodHandles.lookup().findVarHandle(V4l2Source.class, "closing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Owns what it is given once constructed. Tests pass scripted {@code calls} (the driver's answers). */
    V4l2Source(V4l2Calls calls, V4l2Node node, SourceSink sink, Runnable onDeviceLost, CaptureFormat format,
               double frameRate, MmapBuffers buffers, StopSignal wake) {
        this.calls = calls;
        this.node = node;
        this.sink = sink;
        this.onDeviceLost = onDeviceLost;
        this.format = format;
        this.durationMicros = frameRate > 0 ? Math.round(1_000_000 / frameRate) : 0;
        this.buffers = buffers;
        this.wake = wake;
        this.pollFds = pollfd.allocateArray(2, ioArena);
        this.dqBuf = v4l2_buffer.allocate(ioArena);
        this.qBuf = v4l2_buffer.allocate(ioArena);
        this.probe = v4l2_capability.allocate(ioArena);
        this.event = v4l2_event.allocate(ioArena);
        this.mjpeg = format.nativeFormat() == NativeVideoFormat.MJPEG
                ? new MjpegPipeline(node.toString(), sink, format.width(), format.height()) : null;
        V4l2ControlMap map = controlsOf(node);
        this.controls = map.isEmpty() ? null
                : new V4l2CameraControls(map, node.toString(), state, () -> torndown ? -1 : node.fd());
    }

    /** The node's Image Capture controls; none when the driver cannot list them (it is no reason to fail the open). */
    private static V4l2ControlMap controlsOf(V4l2Node node) {
        try {
            return V4l2ControlMap.of(V4l2ControlIo.query(node.calls(), node.fd()));
        } catch (ErrnoException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot list the controls of " + node + "; it gets none", e);
            return V4l2ControlMap.of(java.util.List.of());
        }
    }

    @Override
    public java.util.Optional<io.mediacapture.spi.CameraControls> controls() {
        return java.util.Optional.ofNullable(controls);
    }

    /**
     * Opens {@code path} and configures it ({@code S_FMT}, {@code S_PARM}, buffers); nothing streams until
     * {@link #start()}. {@code onDeviceLost} runs on the pull thread when the device goes away while streaming
     * (its node may outlive the device until every descriptor is closed, so /dev alone does not tell).
     *
     * @throws BackendException NOT_FOUND, PERMISSION_DENIED, BUSY, UNSUPPORTED_CONFIGURATION or FAILED
     */
    static V4l2Source open(String path, int fourcc, NativeVideoFormat nativeFormat, int width, int height,
                           double frameRate, SourceSink sink, Runnable onDeviceLost) throws BackendException {
        return open(V4l2Calls.SYSTEM, path, fourcc, nativeFormat, width, height, frameRate, sink, onDeviceLost);
    }

    /** As {@link #open(String, int, NativeVideoFormat, int, int, double, SourceSink, Runnable)}, through {@code calls}. */
    static V4l2Source open(V4l2Calls calls, String path, int fourcc, NativeVideoFormat nativeFormat, int width,
                           int height, double frameRate, SourceSink sink, Runnable onDeviceLost) throws BackendException {
        V4l2Node node = V4l2Node.open(calls, path);
        MmapBuffers buffers = null;
        StopSignal wake = null;
        try {
            CaptureFormat f = CaptureFormat.apply(node, fourcc, nativeFormat, width, height);
            StreamParameters.setFrameRate(node, frameRate);
            buffers = MmapBuffers.request(calls, node.fd(), BUFFER_COUNT);
            wake = StopSignal.open();
            return new V4l2Source(calls, node, sink, onDeviceLost, f, frameRate, buffers, wake);
        } catch (ErrnoException e) {
            cleanUpFailedOpen(node, buffers, wake);
            throw V4l2Errors.of(e, V4l2Errors.Phase.CONFIGURE, "cannot set up camera " + path);
        } catch (BackendException | RuntimeException e) {
            cleanUpFailedOpen(node, buffers, wake);
            if (e instanceof BackendException b) {
                throw b;
            }
            throw new BackendException(BackendException.Kind.FAILED, "cannot set up camera " + path + ": " + e, e);
        }
    }

    private static void cleanUpFailedOpen(V4l2Node node, MmapBuffers buffers, StopSignal wake) {
        if (buffers != null) {
            buffers.unmap();
        }
        if (wake != null) {
            wake.close();
        }
        node.close();
    }

    /** The format the device actually streams in. */
    CaptureFormat format() {
        return format;
    }

    @Override
    public void start() throws BackendException {
        try {
            synchronized (state) {
                if (torndown || started) {
                    throw new BackendException(BackendException.Kind.FAILED, "camera " + node + " was already started or closed");
                }
                for (int i = 0; i < buffers.count(); i++) {
                    queue(i);
                }
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment type = a.allocateFrom(ValueLayout.JAVA_INT, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
                    calls.ioctl(node.fd(), Vidioc.VIDIOC_STREAMON, type, "VIDIOC_STREAMON");
                }
                started = true;
            }
        } catch (ErrnoException e) {
            throw V4l2Errors.of(e, V4l2Errors.Phase.CONFIGURE, "cannot start streaming from " + node);
        }
    }

    // ---- the pull thread ---------------------------------------------------------------------------

    @Override
    public boolean pull(long timeoutNanos) {
        BackendException end = null;
        io.lock();
        try {
            if (closing || ended) {
                return false;
            }
            end = pollAndDrain(timeoutNanos);
        } catch (ErrnoException e) {
            end = V4l2Errors.of(e, V4l2Errors.Phase.STREAM, "capture from " + node + " failed");
        } finally {
            io.unlock();
        }
        if (end != null && !closing) {
            ended = true;
            LOG.log(System.Logger.Level.DEBUG, "camera " + node + " ended: " + end.getMessage());
            if (end.kind() == BackendException.Kind.DEVICE_LOST) {
                try {
                    onDeviceLost.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "reporting the loss of " + node + " failed", e);
                }
            }
            sink.ended(end);
            return false;
        }
        return !closing && !ended;
    }

    /** Returns why the stream ended, or null. */
    private BackendException pollAndDrain(long timeoutNanos) {
        pollfd.fd(pollFds, node.fd());
        pollfd.events(pollFds, (short) (poll_h.POLLIN() | poll_h.POLLPRI()));
        pollfd.revents(pollFds, (short) 0);
        wake.pollOn(pollfd.asSlice(pollFds, 1));
        int ms = (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(timeoutNanos)));
        if (calls.poll(pollFds, 2, ms) == 0 || closing) {
            return null;
        }
        int revents = pollfd.revents(pollFds);
        if ((revents & poll_h.POLLPRI()) != 0 && controls != null) {
            // V4L2_EVENT_CTRL: another program changed a control
            if (V4l2ControlIo.drainEvents(node.fd(), event) > 0) {
                controls.eventsArrived();
            }
            if ((revents & ~poll_h.POLLPRI()) == 0) {
                return null;
            }
        }
        if ((revents & poll_h.POLLIN()) != 0) {
            errorPolls = 0;
            return drain();
        }
        if ((revents & (poll_h.POLLERR() | poll_h.POLLHUP() | poll_h.POLLNVAL())) != 0) {
            return afterErrorPoll(revents);
        }
        return null;
    }

    /**
     * poll() flagged an error. Unplugged devices answer every ioctl with ENODEV; vb2 also flags an error
     * before the first buffer is queued, which a later poll clears. A device that keeps flagging errors
     * without giving frames has failed.
     */
    private BackendException afterErrorPoll(int revents) {
        BackendException fromDequeue = drain();
        if (fromDequeue != null) {
            return fromDequeue;
        }
        int r = calls.ioctl(node.fd(), Vidioc.VIDIOC_QUERYCAP, probe);
        if (r < 0 && V4l2Errors.isDeviceGone(-r)) {
            return new BackendException(BackendException.Kind.DEVICE_LOST, "camera " + node + " was disconnected");
        }
        if (++errorPolls > 50) {
            return new BackendException(BackendException.Kind.FAILED, "camera " + node
                    + " keeps reporting an error (poll revents 0x" + Integer.toHexString(revents) + ") without frames");
        }
        try {
            Thread.sleep(10); // do not spin on a descriptor that stays in error
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Dequeues and delivers every finished buffer. Returns why the stream ended, or null. */
    private BackendException drain() {
        while (!closing) {
            dqBuf.fill((byte) 0);
            v4l2_buffer.type(dqBuf, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
            v4l2_buffer.memory(dqBuf, videodev2_h.V4L2_MEMORY_MMAP());
            int r = calls.ioctl(node.fd(), Vidioc.VIDIOC_DQBUF, dqBuf);
            if (r == -errno_h.EAGAIN()) {
                return null;
            }
            if (r < 0) {
                ErrnoException e = new ErrnoException("ioctl(VIDIOC_DQBUF)", -r);
                if (V4l2Errors.isDeviceGone(-r)) {
                    return new BackendException(BackendException.Kind.DEVICE_LOST, "camera " + node + " was disconnected", e);
                }
                return new BackendException(BackendException.Kind.FAILED, "capture from " + node + " failed: " + e.getMessage(), e);
            }
            synchronized (state) {
                queued--;
            }
            deliver(v4l2_buffer.index(dqBuf), Integer.toUnsignedLong(v4l2_buffer.bytesused(dqBuf)),
                    v4l2_buffer.flags(dqBuf), timestampMicros(dqBuf));
        }
        return null;
    }

    /** The buffer's capture time on the library clock (CLOCK_MONOTONIC), or now when the driver's clock is another. */
    private static long timestampMicros(MemorySegment buf) {
        int kind = v4l2_buffer.flags(buf) & videodev2_h.V4L2_BUF_FLAG_TIMESTAMP_MASK();
        MemorySegment tv = v4l2_buffer.timestamp(buf);
        long sec = timeval.tv_sec(tv);
        long usec = timeval.tv_usec(tv);
        if (kind == videodev2_h.V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC() && (sec != 0 || usec != 0)) {
            return sec * 1_000_000 + usec;
        }
        return System.nanoTime() / 1_000;
    }

    private void deliver(int index, long bytesUsed, int flags, long timestamp) {
        if ((flags & videodev2_h.V4L2_BUF_FLAG_ERROR()) != 0 || bytesUsed == 0
                || (!format.nativeFormat().isCompressed() && bytesUsed < format.minimumBytes())) {
            requeue(index); // a corrupted or short frame: drop it, as the V4L2 spec suggests
            return;
        }
        MemorySegment mapping = buffers.segment(index);
        if (mjpeg != null) {
            // The same path as PipeWire's MJPEG: copied out, decoded on the pipeline's thread, buffer back at once.
            mjpeg.submit(mapping, bytesUsed, timestamp, durationMicros);
            requeue(index);
            return;
        }
        boolean copy;
        synchronized (state) {
            copy = queued < MIN_QUEUED || torndown;
            if (!copy) {
                outstanding++;
            }
        }
        FrameBuffer fb;
        if (copy) {
            fb = FrameBuffer.allocate(bytesUsed);
            MemorySegment.copy(mapping, 0, fb.memory(), 0, bytesUsed);
            requeue(index);
        } else {
            fb = FrameBuffer.wrap(mapping, () -> released(index));
        }
        if (format.nativeFormat().isCompressed()) {
            sink.deliverCompressed(format.nativeFormat(), fb, bytesUsed, format.width(), format.height(),
                    timestamp, durationMicros);
            return;
        }
        VideoFrame frame;
        try {
            if (frameLayout == null) { // once: building a layout checks it and copies its arrays
                VideoPixelFormat pf = format.nativeFormat().pixelFormat().orElseThrow();
                frameLayout = VideoFrameLayout.of(pf, format.width(), format.height(), format.offsets(),
                        format.strides());
            }
            frame = fb.toVideoFrame(frameLayout, timestamp, durationMicros);
        } catch (RuntimeException e) {
            fb.release();
            LOG.log(System.Logger.Level.WARNING, "dropping a frame from " + node + " that does not fit " + format, e);
            return;
        }
        sink.deliver(frame);
    }

    /** The release action of a zero-copy frame; runs once, on whichever thread closes the last handle. */
    private void released(int index) {
        synchronized (state) {
            outstanding--;
            if (torndown) {
                if (outstanding == 0) {
                    buffers.unmap();
                }
                return;
            }
        }
        requeue(index);
    }

    /** Gives a buffer back to the driver, unless the source is already torn down. Never throws. */
    private void requeue(int index) {
        synchronized (state) {
            if (torndown) {
                return;
            }
            try {
                queue(index);
            } catch (ErrnoException e) {
                // ENODEV after an unplug: the pull thread notices and ends the track.
                LOG.log(System.Logger.Level.DEBUG, "re-queueing buffer " + index + " of " + node + " failed", e);
            }
        }
    }

    private void queue(int index) {
        qBuf.fill((byte) 0);
        v4l2_buffer.index(qBuf, index);
        v4l2_buffer.type(qBuf, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
        v4l2_buffer.memory(qBuf, videodev2_h.V4L2_MEMORY_MMAP());
        calls.ioctl(node.fd(), Vidioc.VIDIOC_QBUF, qBuf, "VIDIOC_QBUF");
        queued++;
    }

    // ---- closing -----------------------------------------------------------------------------------

    @Override
    public void close() {
        // Compare-and-set: of two concurrent closes only one may signal the wake-up eventfd, which the winner then closes (a
        // second write could land in whatever descriptor reused that number meanwhile).
        if (!CLOSING.compareAndSet(this, false, true)) {
            return;
        }
        wakePullThread();
        if (mjpeg != null) {
            mjpeg.close(); // submits after this are ignored; the slots are freed once its thread ended
        }
        io.lock();
        try {
            synchronized (state) {
                if (torndown) {
                    return;
                }
                torndown = true;
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment type = a.allocateFrom(ValueLayout.JAVA_INT, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
                    calls.ioctl(node.fd(), Vidioc.VIDIOC_STREAMOFF, type); // fails harmlessly when unplugged
                }
                releaseQueue();
                closeQuietly(node::close, "the camera descriptor");
                closeQuietly(wake::close, "the wake-up eventfd");
                if (outstanding == 0) {
                    buffers.unmap();
                }
                ioArena.close();
            }
        } finally {
            io.unlock();
        }
    }

    /**
     * {@code VIDIOC_REQBUFS} with count 0 frees the device for other clients at once. Frames the
     * application still holds keep their mappings: the kernel orphans the buffers until they are unmapped.
     * Without this, the device would stay busy until the last mapping went, since a mapping keeps the
     * file open.
     */
    private void releaseQueue() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment req = v4l2_requestbuffers.allocate(a);
            v4l2_requestbuffers.count(req, 0);
            v4l2_requestbuffers.type(req, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
            v4l2_requestbuffers.memory(req, videodev2_h.V4L2_MEMORY_MMAP());
            int r = calls.ioctl(node.fd(), Vidioc.VIDIOC_REQBUFS, req);
            if (r < 0 && outstanding > 0) {
                LOG.log(System.Logger.Level.DEBUG, "camera " + node + " cannot orphan buffers that frames still use ("
                        + Errno.name(-r) + "); it stays busy until they are closed");
            }
        }
    }

    private void wakePullThread() {
        try {
            wake.signal();
        } catch (ErrnoException e) {
            LOG.log(System.Logger.Level.DEBUG, "waking the pull thread of " + node + " failed", e);
        }
    }

    private void closeQuietly(Runnable r, String what) {
        try {
            r.run();
        } catch (ErrnoException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing " + what + " of " + node + " failed", e);
        }
    }

    @Override
    public String toString() {
        return "V4l2Source[" + node + " " + format + "]";
    }
}
