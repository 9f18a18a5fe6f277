package io.mediacapture.macos.media;

/**
 * Where the planes of a locked CVPixelBuffer lie, as one span of memory a frame can wrap without copying.
 * The planes of an IOSurface-backed buffer sit in one allocation, so the span from the lowest plane start to
 * the highest plane end covers them all; offsets are then relative to that start.
 *
 * @param start   address of the span
 * @param length  bytes in the span
 * @param offsets each plane's offset from {@code start}
 */
public record PlaneSpan(long start, long length, long[] offsets) {
    /**
     * The span of planes at {@code addresses} with {@code bytesPerRow} and {@code rows} each, or null when
     * they do not look like one allocation (a NULL plane, or a span far larger than the planes themselves,
     * which would mean separate allocations): then the caller copies instead.
     */
    public static PlaneSpan of(long[] addresses, long[] bytesPerRow, long[] rows) {
        int n = addresses.length;
        if (n == 0 || bytesPerRow.length != n || rows.length != n) {
            throw new IllegalArgumentException("need addresses, strides and row counts for each plane");
        }
        long lo = Long.MAX_VALUE;
        long hi = 0;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            if (addresses[i] == 0 || bytesPerRow[i] <= 0 || rows[i] <= 0) {
                return null;
            }
            long size = Math.multiplyExact(bytesPerRow[i], rows[i]);
            lo = Math.min(lo, addresses[i]);
            hi = Math.max(hi, addresses[i] + size);
            sum += size;
        }
        long length = hi - lo;
        if (length > 2 * sum + 65536) {
            return null;
        }
        long[] offsets = new long[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = addresses[i] - lo;
        }
        return new PlaneSpan(lo, length, offsets);
    }
}
