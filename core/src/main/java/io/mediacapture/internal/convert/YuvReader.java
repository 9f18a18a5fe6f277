package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Reads any frame row by row as a luma row plus chroma rows of {@code (width + 1) / 2} samples: 4:2:0
 * sources repeat each chroma row for two luma rows, I422 has one per row, packed 4:2:2 sources are split, RGB sources are
 * converted with the given matrix (chroma averaged over pixel pairs). Holds the frame's plane views, so
 * use it only while the frame is open. Not thread-safe.
 */
final class YuvReader {
    private final VideoPixelFormat format;
    private final MemorySegment[] planes;
    private final int[] strides;
    private final int width;
    private final int chromaWidth;
    private final YuvMatrix matrix;
    private final byte[] packed;
    private final int[] argb;
    private final RgbRows rgb;

    YuvReader(VideoFrame frame, YuvMatrix matrix) {
        this.format = frame.format();
        this.width = frame.codedWidth();
        this.chromaWidth = (width + 1) / 2;
        this.matrix = matrix;
        int n = format.numberOfPlanes();
        planes = new MemorySegment[n];
        strides = new int[n];
        for (int p = 0; p < n; p++) {
            planes[p] = frame.plane(p);
            strides[p] = frame.stride(p);
        }
        packed = new byte[format.planeRowBytes(n - 1, width)];
        boolean isRgb = !format.isYuv();
        argb = isRgb ? new int[width] : null;
        rgb = isRgb ? new RgbRows(width) : null;
    }

    /** Fills {@code y} with {@code width} samples and {@code u}/{@code v} with {@code (width + 1) / 2}. */
    void read(int row, byte[] y, byte[] u, byte[] v) {
        switch (format) {
            case I420 -> {
                MemorySegment.copy(planes[0], ValueLayout.JAVA_BYTE, (long) row * strides[0], y, 0, width);
                MemorySegment.copy(planes[1], ValueLayout.JAVA_BYTE, (long) (row >> 1) * strides[1], u, 0, chromaWidth);
                MemorySegment.copy(planes[2], ValueLayout.JAVA_BYTE, (long) (row >> 1) * strides[2], v, 0, chromaWidth);
            }
            case I422 -> {
                MemorySegment.copy(planes[0], ValueLayout.JAVA_BYTE, (long) row * strides[0], y, 0, width);
                MemorySegment.copy(planes[1], ValueLayout.JAVA_BYTE, (long) row * strides[1], u, 0, chromaWidth);
                MemorySegment.copy(planes[2], ValueLayout.JAVA_BYTE, (long) row * strides[2], v, 0, chromaWidth);
            }
            case NV12 -> {
                MemorySegment.copy(planes[0], ValueLayout.JAVA_BYTE, (long) row * strides[0], y, 0, width);
                MemorySegment.copy(planes[1], ValueLayout.JAVA_BYTE, (long) (row >> 1) * strides[1], packed, 0, chromaWidth * 2);
                for (int c = 0; c < chromaWidth; c++) {
                    u[c] = packed[2 * c];
                    v[c] = packed[2 * c + 1];
                }
            }
            case YUY2, UYVY -> splitPacked(row, y, u, v);
            default -> {
                rgb.read(format, planes[0], (long) row * strides[0], width, argb, 0);
                YuvRgb.toYuv(argb, 0, width, matrix, y, u, v);
            }
        }
    }

    private void splitPacked(int row, byte[] y, byte[] u, byte[] v) {
        int rowBytes = width * 2;
        MemorySegment.copy(planes[0], ValueLayout.JAVA_BYTE, (long) row * strides[0], packed, 0, rowBytes);
        // YUY2 is Y0 U Y1 V, UYVY is U Y0 V Y1
        int yAt = format == VideoPixelFormat.YUY2 ? 0 : 1;
        int uAt = 1 - yAt;
        int vAt = uAt + 2;
        byte[] p = packed;
        int pairs = width >> 1;
        for (int c = 0, i = 0; c < pairs; c++, i += 4) {
            y[2 * c] = p[i + yAt];
            y[2 * c + 1] = p[i + yAt + 2];
            u[c] = p[i + uAt];
            v[c] = p[i + vAt];
        }
        if ((width & 1) != 0) {
            // an odd width leaves a half macropixel without V: reuse the neighbour's (grey for a 1-pixel row)
            int i = pairs * 4;
            y[width - 1] = p[i + yAt];
            u[pairs] = p[i + uAt];
            v[pairs] = pairs > 0 ? v[pairs - 1] : (byte) 128;
        }
    }
}
