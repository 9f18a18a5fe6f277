package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API {@link YuvToRgb32}: the same 16.16 arithmetic as {@link ScalarYuvToRgb32}, but with
 * multiplies instead of tables (the tables are exactly linear, so the pixels are identical), one int lane per
 * pixel, samples loaded straight from the frame's memory. Chroma is widened to one lane per pixel by lane
 * shuffles. The last few pixels of a row that do not fill a vector go through the scalar formula.
 *
 * <p>Only {@link YuvToRgb32} loads this class, and only when {@code jdk.incubator.vector} is in the boot
 * layer. The hot loops are single methods on purpose: a helper holding vectors that C2 does not inline makes
 * it box every vector.
 */
final class VectorYuvToRgb32 extends YuvToRgb32 {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final int N = INTS.length();
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(Math.max(64, N * 8)));
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder(); // byte loads: any order
    /** Lane i takes lane i / 2 (first half) or N / 2 + i / 2 (second half): one chroma sample per two pixels. */
    private static final VectorShuffle<Integer> LOW_PAIRS = shuffle(0, 0);
    private static final VectorShuffle<Integer> HIGH_PAIRS = shuffle(N / 2, 0);
    /** Lane i takes lane i & ~1 (U of interleaved UV) or i | 1 (V). */
    private static final VectorShuffle<Integer> EVEN_PAIRS = shuffle(0, 1);
    private static final VectorShuffle<Integer> ODD_PAIRS = shuffle(0, 2);

    VectorYuvToRgb32() {
        if (N < 8) {
            throw new UnsupportedOperationException("the preferred int vector has " + N + " lanes (need 8 or more)");
        }
    }

    private static VectorShuffle<Integer> shuffle(int from, int kind) {
        int[] lanes = new int[N];
        for (int i = 0; i < N; i++) {
            lanes[i] = switch (kind) {
                case 0 -> from + i / 2;
                case 1 -> i & ~1;
                default -> i | 1;
            };
        }
        return VectorShuffle.fromArray(INTS, lanes, 0);
    }

    @Override
    void toInts(VideoFrame src, YuvMatrix m, Order order, int[] out, int offset, int scanline) {
        convert(src, m, order, out, null, offset, scanline);
    }

    @Override
    void toMemory(VideoFrame src, YuvMatrix m, Order order, MemorySegment dst, long offset, long stride) {
        convert(src, m, order, null, dst, offset, stride);
    }

    /**
     * Into {@code ints} (row y at int index {@code offset + y * stride}) or, when that is null, into {@code dst}
     * (at byte {@code offset + y * stride}, little-endian). Two kinds of store rather than a heap segment over
     * the array: C2 intrinsifies a vector store only when it knows what backs the segment.
     */
    private static void convert(VideoFrame src, YuvMatrix m, Order order, int[] ints, MemorySegment dst, long offset,
                                long stride) {
        VideoPixelFormat f = src.format();
        int w = src.codedWidth();
        int h = src.codedHeight();
        MemorySegment p0 = src.plane(0);
        int s0 = src.stride(0);
        switch (f) {
            case I420 -> {
                MemorySegment p1 = src.plane(1);
                MemorySegment p2 = src.plane(2);
                for (int y = 0; y < h; y++) {
                    long yRow = (long) y * s0;
                    long uRow = (long) (y >> 1) * src.stride(1);
                    long vRow = (long) (y >> 1) * src.stride(2);
                    long at = offset + y * stride;
                    int done = planarRow(p0, yRow, p1, uRow, p2, vRow, w, m, order, ints, dst, at);
                    tail(p0, yRow, 1, p1, uRow, p2, vRow, 1, done, w, false, m, order, ints, dst, at);
                }
            }
            case NV12 -> {
                MemorySegment p1 = src.plane(1);
                for (int y = 0; y < h; y++) {
                    long yRow = (long) y * s0;
                    long cRow = (long) (y >> 1) * src.stride(1);
                    long at = offset + y * stride;
                    int done = semiPlanarRow(p0, yRow, p1, cRow, w, m, order, ints, dst, at);
                    tail(p0, yRow, 1, p1, cRow, p1, cRow + 1, 2, done, w, false, m, order, ints, dst, at);
                }
            }
            case YUY2, UYVY -> {
                boolean yuy2 = f == VideoPixelFormat.YUY2;
                for (int y = 0; y < h; y++) {
                    long row = (long) y * s0;
                    long at = offset + y * stride;
                    int done = packedRow(p0, row, yuy2, w, m, order, ints, dst, at);
                    int yAt = yuy2 ? 0 : 1;
                    tail(p0, row + yAt, 2, p0, row + 1 - yAt, p0, row + 3 - yAt, 4, done, w, true, m, order, ints, dst, at);
                }
            }
            default -> throw new IllegalArgumentException(f + " is not a YUV format");
        }
    }

    /** Converts the first pixels of an I420 row in vectors of 2N; returns how many it did. */
    private static int planarRow(MemorySegment ys, long yRow, MemorySegment us, long uRow, MemorySegment vs, long vRow,
                                 int w, YuvMatrix m, Order order, int[] ints, MemorySegment dst, long at) {
        int ym = m.yMul;
        int rv = m.rvMul;
        int gu = m.guMul;
        int gv = m.gvMul;
        int bu = m.buMul;
        int kr = m.yAdd - 128 * rv;
        int kg = m.yAdd - 128 * (gu + gv);
        int kb = m.yAdd - 128 * bu;
        int rs = order.redShift;
        int bs = order.blueShift;
        int x = 0;
        for (; x + 2 * N <= w; x += 2 * N) {
            IntVector u = ByteVector.fromMemorySegment(BYTES, us, uRow + x / 2, NATIVE)
                    .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts();
            IntVector v = ByteVector.fromMemorySegment(BYTES, vs, vRow + x / 2, NATIVE)
                    .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts();
            // chroma terms at chroma resolution, then spread over the pixel pairs
            IntVector cr = v.mul(rv).add(kr);
            IntVector cg = u.mul(gu).add(v.mul(gv)).add(kg);
            IntVector cb = u.mul(bu).add(kb);
            for (int half = 0; half < 2; half++) {
                VectorShuffle<Integer> pairs = half == 0 ? LOW_PAIRS : HIGH_PAIRS;
                int px = x + half * N;
                IntVector yy = ByteVector.fromMemorySegment(BYTES, ys, yRow + px, NATIVE)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts().mul(ym);
                IntVector r = yy.add(cr.rearrange(pairs)).max(0).min(0xFFFFFF).lanewise(VectorOperators.LSHR, 16);
                IntVector g = yy.add(cg.rearrange(pairs)).max(0).min(0xFFFFFF).lanewise(VectorOperators.LSHR, 8).and(0xFF00);
                IntVector b = yy.add(cb.rearrange(pairs)).max(0).min(0xFFFFFF).lanewise(VectorOperators.LSHR, 16);
                IntVector pixels = r.lanewise(VectorOperators.LSHL, rs).or(g).or(b.lanewise(VectorOperators.LSHL, bs)).or(0xFF000000);
                if (ints != null) {
                    pixels.intoArray(ints, (int) at + px);
                } else {
                    pixels.intoMemorySegment(dst, at + 4L * px, ByteOrder.LITTLE_ENDIAN);
                }
            }
        }
        return x;
    }

    /** Converts the first pixels of an NV12 row in vectors of N; returns how many it did. */
    private static int semiPlanarRow(MemorySegment ys, long yRow, MemorySegment cs, long cRow,
                                     int w, YuvMatrix m, Order order, int[] ints, MemorySegment dst, long at) {
        int ym = m.yMul;
        int rv = m.rvMul;
        int gu = m.guMul;
        int gv = m.gvMul;
        int bu = m.buMul;
        int kr = m.yAdd - 128 * rv;
        int kg = m.yAdd - 128 * (gu + gv);
        int kb = m.yAdd - 128 * bu;
        int rs = order.redShift;
        int bs = order.blueShift;
        int x = 0;
        for (; x + N <= w; x += N) {
            // N bytes of UV are the chroma of N pixels: U0 V0 U1 V1 ...
            IntVector uv = ByteVector.fromMemorySegment(BYTES, cs, cRow + x, NATIVE)
                    .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts();
            IntVector u = uv.rearrange(EVEN_PAIRS);
            IntVector v = uv.rearrange(ODD_PAIRS);
            IntVector yy = ByteVector.fromMemorySegment(BYTES, ys, yRow + x, NATIVE)
                    .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts().mul(ym);
            IntVector r = yy.add(v.mul(rv)).add(kr).max(0).min(0xFFFFFF).lanewise(VectorOperators.LSHR, 16);
            IntVector g = yy.add(u.mul(gu)).add(v.mul(gv)).add(kg).max(0).min(0xFFFFFF)
                    .lanewise(VectorOperators.LSHR, 8).and(0xFF00);
            IntVector b = yy.add(u.mul(bu)).add(kb).max(0).min(0xFFFFFF).lanewise(VectorOperators.LSHR, 16);
            IntVector pixels = r.lanewise(VectorOperators.LSHL, rs).or(g).or(b.lanewise(VectorOperators.LSHL, bs)).or(0xFF000000);
            if (ints != null) {
                pixels.intoArray(ints, (int) at + x);
            } else {
                pixels.intoMemorySegment(dst, at + 4L * x, ByteOrder.LITTLE_ENDIAN);
            }
        }
        return x;
    }

    /** Converts the first pixels of a YUY2 or UYVY row in vectors of 2N; returns how many it did. */
    private static int packedRow(MemorySegment ps, long row, boolean yuy2, int w, YuvMatrix m, Order order,
                                 int[] ints, MemorySegment dst, long at) {
        int ym = m.yMul;
        int rv = m.rvMul;
        int gu = m.guMul;
        int gv = m.gvMul;
        int bu = m.buMul;
        int kr = m.yAdd - 128 * rv;
        int kg = m.yAdd - 128 * (gu + gv);
        int kb = m.yAdd - 128 * bu;
        int rs = order.redShift;
        int bs = order.blueShift;
        // one little-endian int per macropixel: YUY2 is Y0 | U << 8 | Y1 << 16 | V << 24, UYVY U | Y0 << 8 | V << 16 | Y1 << 24
        int uShift = yuy2 ? 8 : 0;
        int vShift = yuy2 ? 24 : 16;
        IntVector yShifts = IntVector.zero(INTS).addIndex(1).and(1).mul(16).add(yuy2 ? 0 : 8);
        int x = 0;
        for (; x + 2 * N <= w; x += 2 * N) {
            IntVector macro = IntVector.fromMemorySegment(INTS, ps, row + 2L * x, ByteOrder.LITTLE_ENDIAN);
            for (int half = 0; half < 2; half++) {
                IntVector mp = macro.rearrange(half == 0 ? LOW_PAIRS : HIGH_PAIRS);
                int px = x + half * N;
                IntVector u = mp.lanewise(VectorOperators.LSHR, uShift).and(0xFF);
                IntVector v = mp.lanewise(VectorOperators.LSHR, vShift).and(0xFF);
                IntVector yy = mp.lanewise(VectorOperators.LSHR, yShifts).and(0xFF).mul(ym);
                IntVector r = yy.add(v.mul(rv)).add(kr).max(0).min(0xFFFFFF).lanewise(VectorOperators.LSHR, 16);
                IntVector g = yy.add(u.mul(gu)).add(v.mul(gv)).add(kg).max(0).min(0xFFFFFF)
                        .lanewise(VectorOperators.LSHR, 8).and(0xFF00);
                IntVector b = yy.add(u.mul(bu)).add(kb).max(0).min(0xFFFFFF).lanewise(VectorOperators.LSHR, 16);
                IntVector pixels = r.lanewise(VectorOperators.LSHL, rs).or(g).or(b.lanewise(VectorOperators.LSHL, bs)).or(0xFF000000);
                if (ints != null) {
                    pixels.intoArray(ints, (int) at + px);
                } else {
                    pixels.intoMemorySegment(dst, at + 4L * px, ByteOrder.LITTLE_ENDIAN);
                }
            }
        }
        return x;
    }

    /**
     * Pixels {@code from..w-1} one at a time: luma {@code x} at {@code yAt + x * yStep}, the chroma of pair
     * {@code c} at {@code uAt + c * cStep} and {@code vAt + c * cStep}. A packed row of odd width has no V for
     * its last pixel: it reuses the neighbour's (grey for a 1-pixel row), as the scalar converter does.
     */
    private static void tail(MemorySegment ys, long yAt, int yStep, MemorySegment us, long uAt, MemorySegment vs, long vAt,
                             int cStep, int from, int w, boolean packed, YuvMatrix m, Order order,
                             int[] ints, MemorySegment dst, long at) {
        ValueLayout.OfInt out = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        for (int x = from; x < w; x++) {
            int c = x >> 1;
            int yy = m.yTab[ys.get(ValueLayout.JAVA_BYTE, yAt + (long) x * yStep) & 0xFF];
            int uu = us.get(ValueLayout.JAVA_BYTE, uAt + (long) c * cStep) & 0xFF;
            int vv;
            if (packed && 2 * c + 1 >= w) {
                vv = c > 0 ? vs.get(ValueLayout.JAVA_BYTE, vAt + (long) (c - 1) * cStep) & 0xFF : 128;
            } else {
                vv = vs.get(ValueLayout.JAVA_BYTE, vAt + (long) c * cStep) & 0xFF;
            }
            int p = ScalarYuvToRgb32.pixel(yy + m.rvTab[vv], yy + m.guTab[uu] + m.gvTab[vv], yy + m.buTab[uu],
                    order.redShift, order.blueShift);
            if (ints != null) {
                ints[(int) at + x] = p;
            } else {
                dst.set(out, at + 4L * x, p);
            }
        }
    }
}
