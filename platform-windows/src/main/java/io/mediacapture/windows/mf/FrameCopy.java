package io.mediacapture.windows.mf;

import java.lang.foreign.MemorySegment;

/** Row copies between buffers whose pitch may be negative (bottom-up images). */
final class FrameCopy {
    private FrameCopy() {
    }

    /**
     * Copies {@code rows} rows of {@code rowBytes} each, row r of the image starting at
     * {@code firstRow + r * pitch} in {@code src}, into {@code dst} at {@code dstOffset} with
     * {@code dstStride}, top row first. A negative pitch walks up in memory: a bottom-up image comes out
     * top-down.
     */
    static void copyRows(MemorySegment src, long firstRow, long pitch, int rows, int rowBytes,
                         MemorySegment dst, long dstOffset, int dstStride) {
        for (int r = 0; r < rows; r++) {
            MemorySegment.copy(src, firstRow + r * pitch, dst, dstOffset + (long) r * dstStride, rowBytes);
        }
    }

    /**
     * The memory of a bottom-up single-plane image whose top row is at {@code scanline0}:
     * its rows lie below, from {@code scanline0 + (rows-1) * pitch} up. Returns the segment and, through
     * {@link BottomUp#firstRow()}, where the top row lies in it.
     */
    static BottomUp bottomUp(MemorySegment scanline0, long pitch, int rows, int rowBytes) {
        if (pitch >= 0) {
            throw new IllegalArgumentException("pitch " + pitch + " is not negative");
        }
        long span = (rows - 1) * -pitch;
        MemorySegment base = MemorySegment.ofAddress(scanline0.address() - span).reinterpret(span + rowBytes);
        return new BottomUp(base, span);
    }

    record BottomUp(MemorySegment memory, long firstRow) {
    }
}
