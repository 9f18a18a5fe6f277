package io.mediacapture.benchmarks;

import io.mediacapture.AudioData;
import io.mediacapture.MediaFrame;
import io.mediacapture.VideoFrame;
import java.lang.foreign.ValueLayout;

/** What the benchmarks' consumers do with each frame. */
final class Frames {
    /** Written so that the read below cannot be optimised away. */
    static volatile int sink;

    private Frames() {}

    /**
     * The least an application does with a frame: reads a byte of its first plane through a plane view (the C client
     * reads the first byte of its buffer too). The view is part of the cost: for a frame of one's own it is valid on
     * any thread until the frame closes, and that has a price, which a consumer that only looked at the timestamp
     * would hide.
     */
    static int touch(MediaFrame f) {
        int b = switch (f) {
            case VideoFrame v -> v.plane(0).get(ValueLayout.JAVA_BYTE, 0);
            case AudioData a -> a.plane(0).get(ValueLayout.JAVA_BYTE, 0);
            default -> 0;
        };
        sink = b;
        return b;
    }
}
