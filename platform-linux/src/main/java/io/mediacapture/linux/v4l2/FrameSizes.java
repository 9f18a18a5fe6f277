package io.mediacapture.linux.v4l2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Frame sizes and intervals as {@code VIDIOC_ENUM_FRAMESIZES} and {@code VIDIOC_ENUM_FRAMEINTERVALS}
 * report them, and how ranges become the finite lists of sizes and rates the constraint solver works on.
 * Platform-free.
 */
final class FrameSizes {
    private FrameSizes() {}

    /** A width and height in pixels. */
    record Size(int width, int height) {
        Size {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
            }
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /**
     * A stepwise size range (continuous when both steps are 1): every {@code minW + i*stepW} by
     * {@code minH + j*stepH} within the maxima.
     */
    record SizeRange(int minWidth, int maxWidth, int stepWidth, int minHeight, int maxHeight, int stepHeight) {
        SizeRange {
            if (minWidth <= 0 || minHeight <= 0 || maxWidth < minWidth || maxHeight < minHeight
                    || stepWidth <= 0 || stepHeight <= 0) {
                throw new IllegalArgumentException("bad frame size range " + minWidth + "x" + minHeight + " - "
                        + maxWidth + "x" + maxHeight + " step " + stepWidth + "/" + stepHeight);
            }
        }

        boolean contains(Size s) {
            return s.width() >= minWidth && s.width() <= maxWidth && (s.width() - minWidth) % stepWidth == 0
                    && s.height() >= minHeight && s.height() <= maxHeight && (s.height() - minHeight) % stepHeight == 0;
        }
    }

    /** A frame interval {@code numerator/denominator} seconds; the rate is its inverse. */
    record Fraction(int numerator, int denominator) {
        Fraction {
            if (numerator <= 0 || denominator <= 0) {
                throw new IllegalArgumentException("bad frame interval " + numerator + "/" + denominator);
            }
        }

        double rate() {
            return (double) denominator / numerator;
        }

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }

    /** What one size offers: a list of discrete intervals, or one stepwise/continuous interval range. */
    sealed interface Intervals {
        /** Discrete intervals in the order the driver listed them. */
        record Discrete(List<Fraction> intervals) implements Intervals {
            public Discrete {
                intervals = List.copyOf(intervals);
            }
        }

        /** Every interval from {@code min} (fastest) to {@code max} (slowest). */
        record Range(Fraction min, Fraction max, Fraction step) implements Intervals {
            public Range {
                if (min.rate() < max.rate()) {
                    throw new IllegalArgumentException("interval range " + min + ".." + max + " is reversed");
                }
            }
        }
    }

    /**
     * Sizes offered to the solver for a stepwise or continuous range: the common camera sizes that lie on
     * the range's grid, plus its smallest and largest size. Listing every grid point would give the solver
     * millions of modes; core scales to any size in between anyway ("crop-and-scale").
     */
    static List<Size> representativeSizes(SizeRange range) {
        Set<Size> out = new LinkedHashSet<>();
        out.add(new Size(range.minWidth(), range.minHeight()));
        for (Size s : COMMON_SIZES) {
            if (range.contains(s)) {
                out.add(s);
            }
        }
        int maxW = range.minWidth() + (range.maxWidth() - range.minWidth()) / range.stepWidth() * range.stepWidth();
        int maxH = range.minHeight() + (range.maxHeight() - range.minHeight()) / range.stepHeight() * range.stepHeight();
        out.add(new Size(maxW, maxH));
        List<Size> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> Long.compare((long) a.width() * a.height(), (long) b.width() * b.height()));
        return sorted;
    }

    /** Standard capture sizes (4:3, 16:9 and CIF families) tried against stepwise ranges. */
    private static final List<Size> COMMON_SIZES = List.of(
            new Size(160, 120), new Size(176, 144), new Size(320, 180), new Size(320, 240), new Size(352, 288),
            new Size(640, 360), new Size(640, 480), new Size(800, 600), new Size(960, 540), new Size(1024, 768),
            new Size(1280, 720), new Size(1280, 960), new Size(1600, 1200), new Size(1920, 1080),
            new Size(2560, 1440), new Size(3840, 2160), new Size(4096, 2160));
}
