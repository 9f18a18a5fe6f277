package io.mediacapture.macos.media;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * CoreMedia's {@code CMTime} as a Java value: a rational time {@code value / timescale} seconds, read from and
 * written to the struct through its binding {@link io.mediacapture.macos.bindings.CMTime}.
 * <pre>
 * typedef struct { CMTimeValue value; CMTimeScale timescale; CMTimeFlags flags; CMTimeEpoch epoch; } CMTime;
 * // int64_t, int32_t, uint32_t, int64_t: 24 bytes, 8-aligned on x86_64 and arm64
 * </pre>
 */
public record CMTime(long value, int timescale, int flags, long epoch) {
    /** The C struct's layout: {@link io.mediacapture.macos.bindings.CMTime#layout()}. */
    public static final GroupLayout LAYOUT = io.mediacapture.macos.bindings.CMTime.layout();

    /** kCMTimeFlags_Valid. */
    public static final int FLAG_VALID = 1;

    /** A valid time of {@code value / timescale} seconds. */
    public static CMTime of(long value, int timescale) {
        return new CMTime(value, timescale, FLAG_VALID, 0);
    }

    public static CMTime read(MemorySegment s) {
        return new CMTime(io.mediacapture.macos.bindings.CMTime.value(s), io.mediacapture.macos.bindings.CMTime.timescale(s),
                io.mediacapture.macos.bindings.CMTime.flags(s), io.mediacapture.macos.bindings.CMTime.epoch(s));
    }

    public MemorySegment write(SegmentAllocator allocator) {
        MemorySegment s = io.mediacapture.macos.bindings.CMTime.allocate(allocator);
        io.mediacapture.macos.bindings.CMTime.value(s, value);
        io.mediacapture.macos.bindings.CMTime.timescale(s, timescale);
        io.mediacapture.macos.bindings.CMTime.flags(s, flags);
        io.mediacapture.macos.bindings.CMTime.epoch(s, epoch);
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
