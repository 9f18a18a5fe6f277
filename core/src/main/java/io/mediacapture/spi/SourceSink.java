package io.mediacapture.spi;

import io.mediacapture.AudioData;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;

/**
 * Where a source delivers. Calls may come from any thread, including a native one. None of them throws. Core never
 * blocks in them; the one application code it runs on the caller's thread is a {@link io.mediacapture.FrameTap}
 * handler, which the application asked to run there (and which delays the next frame, not the graph around it,
 * when the backend delivers from a thread of its own).
 */
public interface SourceSink {

    /** A new frame; core takes ownership and closes it (which releases the native buffer). */
    void deliver(VideoFrame frame);

    /**
     * A frame in memory the caller keeps and reuses as soon as this call returns (say, a mapped device buffer it
     * queues back right after): core lends it to the consumers that only borrow frames and copies it for those
     * that keep frames, so a frame nobody keeps is never copied. The arrays are read, not kept.
     *
     * <p>The default copies into pooled memory and {@linkplain #deliver(VideoFrame) delivers} that.
     */
    default void lend(MemorySegment memory, VideoPixelFormat format, int codedWidth, int codedHeight, long[] offsets,
                      int[] strides, long timestamp, long duration) {
        FrameBuffer copy = FrameBuffer.allocate(memory.byteSize());
        MemorySegment.copy(memory, 0, copy.memory(), 0, memory.byteSize());
        VideoFrame frame;
        try {
            frame = copy.toVideoFrame(VideoFrameLayout.of(format, codedWidth, codedHeight, offsets, strides), timestamp,
                    duration);
        } catch (RuntimeException e) {
            copy.release();
            return; // a layout that does not fit: nothing to deliver (never throws)
        }
        deliver(frame);
    }

    /**
     * {@link #lend(MemorySegment, VideoPixelFormat, int, int, long[], int[], long, long)} for frames of a layout made
     * once, which also carries the frames' {@linkplain VideoFrameLayout#colorSpace() colour space}. The default
     * passes the layout's parts to that method (the colour space is then lost: a sink that keeps it overrides this).
     */
    default void lend(MemorySegment memory, VideoFrameLayout layout, long timestamp, long duration) {
        int n = layout.format().numberOfPlanes();
        long[] offsets = new long[n];
        int[] strides = new int[n];
        for (int p = 0; p < n; p++) {
            offsets[p] = layout.offset(p);
            strides[p] = layout.stride(p);
        }
        lend(memory, layout.format(), layout.codedWidth(), layout.codedHeight(), offsets, strides, timestamp, duration);
    }

    /**
     * Whether a consumer keeps the frames it gets (a processor, an audio node), as opposed to only borrowing them
     * during the call (taps). A source that can produce the next frame either in memory of its own that it reuses
     * (then {@link #lend}) or in a new {@link FrameBuffer} (then {@link #deliver(VideoFrame)}) asks this first: when
     * nobody keeps frames, lending costs no buffer and no frame handle; when somebody does, delivering costs no
     * copy. Only a hint: the answer can change before the frame arrives, and both paths stay correct either way.
     *
     * <p>The default says true (deliver), the right answer for a sink that does not know.
     */
    default boolean keepsFrames() {
        return true;
    }

    /** New audio; core takes ownership and closes it. */
    void deliver(AudioData data);

    /**
     * A compressed frame (MJPEG) of {@code length} bytes at the start of {@code data}; core decodes it.
     * Core takes over the caller's reference to {@code data}.
     */
    void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                           long timestamp, long duration);

    /**
     * The source threw a frame away before delivering it: a corrupt or truncated compressed frame, or one whose
     * size is not the negotiated size. Core counts it ({@link io.mediacapture.FrameStatistics#discardedFrames()})
     * and logs {@code why} at DEBUG. Cheap; never throws.
     */
    default void frameDiscarded(String why) {
        io.mediacapture.internal.frame.DiscardedFrames.count(why);
    }

    /** The source stopped (true) or resumed (false) delivering for a reason of its own (suspended). */
    void muted(boolean muted);

    /**
     * The source ended for good (device lost, fatal error). Core ends every track on it with an {@code ended}
     * event and keeps {@code reason} for the application. Nothing is delivered after this.
     */
    void ended(BackendException reason);
}
