package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.internal.frame.FrameMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API {@link YuvToRgb32}: the same 16.16 arithmetic as {@link ScalarYuvToRgb32}, but with
 * multiplies instead of tables (the tables are exactly linear, so the pixels are identical), one int lane per
 * pixel, samples loaded straight from the frame's memory. The last few pixels of a row that do not fill the
 * vectors go through the scalar formula.
 *
 * <p>Storing the output (8 MB for 1080p) is most of the cost; what keeps the arithmetic around it small:
 * <ul>
 * <li>The chroma terms are computed once per chroma sample, at chroma resolution, and spread over the pixel
 *     pairs by lane shuffles; for 4:2:0 one pass converts two rows, so each sample's terms serve 2x2 pixels.
 * <li>Clamp and pack: the two outer channels (R and B) are clamped together as 16-bit lanes -- one channel's
 *     integer part moved to the low half of the int, the other's left in the high half, where it already is
 *     in 16.16 -- which leaves them at bits 0 and 16, exactly where a pixel wants them. Clamping
 *     {@code (short) (v >> 16)} to 0..255 is the scalar {@code min(max(v >> 16, 0), 255)} for every int.
 * <li>Which chroma sample feeds the low and which the high channel depends on the output order, so the order
 *     is applied by choosing coefficients and sources before the loop ({@link Terms}), not per pixel.
 * </ul>
 *
 * <p>Only {@link YuvToRgb32} loads this class, and only when {@code jdk.incubator.vector} is in the boot
 * layer. The hot loops are single methods on purpose, the pack written out in each: a helper holding vectors
 * that C2 does not inline makes it box every vector, and C2 stops inlining small helpers here once the loop
 * is large (NodeCountInliningCutoff), which made such a version 3 to 6 times slower.
 */
final class VectorYuvToRgb32 extends YuvToRgb32 {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final int N = INTS.length();
    /** N bytes, widened to N ints. */
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class, VectorShape.forBitSize(Math.max(64, N * 8)));
    /** N shorts (NV12 UV pairs, YUY2 luma with its neighbouring chroma byte), widened to N ints. */
    private static final VectorSpecies<Short> SHORTS = VectorSpecies.of(short.class, VectorShape.forBitSize(N * 16));
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    /** Lane i takes lane i / 2 (first half) or N / 2 + i / 2 (second half): one chroma sample per two pixels. */
    private static final VectorShuffle<Integer> LOW_PAIRS = pairs(0);
    private static final VectorShuffle<Integer> HIGH_PAIRS = pairs(N / 2);

    VectorYuvToRgb32() {
        if (N < 8) {
            throw new UnsupportedOperationException("the preferred int vector has " + N + " lanes (need 8 or more)");
        }
    }

    private static VectorShuffle<Integer> pairs(int from) {
        int[] lanes = new int[N];
        for (int i = 0; i < N; i++) {
            lanes[i] = from + i / 2;
        }
        return VectorShuffle.fromArray(INTS, lanes, 0);
    }

    /** The last matrix arranged, kept: a view converts every frame with the same one, and must not allocate. */
    private record LastTerms(YuvMatrix m, Order order, Terms terms) {}

    private static volatile LastTerms lastTerms;

    private static Terms terms(YuvMatrix m, Order order) {
        LastTerms last = lastTerms;
        if (last == null || last.m() != m || last.order() != order) {
            last = new LastTerms(m, order, Terms.of(m, order));
            lastTerms = last;
        }
        return last.terms();
    }

    /**
     * The matrix arranged for one output order. "lo" is the channel at bits 0..7 of the pixel (B in ARGB, R
     * in ABGR), "hi" the one at bits 16..23; each of them uses one chroma sample ({@code loFromV}: the lo
     * channel's is V), green uses both. The constants fold in the -128 of the chroma and the luma offset with
     * its rounding half: channel = (Y * y + sample * mul + k) >> 16, as in {@link YuvMatrix}.
     */
    private record Terms(int y, boolean loFromV, int lo, int hi, int gLo, int gHi, int kLo, int kHi, int kG) {
        static Terms of(YuvMatrix m, Order order) {
            boolean abgr = order == Order.ABGR;
            int lo = abgr ? m.rvMul : m.buMul;
            int hi = abgr ? m.buMul : m.rvMul;
            int gLo = abgr ? m.gvMul : m.guMul;
            int gHi = abgr ? m.guMul : m.gvMul;
            return new Terms(m.yMul, abgr, lo, hi, gLo, gHi, m.yAdd - 128 * lo, m.yAdd - 128 * hi,
                    m.yAdd - 128 * (gLo + gHi));
        }
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
        // the frame's memory with plane offsets, not plane views: no allocation per frame; the pin keeps the
        // memory from going back if another thread closes the frame meanwhile
        MemorySegment mem = FrameMemory.pin(src);
        try {
            convert(src, mem, m, order, ints, dst, offset, stride);
        } finally {
            FrameMemory.unpin(src);
        }
    }

    private static void convert(VideoFrame src, MemorySegment mem, YuvMatrix m, Order order, int[] ints,
                                MemorySegment dst, long offset, long stride) {
        VideoPixelFormat f = src.format();
        int w = src.codedWidth();
        int h = src.codedHeight();
        Terms t = terms(m, order);
        MemorySegment p0 = mem;
        long o0 = FrameMemory.offset(src, 0);
        int s0 = src.stride(0);
        switch (f) {
            case I420, NV12 -> {
                boolean nv12 = f == VideoPixelFormat.NV12;
                MemorySegment pu = p0;
                MemorySegment pv = p0;
                long ou = FrameMemory.offset(src, 1);
                long ov = nv12 ? ou : FrameMemory.offset(src, 2);
                int su = src.stride(1);
                int sv = nv12 ? su : src.stride(2);
                int cStep = nv12 ? 2 : 1;
                for (int y = 0; y < h; y += 2) {
                    // an odd last row pairs with itself: converted twice into the same place
                    int y1 = Math.min(y + 1, h - 1);
                    long yRow0 = o0 + (long) y * s0;
                    long yRow1 = o0 + (long) y1 * s0;
                    long uRow = ou + (long) (y >> 1) * su;
                    long vRow = ov + (long) (y >> 1) * sv + (nv12 ? 1 : 0);
                    long at0 = offset + y * stride;
                    long at1 = offset + y1 * stride;
                    int done = nv12
                            ? rows420(p0, yRow0, yRow1, 2, pu, uRow, pu, uRow, true, w, t, ints, dst, at0, at1)
                            : rows420(p0, yRow0, yRow1, 2, pu, uRow, pv, vRow, false, w, t, ints, dst, at0, at1);
                    tail(p0, yRow0, 1, pu, uRow, pv, vRow, cStep, done, w, false, m, order, ints, dst, at0);
                    tail(p0, yRow1, 1, pu, uRow, pv, vRow, cStep, done, w, false, m, order, ints, dst, at1);
                }
            }
            case I422 -> {
                long ou = FrameMemory.offset(src, 1);
                long ov = FrameMemory.offset(src, 2);
                int su = src.stride(1);
                int sv = src.stride(2);
                for (int y = 0; y < h; y++) {
                    // each row has its own chroma row: the 4:2:0 kernel, one row at a time
                    long yRow = o0 + (long) y * s0;
                    long uRow = ou + (long) y * su;
                    long vRow = ov + (long) y * sv;
                    long at = offset + y * stride;
                    int done = rows420(p0, yRow, yRow, 1, p0, uRow, p0, vRow, false, w, t, ints, dst, at, at);
                    tail(p0, yRow, 1, p0, uRow, p0, vRow, 1, done, w, false, m, order, ints, dst, at);
                }
            }
            case YUY2, UYVY -> {
                boolean yuy2 = f == VideoPixelFormat.YUY2;
                for (int y = 0; y < h; y++) {
                    long row = o0 + (long) y * s0;
                    long at = offset + y * stride;
                    int done = packedRow(p0, row, yuy2, w, t, ints, dst, at);
                    int yAt = yuy2 ? 0 : 1;
                    tail(p0, row + yAt, 2, p0, row + 1 - yAt, p0, row + 3 - yAt, 4, done, w, true, m, order, ints, dst, at);
                }
            }
            default -> throw new IllegalArgumentException(f + " is not a YUV format");
        }
    }

    /**
     * Converts the first pixels of two 4:2:0 rows that share a chroma row ({@code rowCount} 1: of one row, for
     * I422), in steps of 2N pixels; returns how many pixels of each row it did. I420 has U at {@code us[uRow + c]} and V at {@code vs[vRow + c]}; NV12
     * ({@code interleaved}) has the pairs U, V at {@code us[uRow + 2c]} (the V arguments are unused).
     */
    private static int rows420(MemorySegment ys, long yRow0, long yRow1, int rowCount, MemorySegment us, long uRow,
                               MemorySegment vs, long vRow, boolean interleaved, int w, Terms t,
                               int[] ints, MemorySegment dst, long at0, long at1) {
        int ym = t.y();
        int lo = t.lo();
        int hi = t.hi();
        int gLo = t.gLo();
        int gHi = t.gHi();
        int kLo = t.kLo();
        int kHi = t.kHi();
        int kG = t.kG();
        // NV12: one little-endian short per pair, U | V << 8
        int loShift = t.loFromV() ? 8 : 0;
        int hiShift = 8 - loShift;
        MemorySegment loPlane = t.loFromV() ? vs : us;
        MemorySegment hiPlane = t.loFromV() ? us : vs;
        long loRow = t.loFromV() ? vRow : uRow;
        long hiRow = t.loFromV() ? uRow : vRow;
        int x = 0;
        for (; x + 2 * N <= w; x += 2 * N) {
            // the N chroma samples of these 2N pixels
            IntVector sLo;
            IntVector sHi;
            if (interleaved) {
                IntVector uv = ShortVector.fromMemorySegment(SHORTS, us, uRow + x, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_S2I, INTS, 0).reinterpretAsInts();
                sLo = uv.lanewise(VectorOperators.LSHR, loShift).and(0xFF);
                sHi = uv.lanewise(VectorOperators.LSHR, hiShift).and(0xFF);
            } else {
                sLo = ByteVector.fromMemorySegment(BYTES, loPlane, loRow + x / 2, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts();
                sHi = ByteVector.fromMemorySegment(BYTES, hiPlane, hiRow + x / 2, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts();
            }
            IntVector cLo = sLo.mul(lo).add(kLo);
            IntVector cHi = sHi.mul(hi).add(kHi);
            IntVector cG = sLo.mul(gLo).add(sHi.mul(gHi)).add(kG);
            for (int half = 0; half < 2; half++) {
                VectorShuffle<Integer> pairs = half == 0 ? LOW_PAIRS : HIGH_PAIRS;
                int px = x + half * N;
                // spread once, used by both rows
                IntVector pLo = cLo.rearrange(pairs);
                IntVector pHi = cHi.rearrange(pairs);
                IntVector pG = cG.rearrange(pairs);
                for (int r = 0; r < rowCount; r++) {
                    IntVector yy = ByteVector.fromMemorySegment(BYTES, ys, (r == 0 ? yRow0 : yRow1) + px, LE)
                            .convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0).reinterpretAsInts().mul(ym);
                    // pack: see the class comment
                    IntVector outer = yy.add(pLo).lanewise(VectorOperators.LSHR, 16).or(yy.add(pHi).and(0xFFFF0000))
                            .reinterpretAsShorts().max((short) 0).min((short) 255).reinterpretAsInts();
                    IntVector g = yy.add(pG).lanewise(VectorOperators.LSHR, 16)
                            .reinterpretAsShorts().max((short) 0).min((short) 255).reinterpretAsInts();
                    IntVector pixels = outer.or(g.lanewise(VectorOperators.LSHL, 8)).or(0xFF000000);
                    long at = r == 0 ? at0 : at1;
                    if (ints != null) {
                        pixels.intoArray(ints, (int) at + px);
                    } else {
                        pixels.intoMemorySegment(dst, at + 4L * px, LE);
                    }
                }
            }
        }
        return x;
    }

    /** Converts the first pixels of a YUY2 or UYVY row in steps of 2N; returns how many it did. */
    private static int packedRow(MemorySegment ps, long row, boolean yuy2, int w, Terms t,
                                 int[] ints, MemorySegment dst, long at) {
        int ym = t.y();
        int lo = t.lo();
        int hi = t.hi();
        int gLo = t.gLo();
        int gHi = t.gHi();
        int kLo = t.kLo();
        int kHi = t.kHi();
        int kG = t.kG();
        // one little-endian int per macropixel: YUY2 is Y0 | U << 8 | Y1 << 16 | V << 24, UYVY U | Y0 << 8 | V << 16 | Y1 << 24
        int uShift = yuy2 ? 8 : 0;
        int vShift = yuy2 ? 24 : 16;
        int loShift = t.loFromV() ? vShift : uShift;
        int hiShift = t.loFromV() ? uShift : vShift;
        // one little-endian short per pixel: its luma and one chroma byte
        int yShift = yuy2 ? 0 : 8;
        int x = 0;
        for (; x + 2 * N <= w; x += 2 * N) {
            IntVector macro = IntVector.fromMemorySegment(INTS, ps, row + 2L * x, LE);
            IntVector sLo = macro.lanewise(VectorOperators.LSHR, loShift).and(0xFF);
            IntVector sHi = macro.lanewise(VectorOperators.LSHR, hiShift).and(0xFF);
            IntVector cLo = sLo.mul(lo).add(kLo);
            IntVector cHi = sHi.mul(hi).add(kHi);
            IntVector cG = sLo.mul(gLo).add(sHi.mul(gHi)).add(kG);
            for (int half = 0; half < 2; half++) {
                VectorShuffle<Integer> pairs = half == 0 ? LOW_PAIRS : HIGH_PAIRS;
                int px = x + half * N;
                IntVector yy = ShortVector.fromMemorySegment(SHORTS, ps, row + 2L * px, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_S2I, INTS, 0).reinterpretAsInts()
                        .lanewise(VectorOperators.LSHR, yShift).and(0xFF).mul(ym);
                // pack: see the class comment
                IntVector outer = yy.add(cLo.rearrange(pairs)).lanewise(VectorOperators.LSHR, 16)
                        .or(yy.add(cHi.rearrange(pairs)).and(0xFFFF0000))
                        .reinterpretAsShorts().max((short) 0).min((short) 255).reinterpretAsInts();
                IntVector g = yy.add(cG.rearrange(pairs)).lanewise(VectorOperators.LSHR, 16)
                        .reinterpretAsShorts().max((short) 0).min((short) 255).reinterpretAsInts();
                IntVector pixels = outer.or(g.lanewise(VectorOperators.LSHL, 8)).or(0xFF000000);
                if (ints != null) {
                    pixels.intoArray(ints, (int) at + px);
                } else {
                    pixels.intoMemorySegment(dst, at + 4L * px, LE);
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
        ValueLayout.OfInt out = ValueLayout.JAVA_INT_UNALIGNED.withOrder(LE);
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
