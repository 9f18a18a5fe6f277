package io.mediacapture.spi;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.internal.frame.BufferPool;
import io.mediacapture.internal.frame.FrameFactory;
import io.mediacapture.internal.frame.RefCountedMemory;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The memory behind one frame, shared by every {@link VideoFrame}/{@link AudioData} handle on it and released when
 * the last handle closes. This is where producers (backends, the library's own sources and converters) build
 * frames: applications only consume them, so the frames have no public constructors.
 *
 * <p>A backend either {@linkplain #wrap wraps} memory it owns (a mapped PipeWire buffer, a V4L2 mmap buffer),
 * with a release action that gives the memory back to the device (queue the buffer), or
 * {@linkplain #allocate allocates} pooled off-heap memory and writes into it through {@link #memory()}. Then
 * {@link #toVideoFrame} or {@link #toAudioData} makes the frame, which takes over the buffer's reference. Either way
 * the frame's planes point straight into this memory: nothing is copied on the way to the application.
 *
 * <p>Thread-safe. The release action runs once, on the thread that drops the last reference; it must not
 * block and must not throw.
 */
public final class FrameBuffer implements RefCountedMemory {
    // The count is a field of this object, not an AtomicInteger, and a pooled buffer names its block instead of
    // capturing it in a release lambda: a buffer is made per frame, and each object less is garbage less.
    private static final VarHandle REFS;

    static {
        try {
            REFS = MethodHandles.lookup().findVarHandle(FrameBuffer.class, "refs", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MemorySegment memory;
    private final Runnable release; // null for a pooled block
    private final MemorySegment pooledBlock; // null for wrapped memory
    @SuppressWarnings("unused") // through REFS
    private volatile int refs = 1;

    private FrameBuffer(MemorySegment memory, Runnable release, MemorySegment pooledBlock) {
        this.memory = memory;
        this.release = release;
        this.pooledBlock = pooledBlock;
    }

    /**
     * Wraps memory owned elsewhere. The caller keeps {@code memory} valid until {@code release} runs.
     * The new buffer holds one reference, which the frame built on it takes over.
     *
     * <p>"Until {@code release} runs" includes after the source that delivered the frame is
     * {@linkplain SourceHandle#close() closed}, after its backend is {@linkplain Backend#close() closed}, and after
     * the device or the OS service behind it went away: applications may read a frame they hold at any time until
     * they close it (or the garbage collector reclaims it), and reading unmapped memory would crash the JVM. A
     * backend therefore defers unmapping (and whatever teardown would unmap) until the last such release; the
     * release action of a closed source only frees, it never hands the memory back to a device.
     *
     * @throws IllegalArgumentException when {@code memory} is on the Java heap: frames hand out their planes as
     *                                  native segments, which heap memory cannot give
     */
    public static FrameBuffer wrap(MemorySegment memory, Runnable release) {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(release, "release");
        if (!memory.isNative()) {
            throw new IllegalArgumentException("a frame buffer wraps native memory only; " + memory
                    + " is on the Java heap (copy it into FrameBuffer.allocate(bytes).memory() instead)");
        }
        return new FrameBuffer(memory, release, null);
    }

    /** Pooled off-heap memory of at least {@code bytes} bytes (contents undefined), returned to the pool on release. */
    public static FrameBuffer allocate(long bytes) {
        MemorySegment block = BufferPool.shared().acquire(bytes);
        return new FrameBuffer(block.asSlice(0, bytes), null, block);
    }

    /**
     * A video frame of {@code layout} over this buffer. The frame takes over the caller's reference: the caller
     * hands it on (or closes it) and does not {@link #release()} the buffer itself, nor write it any more. A source
     * that delivers many frames of one layout makes the layout once ({@link VideoFrameLayout#of}), so that building
     * a frame neither copies nor re-checks it.
     *
     * @param timestamp capture time in microseconds on the library clock
     * @param duration  in microseconds, or -1 when unknown
     * @return the frame, which the caller owns
     * @throws IllegalArgumentException when the buffer is smaller than the layout's {@link VideoFrameLayout#byteSize()}
     *                                  (the caller keeps its reference then)
     */
    public VideoFrame toVideoFrame(VideoFrameLayout layout, long timestamp, long duration) {
        return FrameFactory.videoFrame(this, Objects.requireNonNull(layout, "layout"), timestamp, duration);
    }

    /**
     * Audio data over this buffer, samples tightly packed from offset 0: interleaved, or channel after channel for
     * planar formats. The data takes over the caller's reference, as {@link #toVideoFrame} does.
     *
     * @param timestamp capture time of the first sample, microseconds on the library clock
     * @return the audio data, which the caller owns
     * @throws IllegalArgumentException when the rate or a count is not positive (frames may be 0), or the samples do
     *                                  not fit in the buffer (the caller keeps its reference then)
     */
    public AudioData toAudioData(AudioSampleFormat format, float sampleRate, int numberOfFrames, int numberOfChannels,
                                 long timestamp) {
        return FrameFactory.audioData(this, Objects.requireNonNull(format, "format"), sampleRate, numberOfFrames,
                numberOfChannels, timestamp);
    }

    /** The whole buffer, writable; for the producer filling it, before the frame is made and handed on. */
    @Override
    public MemorySegment memory() {
        return memory;
    }

    /** Adds a reference. @throws IllegalStateException when already released */
    @Override
    public void retain() {
        int n;
        do {
            n = (int) REFS.getVolatile(this);
            if (n <= 0) {
                throw new IllegalStateException("frame buffer already released");
            }
        } while (!REFS.compareAndSet(this, n, n + 1));
    }

    /** Drops a reference; the last one runs the release action. */
    @Override
    public void release() {
        int n = (int) REFS.getAndAdd(this, -1) - 1;
        if (n == 0) {
            if (pooledBlock != null) {
                BufferPool.shared().release(pooledBlock);
            } else {
                release.run();
            }
        } else if (n < 0) {
            throw new IllegalStateException("frame buffer released more often than retained");
        }
    }

    /** Current reference count (for tests and diagnostics). */
    public int referenceCount() {
        return (int) REFS.getVolatile(this);
    }
}
