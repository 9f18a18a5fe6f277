package io.mediacapture.internal;

/**
 * The library clock: microseconds on the OS monotonic clock. HotSpot's System.nanoTime() reads
 * CLOCK_MONOTONIC on Linux, mach_absolute_time on macOS and QueryPerformanceCounter on Windows, which are
 * the clocks the capture APIs stamp buffers with, so native timestamps convert without an offset.
 */
public final class MediaClock {
    private MediaClock() {}

    public static long nowMicros() {
        return System.nanoTime() / 1_000;
    }

    /** A native CLOCK_MONOTONIC timestamp in nanoseconds on the library clock. */
    public static long fromMonotonicNanos(long nanos) {
        return nanos / 1_000;
    }
}
