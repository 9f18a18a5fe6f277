package io.mediacapture;

/**
 * A consumer of a track's frames inside the library (a processor, an audio node). Called on the source's
 * delivery thread: must not block and must not throw; it owns the frame it is given.
 */
interface FrameSink {
    void accept(MediaFrame frame);

    /**
     * Whether this sink only borrows frames: it reads the frame inside {@link #accept} and neither keeps nor closes
     * it (the frame may be lent). Otherwise it owns every frame it is given and closes it.
     */
    default boolean borrows() {
        return false;
    }

    /** The track ended or the sink was removed; no more frames come. */
    default void trackEnded() {}
}
