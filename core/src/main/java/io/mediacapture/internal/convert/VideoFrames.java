package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/** Small frame factories shared by the runtime. Thread-safe. */
public final class VideoFrames {
    private VideoFrames() {
    }

    /**
     * A black frame in pooled memory (what a disabled video track delivers): Y 16 and U = V 128 (limited
     * range) for YUV formats, RGB 0 with alpha (and X) 255 for RGB formats. The caller owns and closes it.
     *
     * @param duration in microseconds, or -1 when unknown
     * @throws IllegalArgumentException when the size is not positive
     */
    public static VideoFrame black(VideoPixelFormat format, int width, int height, long timestamp, long duration) {
        Objects.requireNonNull(format, "format");
        try (FrameWriter out = FrameWriter.packed(format, width, height)) {
            MemorySegment m = out.memory();
            switch (format) {
                case I420, I422, NV12 -> {
                    long lumaBytes = (long) out.stride(0) * height;
                    m.asSlice(0, lumaBytes).fill((byte) 16);
                    m.asSlice(lumaBytes, format.frameBytes(width, height) - lumaBytes).fill((byte) 128);
                }
                case RGB24, BGR24 -> m.asSlice(0, format.frameBytes(width, height)).fill((byte) 0);
                default -> {
                    byte[] pattern = switch (format) {
                        case YUY2 -> new byte[] {16, (byte) 128};
                        case UYVY -> new byte[] {(byte) 128, 16};
                        default -> new byte[] {0, 0, 0, (byte) 255}; // RGBA, RGBX, BGRA, BGRX: opaque black
                    };
                    byte[] row = new byte[out.stride(0)];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = pattern[i % pattern.length];
                    }
                    for (int y = 0; y < height; y++) {
                        MemorySegment.copy(row, 0, m, ValueLayout.JAVA_BYTE, (long) y * row.length, row.length);
                    }
                }
            }
            return out.finish(timestamp, duration);
        }
    }
}
