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
}
