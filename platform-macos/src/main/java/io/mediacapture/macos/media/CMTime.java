package io.mediacapture.macos.media;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * CoreMedia's {@code CMTime}: a rational time {@code value / timescale} seconds.
 * <pre>
 * typedef struct { CMTimeValue value; CMTimeScale timescale; CMTimeFlags flags; CMTimeEpoch epoch; } CMTime;
 * // int64_t, int32_t, uint32_t, int64_t: 24 bytes, 8-aligned on x86_64 and arm64
 * </pre>
 */
public record CMTime(long value, int timescale, int flags, long epoch) {
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("value"),
            ValueLayout.JAVA_INT.withName("timescale"),
            ValueLayout.JAVA_INT.withName("flags"),
            ValueLayout.JAVA_LONG.withName("epoch")).withName("CMTime");

    /** kCMTimeFlags_Valid. */
    public static final int FLAG_VALID = 1;

    /** A valid time of {@code value / timescale} seconds. */
    public static CMTime of(long value, int timescale) {
        return new CMTime(value, timescale, FLAG_VALID, 0);
    }

    public static CMTime read(MemorySegment s) {
        return new CMTime(s.get(ValueLayout.JAVA_LONG, 0), s.get(ValueLayout.JAVA_INT, 8),
                s.get(ValueLayout.JAVA_INT, 12), s.get(ValueLayout.JAVA_LONG, 16));
    }

    public MemorySegment write(SegmentAllocator allocator) {
        MemorySegment s = allocator.allocate(LAYOUT);
        s.set(ValueLayout.JAVA_LONG, 0, value);
        s.set(ValueLayout.JAVA_INT, 8, timescale);
        s.set(ValueLayout.JAVA_INT, 12, flags);
        s.set(ValueLayout.JAVA_LONG, 16, epoch);
        return s;
    }

    /** Valid and with a positive timescale (CMTIME_IS_NUMERIC without the infinity checks). */
    public boolean isValid() {
        return (flags & FLAG_VALID) != 0 && timescale > 0;
    }

    public double seconds() {
        return (double) value / timescale;
    }

    /** Microseconds, rounded down. @throws IllegalStateException when not valid */
    public long micros() {
        if (!isValid()) {
            throw new IllegalStateException("CMTime " + this + " is not a valid time");
        }
        if (Math.abs(value) < Long.MAX_VALUE / 1_000_000L) {
            return Math.floorDiv(value * 1_000_000L, (long) timescale);
        }
        return (long) Math.floor(seconds() * 1e6);
    }

    /** The frame duration for {@code frameRate}, exact for rates with at most three decimals (29.97 = 1000/29970). */
    public static CMTime frameDuration(double frameRate) {
        if (!(frameRate > 0) || frameRate > 1_000_000) {
            throw new IllegalArgumentException("frame rate out of range: " + frameRate);
        }
        return of(1000, (int) Math.round(frameRate * 1000));
    }
}
