package io.mediacapture.spi;

import java.util.Objects;

/**
 * One native mode of a camera: a frame size and pixel format with the frame rates the device offers at
 * that size. A device with discrete rates lists one mode per rate ({@code minFrameRate == maxFrameRate});
 * a device with a continuous range lists the range.
 */
public record VideoMode(int width, int height, NativeVideoFormat format, double minFrameRate, double maxFrameRate) {
    public VideoMode {
        Objects.requireNonNull(format, "format");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("video mode size must be positive: " + width + "x" + height);
        }
        if (!(minFrameRate > 0) || !(maxFrameRate >= minFrameRate)) {
            throw new IllegalArgumentException("bad frame rate range " + minFrameRate + ".." + maxFrameRate);
        }
    }

    /** A mode with one discrete frame rate. */
    public static VideoMode of(int width, int height, NativeVideoFormat format, double frameRate) {
        return new VideoMode(width, height, format, frameRate, frameRate);
    }

    @Override
    public String toString() {
        String rate = minFrameRate == maxFrameRate ? fmt(maxFrameRate) : fmt(minFrameRate) + "-" + fmt(maxFrameRate);
        return width + "x" + height + " " + format + " @" + rate;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(java.util.Locale.ROOT, "%.3f", d);
    }
}
