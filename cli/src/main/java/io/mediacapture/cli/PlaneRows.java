package io.mediacapture.cli;

import io.mediacapture.VideoFrame;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Reads one row of a frame's plane into a reusable array, honouring the plane's stride: the conversions
 * below then work on plain arrays instead of the frame's memory.
 */
final class PlaneRows {
    private PlaneRows() {}

    /** Copies row {@code y} of plane {@code p} (its visible bytes only) into {@code dest}. */
    static void read(VideoFrame frame, MemorySegment plane, int p, int y, byte[] dest) {
        int bytes = frame.format().planeRowBytes(p, frame.codedWidth());
        MemorySegment.copy(plane, ValueLayout.JAVA_BYTE, (long) y * frame.stride(p), dest, 0, bytes);
    }

    static byte[] rowBuffer(VideoFrame frame, int p) {
        return new byte[frame.format().planeRowBytes(p, frame.codedWidth())];
    }
}
