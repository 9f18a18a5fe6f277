package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * Media Capture resizeMode "crop-and-scale": the source is centre-cropped to the target aspect ratio, then
 * resampled (bilinear, or area averaging when shrinking by more than 2x on an axis) to the target size, in
 * the source's pixel format. Chroma is resampled at its own resolution; crop offsets are rounded down to even
 * so that chroma stays sited on its luma pairs.
 *
 * <p>Separable and row-based: each source row is filtered horizontally once into an int row (cached while
 * output rows still need it), then output rows blend those vertically. Stateless and thread-safe; the
 * result is a new frame in pooled memory that the caller owns and must close.
 */
public final class VideoScaler {
    private VideoScaler() {
    }

    /**
     * A new {@code width}x{@code height} frame in {@code src}'s format with its timestamp and duration.
     *
     * @throws IllegalArgumentException when the target size is not positive
     * @throws IllegalStateException    when {@code src} is closed
     */
    public static VideoFrame cropAndScale(VideoFrame src, int width, int height) {
        Objects.requireNonNull(src, "src");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        VideoPixelFormat format = src.format();
        int sw = src.codedWidth();
        int sh = src.codedHeight();
        int cropW = sw;
        int cropH = sh;
        if ((long) sw * height > (long) sh * width) {
            cropW = (int) Math.max(1, Math.min(sw, Math.round((double) sh * width / height)));
        } else {
            cropH = (int) Math.max(1, Math.min(sh, Math.round((double) sw * height / width)));
        }
        int cropX = (sw - cropW) / 2;
        int cropY = (sh - cropH) / 2;
        if (format.isYuv()) {
            cropX &= ~1;
        }
        if (format == VideoPixelFormat.I420 || format == VideoPixelFormat.NV12) {
            cropY &= ~1;
        }
        if (cropW == sw && cropH == sh && width == sw && height == sh) {
            return PixelConverter.convert(src, format);
        }
        Crop crop = new Crop(cropX, cropY, cropW, cropH, (double) cropW / width, (double) cropH / height);
        try (FrameWriter out = FrameWriter.packed(format, width, height)) {
            for (int p = 0; p < format.numberOfPlanes(); p++) {
                scalePlane(src, p, crop, out, width, height);
            }
            return out.finish(src.timestamp(), src.duration().orElse(-1), src.colorSpace()); // the same samples' meaning
        }
    }

    private record Crop(int x, int y, int w, int h, double scaleX, double scaleY) {
    }

    /**
     * Samples of one kind interleaved in a plane: {@code channels} bytes at {@code first + i * step}, at
     * 1/{@code sx} horizontal and 1/{@code sy} vertical resolution. {@code floorX} counts only whole
     * samples for odd widths (the V of an odd-width YUY2 row does not exist).
     */
    private record Group(int first, int step, int channels, int sx, int sy, boolean floorX) {
        int countX(int width) {
            return sx == 1 ? width : floorX ? width / 2 : (width + 1) / 2;
        }

        int countY(int height) {
            return sy == 1 ? height : (height + 1) / 2;
        }
    }

    private static Group[] groups(VideoPixelFormat f, int plane) {
        return switch (f) {
            case I420 -> new Group[] {plane == 0 ? new Group(0, 1, 1, 1, 1, false) : new Group(0, 1, 1, 2, 2, false)};
            case I422 -> new Group[] {plane == 0 ? new Group(0, 1, 1, 1, 1, false) : new Group(0, 1, 1, 2, 1, false)};
            case NV12 -> new Group[] {plane == 0 ? new Group(0, 1, 1, 1, 1, false) : new Group(0, 2, 2, 2, 2, false)};
            case YUY2 -> new Group[] {new Group(0, 2, 1, 1, 1, false), new Group(1, 4, 1, 2, 1, false), new Group(3, 4, 1, 2, 1, true)};
            case UYVY -> new Group[] {new Group(1, 2, 1, 1, 1, false), new Group(0, 4, 1, 2, 1, false), new Group(2, 4, 1, 2, 1, true)};
            default -> new Group[] {new Group(0, f.bytesPerPixel(), f.bytesPerPixel(), 1, 1, false)};
        };
    }

    private static void scalePlane(VideoFrame src, int p, Crop crop, FrameWriter out, int width, int height) {
        VideoPixelFormat f = src.format();
        MemorySegment plane = src.plane(p);
        int srcStride = src.stride(p);
        byte[] srcRow = new byte[f.planeRowBytes(p, src.codedWidth())];
        Group[] groups = groups(f, p);
        GroupScaler[] scalers = new GroupScaler[groups.length];
        for (int g = 0; g < groups.length; g++) {
            scalers[g] = new GroupScaler(groups[g], crop, src.codedWidth(), src.codedHeight(), width, height,
                    plane, srcStride, srcRow);
        }
        int rows = f.planeRows(p, height);
        byte[] outRow = new byte[f.planeRowBytes(p, width)];
        MemorySegment dst = out.memory();
        for (int y = 0; y < rows; y++) {
            for (GroupScaler s : scalers) {
                s.scaleRow(y, outRow);
            }
            MemorySegment.copy(outRow, 0, dst, ValueLayout.JAVA_BYTE, out.offset(p) + (long) y * out.stride(p), outRow.length);
        }
    }

    /** Scales one sample group, keeping the horizontally filtered source rows the vertical taps still need. */
    private static final class GroupScaler {
        private final Group g;
        private final MemorySegment plane;
        private final int srcStride;
        private final byte[] srcRow;
        private final int dstCount;
        private final ResampleFilter fx;
        private final ResampleFilter fy;
        private final int[][] ring;
        private final int[] ringRow;
        private final int[] acc;
        private final boolean empty;

        GroupScaler(Group g, Crop crop, int srcW, int srcH, int dstW, int dstH, MemorySegment plane, int srcStride,
                    byte[] srcRow) {
            this.g = g;
            this.plane = plane;
            this.srcStride = srcStride;
            this.srcRow = srcRow;
            this.dstCount = g.countX(dstW);
            int srcCountX = g.countX(srcW);
            int srcCountY = g.countY(srcH);
            empty = srcCountX == 0;
            int loX = crop.x() / g.sx();
            int hiX = Math.max(loX, Math.min(srcCountX, ceilDiv(crop.x() + crop.w(), g.sx())) - 1);
            int loY = crop.y() / g.sy();
            int hiY = Math.max(loY, Math.min(srcCountY, ceilDiv(crop.y() + crop.h(), g.sy())) - 1);
            fx = ResampleFilter.build(dstCount, (double) crop.x() / g.sx(), crop.scaleX(), loX, hiX);
            fy = ResampleFilter.build(g.countY(dstH), (double) crop.y() / g.sy(), crop.scaleY(), loY, hiY);
            // turn sample indices into byte offsets within the row once
            for (int i = 0; i < fx.index.length; i++) {
                fx.index[i] = g.first() + fx.index[i] * g.step();
            }
            ring = new int[fy.taps][dstCount * g.channels()];
            ringRow = new int[fy.taps];
            java.util.Arrays.fill(ringRow, -1);
            acc = new int[dstCount * g.channels()];
        }

        void scaleRow(int y, byte[] out) {
            int ch = g.channels();
            int step = g.step();
            int first = g.first();
            if (empty) {
                for (int i = 0; i < dstCount; i++) {
                    out[first + i * step] = (byte) 128;
                }
                return;
            }
            int taps = fy.taps;
            java.util.Arrays.fill(acc, 0);
            for (int k = 0; k < taps; k++) {
                int w = fy.weight[y * taps + k];
                if (w == 0) {
                    continue;
                }
                int[] h = horizontal(fy.index[y * taps + k]);
                int[] a = acc;
                for (int j = 0; j < a.length; j++) {
                    a[j] += w * h[j];
                }
            }
            int round = 1 << (2 * ResampleFilter.BITS - 7 - 1);
            int shift = 2 * ResampleFilter.BITS - 7;
            for (int i = 0, j = 0; i < dstCount; i++) {
                int at = first + i * step;
                for (int c = 0; c < ch; c++, j++) {
                    out[at + c] = (byte) YuvRgb.clamp((acc[j] + round) >> shift);
                }
            }
        }

        /** The source row filtered horizontally, as values with 7 fraction bits. */
        private int[] horizontal(int row) {
            int slot = row % ring.length;
            int[] h = ring[slot];
            if (ringRow[slot] == row) {
                return h;
            }
            MemorySegment.copy(plane, ValueLayout.JAVA_BYTE, (long) row * srcStride, srcRow, 0, srcRow.length);
            int taps = fx.taps;
            int ch = g.channels();
            int[] idx = fx.index;
            int[] wt = fx.weight;
            byte[] s = srcRow;
            int round = 1 << (ResampleFilter.BITS - 7 - 1);
            int shift = ResampleFilter.BITS - 7;
            if (taps == 2 && ch == 1) {
                for (int i = 0; i < dstCount; i++) {
                    int t = 2 * i;
                    h[i] = (wt[t] * (s[idx[t]] & 0xFF) + wt[t + 1] * (s[idx[t + 1]] & 0xFF) + round) >> shift;
                }
            } else {
                for (int i = 0, j = 0; i < dstCount; i++) {
                    int t = i * taps;
                    for (int c = 0; c < ch; c++, j++) {
                        int sum = 0;
                        for (int k = 0; k < taps; k++) {
                            sum += wt[t + k] * (s[idx[t + k] + c] & 0xFF);
                        }
                        h[j] = (sum + round) >> shift;
                    }
                }
            }
            ringRow[slot] = row;
            return h;
        }

        private static int ceilDiv(int a, int b) {
            return (a + b - 1) / b;
        }
    }
}
