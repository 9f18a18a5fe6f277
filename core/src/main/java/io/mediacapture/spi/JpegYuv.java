package io.mediacapture.spi;

import io.mediacapture.internal.convert.YuvMatrix;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Turns the planes of a decoded JPEG (JFIF: BT.601, full 0..255 range) into what frames without a colour space
 * mean in this library ({@link io.mediacapture.VideoFrameImages}: BT.601 below 720 rows, BT.709 from 720 rows,
 * limited range), in place, for a backend that decodes Motion-JPEG itself. The same map as core's own
 * (ImageIO) MJPEG decoder, through YUV only (no RGB round trip): luma takes its chroma terms from the 4:2:0
 * block it lies in, so grey stays exactly grey.
 *
 * <p>One instance per frame size; not thread-safe (row buffers are reused: no garbage per frame).
 */
public final class JpegYuv {
    private final int width;
    private final int height;
    private final int chromaWidth;
    private final int[] yTab = new int[256];
    private final int[] yuTab = new int[256];
    private final int[] yvTab = new int[256];
    private final int[] uuTab = new int[256];
    private final int[] uvTab = new int[256];
    private final int[] vuTab = new int[256];
    private final int[] vvTab = new int[256];
    private final byte[] clamp = new byte[1024]; // index value + 384, for -384..639
    private final byte[] y0;
    private final byte[] y1;
    private final byte[] u;
    private final byte[] v;
    private final int[] lumaTerm;

    /** For I420 frames of {@code width}x{@code height}. @throws IllegalArgumentException for a non-positive size */
    public JpegYuv(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.chromaWidth = (width + 1) / 2;
        y0 = new byte[width];
        y1 = new byte[width];
        u = new byte[chromaWidth];
        v = new byte[chromaWidth];
        lumaTerm = new int[chromaWidth];
        double[][] m = compose(YuvMatrix.BT601_FULL.rgbFromYuvForSpi(), YuvMatrix.defaultFor(height).yuvFromRgbForSpi());
        int one = 1 << 16;
        for (int i = 0; i < 256; i++) {
            int c = i - 128;
            // rows of m act on (Y, U - 128, V - 128, 1); the constants are folded into the Y and U/V tables
            yTab[i] = (int) Math.round((m[0][0] * i + m[0][3] + 128 * (m[0][1] + m[0][2])) * one) + (one >> 1);
            yuTab[i] = (int) Math.round(m[0][1] * c * one);
            yvTab[i] = (int) Math.round(m[0][2] * c * one);
            uuTab[i] = (int) Math.round((m[1][1] * c + 128) * one) + (one >> 1);
            uvTab[i] = (int) Math.round(m[1][2] * c * one);
            vuTab[i] = (int) Math.round((m[2][1] * c + 128) * one) + (one >> 1);
            vvTab[i] = (int) Math.round(m[2][2] * c * one);
        }
        for (int i = 0; i < clamp.length; i++) {
            clamp[i] = (byte) Math.max(0, Math.min(255, i - 384));
        }
    }

    private static double[][] compose(double[][] a, double[][] b) {
        double[][] m = new double[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                double sum = j == 3 ? b[i][3] : 0;
                for (int k = 0; k < 3; k++) {
                    sum += b[i][k] * a[k][j];
                }
                m[i][j] = sum;
            }
        }
        // express on (Y, U - 128, V - 128): the caller adds 128 * (U and V columns) to the constant
        return m;
    }

    /** Maps one I420 frame in place: Y plane {@code y} ({@code yStride} bytes a row), U and V planes likewise. */
    public void toVideoRange(MemorySegment y, int yStride, MemorySegment uPlane, int uStride, MemorySegment vPlane,
                             int vStride) {
        for (int row = 0; row < height; row += 2) {
            int cRow = row >> 1;
            boolean pair = row + 1 < height;
            MemorySegment.copy(uPlane, ValueLayout.JAVA_BYTE, (long) cRow * uStride, u, 0, chromaWidth);
            MemorySegment.copy(vPlane, ValueLayout.JAVA_BYTE, (long) cRow * vStride, v, 0, chromaWidth);
            MemorySegment.copy(y, ValueLayout.JAVA_BYTE, (long) row * yStride, y0, 0, width);
            if (pair) {
                MemorySegment.copy(y, ValueLayout.JAVA_BYTE, (long) (row + 1) * yStride, y1, 0, width);
            }
            for (int c = 0; c < chromaWidth; c++) {
                int cu = u[c] & 0xFF;
                int cv = v[c] & 0xFF;
                lumaTerm[c] = yuTab[cu] + yvTab[cv];
                u[c] = clamp[((uuTab[cu] + uvTab[cv]) >> 16) + 384];
                v[c] = clamp[((vuTab[cu] + vvTab[cv]) >> 16) + 384];
            }
            mapLuma(y0);
            MemorySegment.copy(y0, 0, y, ValueLayout.JAVA_BYTE, (long) row * yStride, width);
            if (pair) {
                mapLuma(y1);
                MemorySegment.copy(y1, 0, y, ValueLayout.JAVA_BYTE, (long) (row + 1) * yStride, width);
            }
            MemorySegment.copy(u, 0, uPlane, ValueLayout.JAVA_BYTE, (long) cRow * uStride, chromaWidth);
            MemorySegment.copy(v, 0, vPlane, ValueLayout.JAVA_BYTE, (long) cRow * vStride, chromaWidth);
        }
    }

    private void mapLuma(byte[] row) {
        int[] t = yTab;
        int[] term = lumaTerm;
        byte[] cl = clamp;
        for (int x = 0; x < width; x++) {
            row[x] = cl[((t[row[x] & 0xFF] + term[x >> 1]) >> 16) + 384];
        }
    }
}
