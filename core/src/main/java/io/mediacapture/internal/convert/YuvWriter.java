package io.mediacapture.internal.convert;

import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Writes luma and half-width chroma rows into a YUV frame under construction: {@link #writeLuma} and
 * {@link #writeChroma} for the 4:2:0 formats (one chroma row per two luma rows), {@link #writePacked} for
 * the 4:2:2 formats (one chroma row per luma row: YUY2/UYVY packed, I422 planar). Not thread-safe.
 */
final class YuvWriter {
    private final FrameWriter out;
    private final VideoPixelFormat format;
    private final MemorySegment memory;
    private final int width;
    private final int chromaWidth;
    private final byte[] packed;

    YuvWriter(FrameWriter out, VideoPixelFormat format, int width) {
        if (!format.isYuv()) {
            throw new IllegalArgumentException(format + " is not a YUV format");
        }
        this.out = out;
        this.format = format;
        this.memory = out.memory();
        this.width = width;
        this.chromaWidth = (width + 1) / 2;
        this.packed = new byte[format.planeRowBytes(format.numberOfPlanes() - 1, width)];
    }

    boolean isSubsampledVertically() {
        return format == VideoPixelFormat.I420 || format == VideoPixelFormat.NV12;
    }

    void writeLuma(int row, byte[] y) {
        MemorySegment.copy(y, 0, memory, ValueLayout.JAVA_BYTE, out.offset(0) + (long) row * out.stride(0), width);
    }

    void writeChroma(int chromaRow, byte[] u, byte[] v) {
        if (format == VideoPixelFormat.I420) {
            MemorySegment.copy(u, 0, memory, ValueLayout.JAVA_BYTE, out.offset(1) + (long) chromaRow * out.stride(1), chromaWidth);
            MemorySegment.copy(v, 0, memory, ValueLayout.JAVA_BYTE, out.offset(2) + (long) chromaRow * out.stride(2), chromaWidth);
        } else {
            byte[] p = packed;
            for (int c = 0; c < chromaWidth; c++) {
                p[2 * c] = u[c];
                p[2 * c + 1] = v[c];
            }
            MemorySegment.copy(p, 0, memory, ValueLayout.JAVA_BYTE, out.offset(1) + (long) chromaRow * out.stride(1), chromaWidth * 2);
        }
    }

    void writePacked(int row, byte[] y, byte[] u, byte[] v) {
        if (format == VideoPixelFormat.I422) {
            writeLuma(row, y);
            MemorySegment.copy(u, 0, memory, ValueLayout.JAVA_BYTE, out.offset(1) + (long) row * out.stride(1), chromaWidth);
            MemorySegment.copy(v, 0, memory, ValueLayout.JAVA_BYTE, out.offset(2) + (long) row * out.stride(2), chromaWidth);
            return;
        }
        int yAt = format == VideoPixelFormat.YUY2 ? 0 : 1;
        int uAt = 1 - yAt;
        int vAt = uAt + 2;
        byte[] p = packed;
        int pairs = width >> 1;
        for (int c = 0, i = 0; c < pairs; c++, i += 4) {
            p[i + yAt] = y[2 * c];
            p[i + yAt + 2] = y[2 * c + 1];
            p[i + uAt] = u[c];
            p[i + vAt] = v[c];
        }
        if ((width & 1) != 0) {
            int i = pairs * 4;
            p[i + yAt] = y[width - 1];
            p[i + uAt] = u[pairs];
        }
        MemorySegment.copy(p, 0, memory, ValueLayout.JAVA_BYTE, out.offset(0) + (long) row * out.stride(0), width * 2);
    }
}
