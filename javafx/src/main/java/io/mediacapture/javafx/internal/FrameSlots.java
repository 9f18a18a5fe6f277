package io.mediacapture.javafx.internal;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * Three image-sized direct buffers taking turns between the thread that captures frames and the JavaFX thread
 * that shows them. Each frame is converted straight into a buffer that a JavaFX {@code PixelBuffer} wraps (native
 * byte order 0xAARRGGBB ints, opaque, so premultiplied as JavaFX wants): no copy after the conversion and, once the
 * buffers have the frame's size, no allocation.
 *
 * <p>Why three: the JavaFX thread shows the <i>front</i> slot, and JavaFX's render thread may still read the
 * <i>previous</i> front while the next pulse runs, so the capture thread writes only into the third. A frame that
 * the JavaFX thread did not take before the next one came is overwritten (dropped), as a video element drops late
 * frames.
 *
 * <p>Threads: {@link #put} from one frame-delivering thread at a time, {@link #take} from the JavaFX thread.
 */
public final class FrameSlots {
    /** One frame's pixels, and the JavaFX objects over them (made by the JavaFX thread the first time it shows it). */
    public static final class Slot {
        public final int width;
        public final int height;
        /** The pixels, {@code width x height} ints in native order. */
        public final IntBuffer pixels;
        private final MemorySegment memory;
        private long timestamp;
        /** For the JavaFX thread's own use (its PixelBuffer and image over {@link #pixels}). */
        public Object toolkitImage;

        Slot(int width, int height) {
            this.width = width;
            this.height = height;
            // A segment of an automatic arena, seen by JavaFX as a direct buffer (which keeps it alive). Not the other
            // way round: the Vector API converter's stores are intrinsified into arena memory, not into a segment
            // made from a ByteBuffer (measured: 7.8 KB of boxed vectors per 640x480 frame).
            this.memory = Arena.ofAuto().allocate((long) width * height * 4, 64);
            this.pixels = memory.asByteBuffer().order(ByteOrder.nativeOrder()).asIntBuffer();
        }

        /** The frame's timestamp (microseconds). */
        public long timestamp() {
            return timestamp;
        }
    }

    private final Slot[] slots = new Slot[3];
    private int front = -1; // guarded by this
    private int previous = -1; // guarded by this
    private int ready = -1; // guarded by this

    public FrameSlots() {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            // BGRA bytes are a 0xAARRGGBB int only on little-endian machines (every platform JavaFX runs on)
            throw new UnsupportedOperationException("VideoView needs a little-endian machine");
        }
    }

    /** Converts {@code frame} into a free slot and makes it the one {@link #take} gives next. */
    public void put(VideoFrame frame) {
        int w = frame.codedWidth();
        int h = frame.codedHeight();
        int i;
        synchronized (this) {
            i = 0;
            while (i == front || i == previous) {
                i++;
            }
            if (ready == i) {
                ready = -1; // not taken in time: overwritten
            }
        }
        Slot s = slots[i];
        if (s == null || s.width != w || s.height != h) {
            s = new Slot(w, h);
        }
        VideoFrameImages.copyTo(frame, s.memory, VideoFrameImages.RgbFormat.BGRA);
        s.timestamp = frame.timestamp();
        synchronized (this) {
            slots[i] = s;
            ready = i;
        }
    }

    /** The newest frame not taken yet, which becomes the front slot; null when none came since the last call. */
    public synchronized Slot take() {
        if (ready < 0) {
            return null;
        }
        previous = front;
        front = ready;
        ready = -1;
        return slots[front];
    }
}
