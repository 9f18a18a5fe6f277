package io.mediacapture.windows.mf;

import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.mf.MfInterfaces.IMFSourceReader;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One camera streaming through an asynchronous IMFSourceReader. Each OnReadSample (on a Media Foundation
 * thread) delivers its sample and asks for the next; {@link ReaderStateMachine} decides, and this class
 * carries the steps out under {@code lock}, which {@link #close()} also takes, so that no sink call
 * happens after close returns.
 *
 * <p>{@link #start()} returns when the first frame has arrived: Media Foundation starts a camera that
 * another application holds without complaint and fails its first read, so a failure before the first
 * frame, or no frame within {@link #FIRST_FRAME_TIMEOUT_MILLIS}, is start()'s failure (NotReadableError,
 * or NotAllowedError for E_ACCESSDENIED), not the end of a running track.
 *
 * <p>A frame handler may stop the track, which closes this source from inside OnReadSample on the Media
 * Foundation thread: the machine is closed at once (no sink call and no further read after that), and the
 * flush and release, which must not run inside the reader's own callback, continue on another thread.
 *
 * <p>Lifetime: the source owns the media source, the reader and its reference to the callback object.
 * Close flushes the reader (waiting briefly for OnFlush, so no read is outstanding), shuts the media
 * source down (freeing the camera for other applications) and releases all three. Media Foundation may
 * still hold the callback object for a while; it then forwards to a closed machine, which ignores it.
 */
final class MfSource implements SourceHandle, ReaderCallback.Target {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.mf");
    /** Long enough for slow cameras (IR, auto-exposure warm-up), short enough to give a busy camera's answer. */
    static final long FIRST_FRAME_TIMEOUT_MILLIS = 10_000;

    /** Turns one sample into frames for the sink ({@link SampleFrames}; tests use their own). */
    interface FrameDelivery {
        void deliver(MemorySegment sample, long timestampMicros, SourceSink sink);
    }

    private final String label;
    private final ComThread com;
    private final SourceSink sink;
    private final Runnable onDeviceLost;
    private final long firstFrameTimeoutMillis;
    private FrameDelivery frames; // set in setUp; read under lock after start
    private final Object lock = new Object();
    private final ReaderStateMachine machine;
    private final CountDownLatch flushed = new CountDownLatch(1);
    private final CountDownLatch firstFrame = new CountDownLatch(1);
    private BackendException startFailure; // guarded by lock
    private Thread inCallback; // the thread inside onReadSample; guarded by lock
    private ComRef mediaSource; // set once in open, on the COM thread
    private ComRef reader;
    private ComRef callback;
    private volatile MfCameraControls controls; // set in setUp when the camera has IAMVideoProcAmp/IAMCameraControl
    private volatile MfPhotoStream photo; // set in setUp when the camera has a photo stream this backend can trigger

    private MfSource(String label, ComThread com, SourceSink sink, Runnable onDeviceLost, long firstFrameTimeoutMillis) {
        this.label = label;
        this.com = com;
        this.sink = sink;
        this.onDeviceLost = onDeviceLost;
        this.firstFrameTimeoutMillis = firstFrameTimeoutMillis;
        this.machine = new ReaderStateMachine(label);
    }

    /**
     * A source over a reader that is already set up, which it now owns (tests: a fake IMFSourceReader and
     * their own frame delivery; the reader's callback is theirs to drive through {@link #onReadSample}).
     */
    static MfSource attach(ComThread com, String label, ComRef reader, FrameDelivery frames, SourceSink sink,
                           Runnable onDeviceLost, long firstFrameTimeoutMillis) {
        MfSource s = new MfSource(label, com, sink, onDeviceLost, firstFrameTimeoutMillis);
        s.reader = reader;
        s.frames = frames;
        return s;
    }

    /**
     * Opens the camera and selects {@code type} at {@code rate}. Runs on the COM thread.
     *
     * @throws BackendException NOT_FOUND, PERMISSION_DENIED, BUSY, UNSUPPORTED_CONFIGURATION or FAILED
     */
    static MfSource open(ComThread com, String label, String symbolicLink, NativeType type, double rate,
                         SourceSink sink, Runnable onDeviceLost) throws BackendException {
        try {
            return com.call(() -> {
                MfSource s = new MfSource(label, com, sink, onDeviceLost, FIRST_FRAME_TIMEOUT_MILLIS);
                try {
                    s.setUp(symbolicLink, type, rate);
                    return s;
                } catch (RuntimeException e) {
                    s.release();
                    throw e;
                }
            });
        } catch (ComException e) {
            throw MfErrors.of(e, MfErrors.Phase.OPEN, "cannot open camera " + label);
        }
    }

    private void setUp(String symbolicLink, NativeType type, double rate) {
        mediaSource = InvalidRequestRetry.DEFAULT.call(() -> MfPlatform.createDeviceSource(symbolicLink));
        controls = MfCameraControls.open(com, label, mediaSource);
        callback = ReaderCallback.create(this);
        try (ComRef attrs = MfPlatform.createAttributes(2)) {
            Attributes.setUnknown(attrs, MfGuids.SOURCE_READER_ASYNC_CALLBACK, callback);
            Attributes.setUInt32(attrs, MfGuids.READWRITE_DISABLE_CONVERTERS, 1);
            reader = MfPlatform.createSourceReader(mediaSource, attrs);
        }
        reader.call(IMFSourceReader.SET_STREAM_SELECTION, MfGuids.ALL_STREAMS, 0);
        reader.call(IMFSourceReader.SET_STREAM_SELECTION, MfGuids.FIRST_VIDEO_STREAM, 1);
        try (ComRef mediaType = ComRef.receive("IMFMediaType", "IMFSourceReader::GetNativeMediaType",
                out -> reader.call(IMFSourceReader.GET_NATIVE_MEDIA_TYPE, MfGuids.FIRST_VIDEO_STREAM, type.index(), out))) {
            // The native type as the camera listed it: no attribute changed (a forced rate is what drivers refuse).
            int stride = (int) Attributes.uint32(mediaType, MfGuids.MT_DEFAULT_STRIDE).orElse(0);
            var m = type.mode();
            synchronized (lock) {
                frames = new SampleFrames(m.format(), m.width(), m.height(), stride, rate);
            }
            reader.call(IMFSourceReader.SET_CURRENT_MEDIA_TYPE, MfGuids.FIRST_VIDEO_STREAM, MemorySegment.NULL, mediaType);
        }
        photo = findPhotoStream(com, label, mediaSource, reader, MfPhotoStream::sampleFrame);
    }

    /** The camera's photo stream, or null; a failure looking for it only means photos are frames (logged). */
    static MfPhotoStream findPhotoStream(ComThread com, String label, ComRef mediaSource, ComRef reader,
                                         MfPhotoStream.PhotoFrames frames) {
        try {
            return MfPhotoStream.find(com, label, mediaSource, reader, frames);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "camera " + label + ": looking for its photo stream failed; photos "
                    + "are frames", e);
            return null;
        }
    }

    /** Tests: a photo stream found on their fake source, routed like a real one. */
    void attachPhotoStream(MfPhotoStream p) {
        photo = p;
    }

    /**
     * Issues the first read and waits for the first frame, at most {@link #FIRST_FRAME_TIMEOUT_MILLIS}.
     *
     * @throws BackendException BUSY when the camera fails before its first frame or sends none in time,
     *                          PERMISSION_DENIED for E_ACCESSDENIED; core then closes the source
     */
    @Override
    public void start() throws BackendException {
        synchronized (lock) {
            if (!machine.start()) {
                throw new BackendException(BackendException.Kind.FAILED, "camera " + label + " was already started or closed");
            }
            int hr = requestSample();
            if (HResult.failed(hr)) {
                throw machine.readFailed(hr).end();
            }
        }
        boolean arrived;
        try {
            arrived = firstFrame.await(firstFrameTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BackendException.Kind.FAILED, "interrupted while camera " + label + " started", e);
        }
        synchronized (lock) {
            if (startFailure != null) {
                throw startFailure;
            }
            if (machine.state() == ReaderStateMachine.State.CLOSED) {
                throw new BackendException(BackendException.Kind.FAILED, "camera " + label + " was closed while it started");
            }
            if (!arrived) {
                BackendException late = machine.startTimedOut(firstFrameTimeoutMillis);
                if (late != null) {
                    throw late;
                }
            }
        }
    }

    private int requestSample() {
        return reader.callRaw(IMFSourceReader.READ_SAMPLE, MfGuids.FIRST_VIDEO_STREAM, 0,
                MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
    }

    // ---- Media Foundation threads ------------------------------------------------------------------

    @Override
    public void onReadSample(int status, int streamIndex, int flags, long timestamp, MemorySegment sample) {
        MfPhotoStream p = photo;
        if (p != null && streamIndex == p.streamIndex()) {
            p.onReadSample(status, flags, sample); // the photo stream's answer: not the video's state machine
            return;
        }
        long now = System.nanoTime() / 1_000;
        BackendException end;
        synchronized (lock) {
            inCallback = Thread.currentThread();
            try {
                ReaderStateMachine.Step step = machine.onReadSample(status, flags, !sample.equals(MemorySegment.NULL));
                if (step.firstFrame()) {
                    firstFrame.countDown();
                }
                if (step.deliver()) {
                    try {
                        frames.deliver(sample, now, sink);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "dropping a frame of camera " + label, e);
                    }
                }
                // Delivering may have run a handler that stopped the track (close() on this thread): look again.
                if (step.readNext() && machine.live()) {
                    int hr = requestSample();
                    if (HResult.failed(hr)) {
                        step = machine.readFailed(hr);
                    }
                }
                end = step.end();
                if (end != null && step.starting()) {
                    startFailure = end; // start() reports it; the track never began
                    firstFrame.countDown();
                    end = null;
                } else if (end != null) {
                    sink.ended(end);
                }
            } finally {
                inCallback = null;
            }
        }
        if (end != null && end.kind() == BackendException.Kind.DEVICE_LOST) {
            onDeviceLost.run();
        }
    }

    @Override
    public void onFlush(int streamIndex) {
        flushed.countDown();
    }

    // ---- closing -------------------------------------------------------------------------------------

    /**
     * Stops delivery at once and releases the camera. From inside a frame handler (the Media Foundation
     * callback thread) the flush and release continue on another thread, since waiting there for OnFlush
     * would wait for the very callback that is running.
     */
    @Override
    public void close() {
        boolean fromCallback;
        synchronized (lock) {
            if (machine.state() == ReaderStateMachine.State.CLOSED) {
                return;
            }
            machine.close();
            firstFrame.countDown(); // a start() still waiting returns now
            fromCallback = inCallback == Thread.currentThread();
        }
        if (fromCallback) {
            Thread.ofPlatform().daemon().name("mediacapture-mf-close " + label).start(this::teardown);
        } else {
            teardown();
        }
    }

    private void teardown() {
        try {
            int hr = reader.callRaw(IMFSourceReader.FLUSH, MfGuids.ALL_STREAMS);
            if (HResult.succeeded(hr) && !flushed.await(2, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "camera " + label + " did not confirm the flush within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "flushing camera " + label + " failed", e);
        }
        try {
            com.run(this::release);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "releasing camera " + label + " failed", e);
        }
    }

    /** The camera's photo stream (its still-image mode), when it has one; else photos are frames of the stream. */
    @Override
    public java.util.Optional<io.mediacapture.spi.StillImageCapture> stillImage() {
        return java.util.Optional.ofNullable(photo);
    }

    @Override
    public java.util.Optional<io.mediacapture.spi.CameraControls> controls() {
        return java.util.Optional.ofNullable(controls);
    }

    /** Releases what setUp acquired, in reverse order; each step runs even when an earlier one fails. */
    private void release() {
        MfPhotoStream p = photo;
        if (p != null) {
            p.close(); // a photo still waiting fails; the trigger and flash interfaces are the source's
        }
        MfCameraControls c = controls;
        if (c != null) {
            c.close(); // before the source's Shutdown: the control interfaces are the source's
        }
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            try {
                if (mediaSource != null) {
                    MfEnumerator.shutdown(mediaSource);
                }
            } finally {
                if (callback != null) {
                    callback.close();
                }
            }
        }
    }

    @Override
    public String toString() {
        return "MfSource[" + label + "]";
    }
}
