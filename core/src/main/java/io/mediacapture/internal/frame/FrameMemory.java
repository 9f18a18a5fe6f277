package io.mediacapture.internal.frame;

import io.mediacapture.VideoFrame;
import java.lang.foreign.MemorySegment;

/**
 * The library's converters' door to a frame's whole memory, without making plane views: a view is a few small
 * objects, and a converter that runs on every frame of a video view must not allocate per frame. Instead of a
 * view's scope, a pin keeps the memory from going back while the converter reads it (a close on another thread
 * takes effect at the unpin), so a frame closed mid-conversion never has its memory reused or unmapped under the
 * reader. Not exported. The implementation lives in {@link VideoFrame} and installs itself when that class
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
     * Pins the frame ({@code FrameAccess.pin}) and returns the memory that holds its planes, plane {@code p} starting
     * at {@link #offset}. Read it only inside the planes, on this thread, until {@link #unpin}: pair them in a
     * try/finally.
     *
     * @throws IllegalStateException when the frame is closed, or lent to another thread
     */
    public static MemorySegment pin(VideoFrame frame) {
        return instance.pinMemory(frame);
    }

    /** Ends a {@link #pin}: a frame closed meanwhile gives its memory back now. */
    public static void unpin(VideoFrame frame) {
        instance.unpinMemory(frame);
    }

    /** Where plane {@code p} starts in {@link #pin}'s memory. */
    public static long offset(VideoFrame frame, int p) {
        return instance.planeOffset(frame, p);
    }

    protected abstract MemorySegment pinMemory(VideoFrame frame);

    protected abstract void unpinMemory(VideoFrame frame);

    protected abstract long planeOffset(VideoFrame frame, int p);
}
