package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.internal.frame.FrameMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The plain-Java {@link YuvToRgb32}: each source row is copied in bulk into a heap array, converted with
 * the matrix's 16.16 tables by one strided kernel that serves every layout (planar, semi-planar and packed
 * chroma differ only in where the samples sit), and, for native output, written back with one bulk copy.
 */
final class ScalarYuvToRgb32 extends YuvToRgb32 {
    static final ScalarYuvToRgb32 INSTANCE = new ScalarYuvToRgb32();
    private static final ValueLayout.OfInt LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /**
     * Each thread's row buffers, kept between frames: a view converting every frame on the capture thread must not
     * allocate per frame. Grown when a wider frame comes, never shrunk.
     */
    private static final ThreadLocal<Rows> ROWS = ThreadLocal.withInitial(Rows::new);

    private ScalarYuvToRgb32() {
    }

    private static final class Rows {
        byte[] ys = new byte[0];
        byte[] cs = new byte[0];
        byte[] packed = new byte[0];
        int[] ints = new int[0];

        Rows fit(int w) {
            int cw = (w + 1) / 2;
            if (ys.length < w) {
                ys = new byte[w];
                cs = new byte[2 * cw];
                packed = new byte[4 * cw];
                ints = new int[w];
            }
            return this;
        }
    }

    @Override
    void toInts(VideoFrame src, YuvMatrix m, Order order, int[] out, int offset, int scanline) {
        convert(src, m, order, out, offset, scanline, null, 0, 0);
    }

    @Override
    void toMemory(VideoFrame src, YuvMatrix m, Order order, MemorySegment dst, long offset, long stride) {
        convert(src, m, order, ROWS.get().fit(src.codedWidth()).ints, 0, 0, dst, offset, stride);
    }

    /** Into {@code out} (rows at {@code offset + y * scanline}), or via {@code out} as one row into {@code dst}. */
    private static void convert(VideoFrame src, YuvMatrix m, Order order, int[] out, int offset, int scanline,
                                MemorySegment dst, long dstOffset, long dstStride) {
        // the frame's memory with plane offsets, not plane views: no allocation per frame; the pin keeps the
        // memory from going back if another thread closes the frame meanwhile
        MemorySegment mem = FrameMemory.pin(src);
        try {
            convert(src, mem, m, order, out, offset, scanline, dst, dstOffset, dstStride);
        } finally {
            FrameMemory.unpin(src);
        }
    }

    private static void convert(VideoFrame src, MemorySegment mem, YuvMatrix m, Order order, int[] out, int offset,
                                int scanline, MemorySegment dst, long dstOffset, long dstStride) {
        VideoPixelFormat f = src.format();
        int w = src.codedWidth();
        int h = src.codedHeight();
        int rs = order.redShift;
        int bs = order.blueShift;
        long o0 = FrameMemory.offset(src, 0);
        int s0 = src.stride(0);
        int cw = (w + 1) / 2;
        Rows rows = ROWS.get().fit(w);
        switch (f) {
            case I420, I422, NV12 -> {
                boolean planar = f != VideoPixelFormat.NV12;
                int vShift = f == VideoPixelFormat.I422 ? 0 : 1; // I422: a chroma row per luma row
                long o1 = FrameMemory.offset(src, 1);
                long o2 = planar ? FrameMemory.offset(src, 2) : 0;
                int s1 = src.stride(1);
                int s2 = planar ? src.stride(2) : 0;
                byte[] ys = rows.ys;
                byte[] cs = rows.cs; // I420, I422: U then V; NV12: the UV row as it is
                int vAt = planar ? cw : 1;
                int cStep = planar ? 1 : 2;
                for (int y = 0; y < h; y++) {
                    MemorySegment.copy(mem, ValueLayout.JAVA_BYTE, o0 + (long) y * s0, ys, 0, w);
                    if ((y & vShift) == 0) {
                        long c = o1 + (long) (y >> vShift) * s1;
                        if (planar) {
                            MemorySegment.copy(mem, ValueLayout.JAVA_BYTE, c, cs, 0, cw);
                            MemorySegment.copy(mem, ValueLayout.JAVA_BYTE, o2 + (long) (y >> vShift) * s2, cs, cw, cw);
                        } else {
                            MemorySegment.copy(mem, ValueLayout.JAVA_BYTE, c, cs, 0, 2 * cw);
                        }
                    }
                    int at = dst == null ? offset + y * scanline : 0;
                    row(ys, 0, 1, cs, 0, vAt, cStep, w, m, rs, bs, out, at);
                    if (dst != null) {
                        MemorySegment.copy(out, 0, dst, LE, dstOffset + y * dstStride, w);
                    }
                }
            }
            case YUY2, UYVY -> {
                // YUY2 is Y0 U Y1 V, UYVY is U Y0 V Y1
                int yAt = f == VideoPixelFormat.YUY2 ? 0 : 1;
                int uAt = 1 - yAt;
                int vAt = uAt + 2;
                byte[] packed = rows.packed;
                int pairs = w >> 1;
                for (int y = 0; y < h; y++) {
                    MemorySegment.copy(mem, ValueLayout.JAVA_BYTE, o0 + (long) y * s0, packed, 0, 2 * w);
                    if ((w & 1) != 0) {
                        // an odd width leaves a half macropixel without V: reuse the neighbour's (grey for a 1-pixel row)
                        packed[4 * pairs + vAt] = pairs > 0 ? packed[4 * pairs - 4 + vAt] : (byte) 128;
                    }
                    int at = dst == null ? offset + y * scanline : 0;
                    row(packed, yAt, 2, packed, uAt, vAt, 4, w, m, rs, bs, out, at);
                    if (dst != null) {
                        MemorySegment.copy(out, 0, dst, LE, dstOffset + y * dstStride, w);
                    }
                }
            }
            default -> throw new IllegalArgumentException(f + " is not a YUV format");
        }
    }

    /**
     * One row of {@code w} pixels: luma {@code x} at {@code ys[yAt + x * yStep]}, the chroma of pixels
     * {@code 2c} and {@code 2c + 1} at {@code cs[uAt + c * cStep]} and {@code cs[vAt + c * cStep]}.
     */
    static void row(byte[] ys, int yAt, int yStep, byte[] cs, int uAt, int vAt, int cStep, int w,
                    YuvMatrix m, int rs, int bs, int[] out, int at) {
        int[] yt = m.yTab;
        int[] rv = m.rvTab;
        int[] gu = m.guTab;
        int[] gv = m.gvTab;
        int[] bu = m.buTab;
        int[] rt = rs == 16 ? AT_16 : AT_0;
        int[] gt = AT_8;
        int[] bt = bs == 16 ? AT_16 : AT_0;
        int pairs = w >> 1;
        int yi = yAt;
        int ui = uAt;
        int vi = vAt;
        for (int x = 0; x < 2 * pairs; x += 2, yi += 2 * yStep, ui += cStep, vi += cStep) {
            int uu = cs[ui] & 0xFF;
            int vv = cs[vi] & 0xFF;
            // the clamp tables' offset rides along in the chroma terms
            int dr = rv[vv] + BIAS;
            int dg = gu[uu] + gv[vv] + BIAS;
            int db = bu[uu] + BIAS;
            int y0 = yt[ys[yi] & 0xFF];
            int y1 = yt[ys[yi + yStep] & 0xFF];
            out[at + x] = 0xFF000000 | rt[((y0 + dr) >> 16) & MASK] | gt[((y0 + dg) >> 16) & MASK] | bt[((y0 + db) >> 16) & MASK];
            out[at + x + 1] = 0xFF000000 | rt[((y1 + dr) >> 16) & MASK] | gt[((y1 + dg) >> 16) & MASK] | bt[((y1 + db) >> 16) & MASK];
        }
        if ((w & 1) != 0) {
            int uu = cs[ui] & 0xFF;
            int vv = cs[vi] & 0xFF;
            int yy = yt[ys[yi] & 0xFF];
            out[at + w - 1] = pixel(yy + rv[vv], yy + gu[uu] + gv[vv], yy + bu[uu], rs, bs);
        }
    }

    // Clamp tables: entry i is clamp(i - OFFSET, 0, 255) shifted to a byte position. Sums of the 16.16 terms
    // stay within -OFFSET..OFFSET-1 for every matrix (about -300..560), so the mask never wraps a real value.
    private static final int OFFSET = 1024;
    private static final int MASK = 2 * OFFSET - 1;
    private static final int BIAS = OFFSET << 16;
    private static final int[] AT_0 = clampTable(0);
    private static final int[] AT_8 = clampTable(8);
    private static final int[] AT_16 = clampTable(16);

    private static int[] clampTable(int shift) {
        int[] t = new int[2 * OFFSET];
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.min(Math.max(i - OFFSET, 0), 255) << shift;
        }
        return t;
    }

    /** Packs 16.16 colour values, clamped to 0..255, with opaque alpha. */
    static int pixel(int r, int g, int b, int rs, int bs) {
        return 0xFF000000 | channel(r) << rs | channel(g) << 8 | channel(b) << bs;
    }

    private static int channel(int v) {
        return Math.min(Math.max(v >> 16, 0), 255);
    }
}
