package io.mediacapture.internal.frame;

import io.mediacapture.VideoFrame;
import java.lang.foreign.MemorySegment;

/**
 * The library's converters' door to a frame's whole memory, without making plane views: a view is a few small
 * objects, and a converter that runs on every frame of a video view must not allocate per frame. The caller reads
 * only inside the frame's planes, only while the frame is open, on a thread allowed to read it (for a lent frame,
 * the handler's). Not exported. The implementation lives in {@link VideoFrame} and installs itself when that class
 * is initialised (so before any frame exists).
 */
public abstract class FrameMemory {
    private static volatile FrameMemory instance;

    protected FrameMemory() {
    }

    /** Called once by {@link VideoFrame}'s static initialiser. */
    public static void install(FrameMemory memory) {
        if (instance != null) {
            throw new IllegalStateException("already installed");
        }
        instance = memory;
    }

    /**
     * The memory that holds the frame's planes, plane {@code p} starting at the frame layout's {@code offset(p)}.
     *
     * @throws IllegalStateException when the frame is closed
     */
    public static MemorySegment of(VideoFrame frame) {
        return instance.memory(frame);
    }

    /** Where plane {@code p} starts in {@link #of}'s memory. */
    public static long offset(VideoFrame frame, int p) {
        return instance.planeOffset(frame, p);
    }

    protected abstract MemorySegment memory(VideoFrame frame);

    protected abstract long planeOffset(VideoFrame frame, int p);
}
