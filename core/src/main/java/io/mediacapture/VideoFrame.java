package io.mediacapture;

import io.mediacapture.internal.frame.FrameAccess;
import io.mediacapture.internal.frame.FrameFactory;
import io.mediacapture.internal.frame.FrameLease;
import io.mediacapture.internal.frame.FrameLoan;
import io.mediacapture.internal.frame.FrameMemory;
import io.mediacapture.internal.frame.RefCountedMemory;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * WebCodecs {@code VideoFrame}: one picture, its pixel format, size and capture time. The planes are
 * read-only views straight into the capture buffer (zero-copy), valid until {@link #close()}; after that
 * every method that reads pixels throws {@link IllegalStateException}, and views obtained before fail on
 * access instead of reading reused memory.
 *
 * <p>Close every frame promptly: a frame holds a device or pool buffer. Thread-safe: a frame may be read
 * from several threads and closed from any thread: a {@link #copyTo} or {@link #byteAt} that a close on another
 * thread overtakes reads memory that stays valid until it returns, and then throws {@link IllegalStateException}.
 *
 * <p>Lent frames: a {@link FrameTap} handler is given frames that are only lent for the call (possibly straight in a
 * device buffer the source takes back when the call returns). A lent frame is confined to the calling thread and
 * stops working when the handler returns; {@link #close()} on it does nothing, and {@link #clone()} copies its
 * pixels into a frame of the caller's own. On any other thread it reads as closed, and its plane views throw
 * {@link WrongThreadException} there: that is what makes them cheap (a thread-confined arena).
 *
 * <p>Plane views of a frame of one's own (read from a {@link MediaStreamTrackProcessor}) may be read on any thread.
 * The views of the first thread that takes one end for free when the frame closes (a thread-confined arena); other
 * threads' views need a shared arena, whose closing costs the JVM a handshake of all threads (about 50 us of CPU
 * here). Take views and close the frame on one thread where you can: a frame closed on another thread than its
 * first viewer's gives its memory back only once that thread lets go of its views (its next {@link #plane(int)},
 * {@link #close()} or {@link MediaStreamTrackProcessor#read}, or its end).
 */
public final class VideoFrame implements MediaFrame {
    static {
        FrameMemory.install(new FrameMemory() {
            @Override
            protected MemorySegment pinMemory(VideoFrame frame) {
                frame.lease.pin("VideoFrame");
                return frame.lease.memory();
            }

            @Override
            protected void unpinMemory(VideoFrame frame) {
                frame.lease.unpin();
            }

            @Override
            protected long planeOffset(VideoFrame frame, int p) {
                frame.checkPlane(p);
                return frame.layout.offsets[p];
            }
        });
        FrameFactory.install(new FrameFactory() {
            @Override
            protected VideoFrame newVideoFrame(RefCountedMemory memory, VideoFrameLayout layout, long timestamp,
                                               long duration) {
                return new VideoFrame(memory, layout, timestamp, duration);
            }

            @Override
            protected AudioData newAudioData(RefCountedMemory memory, AudioSampleFormat format, float sampleRate,
                                             int numberOfFrames, int numberOfChannels, long timestamp) {
                return new AudioData(memory, format, sampleRate, numberOfFrames, numberOfChannels, timestamp);
            }
        });
    }

    private final FrameAccess lease;
    private final VideoFrameLayout layout;
    // Final except for lent frames, which one object serves for every loan (written before each loan, on the
    // lending thread, which is the only one that may read a lent frame).
    private long timestamp;
    private long duration; // -1 = unknown

    /**
     * A frame of {@code layout} over {@code buffer}; takes over the caller's reference to {@code buffer} (producers
     * come here through {@code FrameBuffer.toVideoFrame}).
     *
     * @throws IllegalArgumentException when the buffer is smaller than the layout's {@link VideoFrameLayout#byteSize()}
     */
    VideoFrame(RefCountedMemory buffer, VideoFrameLayout layout, long timestamp, long duration) {
        Objects.requireNonNull(buffer, "buffer");
        long size = buffer.memory().byteSize();
        if (size < layout.byteSize) {
            throw new IllegalArgumentException("a frame of " + layout + " needs " + layout.byteSize
                    + " bytes; the buffer has " + size);
        }
        this.layout = layout;
        this.timestamp = timestamp;
        this.duration = duration;
        this.lease = FrameLease.attach(this, buffer);
    }

    /**
     * A frame of the same layout and time as {@code other}: a second handle on the buffer {@code owned} leases, or,
     * when that is null, a frame over {@code buffer} (a lent frame's clone).
     */
    private VideoFrame(VideoFrame other, FrameLease owned, RefCountedMemory buffer) {
        this.layout = other.layout;
        this.timestamp = other.timestamp;
        this.duration = other.duration;
        this.lease = owned != null ? owned.share(this) : FrameLease.attach(this, buffer);
    }

    /** A lent frame object for frames of this layout (see the class comment); not on loan yet. */
    private VideoFrame(VideoFrameLayout layout) {
        this.layout = layout;
        this.duration = -1;
        this.lease = new FrameLoan();
    }

    static VideoFrame lendable(VideoPixelFormat format, int codedWidth, int codedHeight, long[] offsets, int[] strides) {
        return new VideoFrame(VideoFrameLayout.of(format, codedWidth, codedHeight, offsets, strides));
    }

    static VideoFrame lendable(VideoFrameLayout layout) {
        return new VideoFrame(layout);
    }

    /** Whether this lent frame object serves frames of {@code other} (compared by identity first: no allocation). */
    boolean hasLayout(VideoFrameLayout other) {
        return layout == other || layout.equals(other);
    }

    /** Whether this lent frame object serves frames of this layout. */
    boolean hasLayout(VideoPixelFormat f, int w, int h, long[] planeOffsets, int[] planeStrides) {
        return layout.is(f, w, h, planeOffsets, planeStrides);
    }

    /** Puts this lent frame on loan over {@code memory} until {@link #endLoan()}. */
    void beginLoan(MemorySegment memory, long timestamp, long duration) {
        if (memory.byteSize() < layout.byteSize) {
            throw new IllegalArgumentException("a frame of " + layout + " needs " + layout.byteSize
                    + " bytes; the lent memory has " + memory.byteSize());
        }
        this.timestamp = timestamp;
        this.duration = duration;
        ((FrameLoan) lease).begin(memory);
    }

    void endLoan() {
        ((FrameLoan) lease).end();
    }

    /** Whether this frame is lent for one call (see the class comment). */
    public boolean isLent() {
        return lease instanceof FrameLoan;
    }

    /**
     * What the samples mean (WebCodecs {@code VideoFrame.colorSpace}): {@link VideoColorSpace#JPEG} for frames
     * decoded from Motion-JPEG (full range), {@link VideoColorSpace#UNSPECIFIED} when the source does not say.
     * Conversions to RGB honour its matrix and range.
     */
    public VideoColorSpace colorSpace() {
        return layout.colorSpace;
    }

    public VideoPixelFormat format() {
        return layout.format;
    }

    public int codedWidth() {
        return layout.codedWidth;
    }

    public int codedHeight() {
        return layout.codedHeight;
    }

    public int displayWidth() {
        return layout.codedWidth;
    }

    public int displayHeight() {
        return layout.codedHeight;
    }

    @Override
    public long timestamp() {
        return timestamp;
    }

    /** Duration in microseconds, when known. */
    public OptionalLong duration() {
        return duration < 0 ? OptionalLong.empty() : OptionalLong.of(duration);
    }

    public int numberOfPlanes() {
        return layout.format.numberOfPlanes();
    }

    /** Bytes per row of plane {@code p} (may exceed the visible width). */
    public int stride(int p) {
        return layout.strides[checkPlane(p)];
    }

    /** Read-only zero-copy view of plane {@code p}, valid until close(). */
    public MemorySegment plane(int p) {
        lease.checkOpen("VideoFrame");
        checkPlane(p);
        return lease.view(layout.offsets[p], planeLength(p));
    }

    /** Bytes {@link #copyTo(MemorySegment)} writes: the planes tightly packed. */
    public long allocationSize() {
        return layout.format.frameBytes(layout.codedWidth, layout.codedHeight);
    }

    /**
     * Copies the pixels into {@code destination}, planes one after another, rows tightly packed.
     *
     * @return the bytes written
     * @throws IllegalStateException    after close
     * @throws IllegalArgumentException when destination is too small
     */
    public long copyTo(MemorySegment destination) {
        lease.checkOpen("VideoFrame");
        long need = allocationSize();
        if (destination.byteSize() < need) {
            throw new IllegalArgumentException("destination holds " + destination.byteSize() + " bytes, frame needs " + need);
        }
        // Pinned, never lease.memory() bare: the memory may be unscoped native memory (a mapped device buffer) that
        // a close on another thread would free or unmap under the copy; pinned, it goes back at the unpin.
        lease.pin("VideoFrame");
        long at = 0;
        try {
            MemorySegment src = lease.memory();
            VideoPixelFormat f = layout.format;
            for (int p = 0; p < f.numberOfPlanes(); p++) {
                int rowBytes = f.planeRowBytes(p, layout.codedWidth);
                int rows = f.planeRows(p, layout.codedHeight);
                if (layout.strides[p] == rowBytes) {
                    MemorySegment.copy(src, layout.offsets[p], destination, at, (long) rowBytes * rows);
                    at += (long) rowBytes * rows;
                } else {
                    for (int r = 0; r < rows; r++) {
                        MemorySegment.copy(src, layout.offsets[p] + (long) r * layout.strides[p], destination, at,
                                rowBytes);
                        at += rowBytes;
                    }
                }
            }
        } finally {
            lease.unpin();
        }
        lease.checkOpen("VideoFrame"); // closed during the copy: the bytes were read, the frame is gone
        return at;
    }

    /**
     * This frame in another pixel format, as a new frame the caller closes (a clone when the format is
     * already {@code target}). YUV to RGB uses the {@linkplain #colorSpace() colour space's} matrix and range; where
     * it does not say, BT.601 below 720 rows and BT.709 from 720 rows, limited range, as Chromium does. YUV to YUV
     * keeps the samples and the colour space.
     *
     * @throws IllegalStateException after close
     */
    public VideoFrame convertTo(VideoPixelFormat target) {
        lease.checkOpen("VideoFrame");
        return target == layout.format ? clone()
                : io.mediacapture.internal.convert.PixelConverter.convert(this, target);
    }

    /** {@link #copyTo(MemorySegment)} into a byte array. */
    public long copyTo(byte[] destination) {
        return copyTo(MemorySegment.ofArray(destination));
    }

    /** Reads one byte of plane {@code p} at row {@code y}, byte column {@code x} (for tests and small probes). */
    public int byteAt(int p, int x, int y) {
        lease.checkOpen("VideoFrame");
        checkPlane(p);
        VideoPixelFormat f = layout.format;
        if (x < 0 || x >= f.planeRowBytes(p, layout.codedWidth) || y < 0 || y >= f.planeRows(p, layout.codedHeight)) {
            throw new IndexOutOfBoundsException("(" + x + "," + y + ") outside plane " + p);
        }
        long at = layout.offsets[p] + (long) y * layout.strides[p] + x;
        lease.pin("VideoFrame"); // see copyTo
        try {
            return Byte.toUnsignedInt(lease.memory().get(ValueLayout.JAVA_BYTE, at));
        } finally {
            lease.unpin();
        }
    }

    /**
     * Another handle on this frame, closed separately; for a lent frame, a copy of its pixels in memory of the
     * caller's own (same layout), which stays valid after the loan.
     *
     * @throws IllegalStateException after close (or after the loan)
     */
    @Override
    public VideoFrame clone() {
        lease.checkOpen("VideoFrame");
        if (lease instanceof FrameLease owned) {
            return new VideoFrame(this, owned, null);
        }
        FrameBuffer copy = FrameBuffer.allocate(layout.byteSize);
        try {
            lease.pin("VideoFrame"); // a loan: valid for this call on this thread; pinned as every read is
            try {
                MemorySegment.copy(lease.memory(), 0, copy.memory(), 0, layout.byteSize);
            } finally {
                lease.unpin();
            }
        } catch (RuntimeException e) {
            copy.release();
            throw e;
        }
        return new VideoFrame(this, null, copy);
    }

    public boolean isClosed() {
        return lease.isClosed();
    }

    @Override
    public void close() {
        lease.close();
    }

    private long planeLength(int p) {
        VideoPixelFormat f = layout.format;
        return (long) layout.strides[p] * (f.planeRows(p, layout.codedHeight) - 1)
                + f.planeRowBytes(p, layout.codedWidth);
    }

    private int checkPlane(int p) {
        if (p < 0 || p >= layout.format.numberOfPlanes()) {
            throw new IndexOutOfBoundsException("plane " + p + " of a " + layout.format + " frame with "
                    + layout.format.numberOfPlanes() + " planes");
        }
        return p;
    }

    @Override
    public String toString() {
        return "VideoFrame[" + layout.format + " " + layout.codedWidth + "x" + layout.codedHeight + " @" + timestamp
                + "us" + (isClosed() ? " closed" : "") + "]";
    }
}
