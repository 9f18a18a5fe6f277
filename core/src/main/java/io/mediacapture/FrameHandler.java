package io.mediacapture;

/**
 * Code a {@link FrameTap} runs for every frame of a track, on the thread that delivered the frame.
 */
@FunctionalInterface
public interface FrameHandler {
    /**
     * Handles one frame, which is only lent for this call: read it here, and {@link MediaFrame#clone() clone()} it
     * to keep it (a {@link VideoFrame} clone of a lent frame is a copy in memory of your own, which you close).
     * Do not close the frame itself, and do not let it escape to other threads.
     *
     * @throws Exception counted and logged by the tap; the track goes on
     */
    void handle(MediaFrame frame) throws Exception;

    /**
     * Called once when the track ends, whether the application stopped it or the source ended it (a device
     * unplugged): no more frames come. Runs on the thread that ended the track, after the last {@link #handle}
     * call has returned or while it finishes; must not block. Not called when the {@link FrameTap} is closed
     * first. Does nothing unless overridden.
     */
    default void trackEnded() {
    }
}
