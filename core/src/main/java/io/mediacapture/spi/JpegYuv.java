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
    // 16.16 fixed point: Y' = (yy * Y + yu * (U - 128) + yv * (V - 128) + yc) >> 16, likewise U' and V' (whose
    // luma coefficients are 0: grey stays grey under any pair of matrices). Plain arithmetic on arrays, not
    // tables, so that C2 vectorises the loops.
    private final int yy;
    private final int yu;
    private final int yv;
    private final int yc;
    private final int uu;
    private final int uv;
    private final int vu;
    private final int vv;
    private static final int CC = (128 << 16) + (1 << 15);
    private final byte[] y0;
    private final byte[] y1;
    private final byte[] u;
    private final byte[] v;
    private final int[] cu;
    private final int[] cv;
    private final int[] lumaTerm; // per luma column: the chroma part of Y' plus the constant

    /** For I420 and I422 frames of {@code width}x{@code height}. @throws IllegalArgumentException for a non-positive size */
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
        cu = new int[chromaWidth];
        cv = new int[chromaWidth];
        lumaTerm = new int[width];
        double[][] m = compose(YuvMatrix.BT601_FULL.rgbFromYuvForSpi(), YuvMatrix.defaultFor(height).yuvFromRgbForSpi());
        // rows of m act on (Y, U, V, 1); rewritten on (Y, U - 128, V - 128, 1)
        yy = fix(m[0][0]);
        yu = fix(m[0][1]);
        yv = fix(m[0][2]);
        yc = fix(m[0][3] + 128 * (m[0][1] + m[0][2])) + (1 << 15);
        uu = fix(m[1][1]);
        uv = fix(m[1][2]);
        vu = fix(m[2][1]);
        vv = fix(m[2][2]);
    }

    private static int fix(double d) {
        return (int) Math.round(d * (1 << 16));
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
            mapRows(y, (long) row * yStride, yStride, uPlane, (long) (row >> 1) * uStride, vPlane,
                    (long) (row >> 1) * vStride, row + 1 < height);
        }
    }

    /**
     * The same for the planes of one segment at {@code yOffset}, {@code uOffset} and {@code vOffset} (no slice
     * per frame: a decoder calling this per frame allocates nothing).
     */
    public void toVideoRange(MemorySegment frame, long yOffset, int yStride, long uOffset, int uStride, long vOffset,
                             int vStride) {
        for (int row = 0; row < height; row += 2) {
            mapRows(frame, yOffset + (long) row * yStride, yStride, frame, uOffset + (long) (row >> 1) * uStride, frame,
                    vOffset + (long) (row >> 1) * vStride, row + 1 < height);
        }
    }

    /**
     * {@link #toVideoRange(MemorySegment, long, int, long, int, long, int)} for an I422 frame: each luma row has a
     * chroma row of its own, and takes its chroma terms from it.
     */
    public void toVideoRange422(MemorySegment frame, long yOffset, int yStride, long uOffset, int uStride,
                                long vOffset, int vStride) {
        for (int row = 0; row < height; row++) {
            mapRows(frame, yOffset + (long) row * yStride, yStride, frame, uOffset + (long) row * uStride, frame,
                    vOffset + (long) row * vStride, false);
        }
    }

    private void mapRows(MemorySegment y, long yAt, int yStride, MemorySegment uPlane, long uAt, MemorySegment vPlane,
                         long vAt, boolean pair) {
        MemorySegment.copy(uPlane, ValueLayout.JAVA_BYTE, uAt, u, 0, chromaWidth);
        MemorySegment.copy(vPlane, ValueLayout.JAVA_BYTE, vAt, v, 0, chromaWidth);
        MemorySegment.copy(y, ValueLayout.JAVA_BYTE, yAt, y0, 0, width);
        if (pair) {
            MemorySegment.copy(y, ValueLayout.JAVA_BYTE, yAt + yStride, y1, 0, width);
        }
        mapChroma();
        mapLuma(y0);
        MemorySegment.copy(y0, 0, y, ValueLayout.JAVA_BYTE, yAt, width);
        if (pair) {
            mapLuma(y1);
            MemorySegment.copy(y1, 0, y, ValueLayout.JAVA_BYTE, yAt + yStride, width);
        }
        MemorySegment.copy(u, 0, uPlane, ValueLayout.JAVA_BYTE, uAt, chromaWidth);
        MemorySegment.copy(v, 0, vPlane, ValueLayout.JAVA_BYTE, vAt, chromaWidth);
    }

    /** One chroma row: U' and V' in place, and the chroma part of Y' for the two luma rows it covers. */
    private void mapChroma() {
        int n = chromaWidth;
        byte[] ub = u;
        byte[] vb = v;
        int[] a = cu;
        int[] b = cv;
        for (int c = 0; c < n; c++) {
            a[c] = (ub[c] & 0xFF) - 128;
            b[c] = (vb[c] & 0xFF) - 128;
        }
        int[] term = lumaTerm;
        int w = width;
        for (int c = 0; c < n; c++) {
            int cu0 = a[c];
            int cv0 = b[c];
            int nu = (uu * cu0 + uv * cv0 + CC) >> 16;
            int nv = (vu * cu0 + vv * cv0 + CC) >> 16;
            ub[c] = (byte) (nu < 0 ? 0 : nu > 255 ? 255 : nu);
            vb[c] = (byte) (nv < 0 ? 0 : nv > 255 ? 255 : nv);
            int t = yu * cu0 + yv * cv0 + yc;
            term[2 * c] = t;
            if (2 * c + 1 < w) {
                term[2 * c + 1] = t;
            }
        }
    }

    private void mapLuma(byte[] row) {
        int[] term = lumaTerm;
        int k = yy;
        int w = width;
        for (int x = 0; x < w; x++) {
            int y = (k * (row[x] & 0xFF) + term[x]) >> 16;
            row[x] = (byte) (y < 0 ? 0 : y > 255 ? 255 : y); // ternaries: C2 makes these cmovs (2x Math.min/max here)
        }
    }
}
