package io.mediacapture.cli;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.MemorySegment;

/**
 * Any {@link VideoFrame} as tightly packed I420 (Y plane, then U, then V at half width and height), the
 * layout a Y4M {@code C420jpeg} file stores. I420 frames are copied plane by plane (strides removed);
 * NV12 is de-interleaved; 4:2:2 formats average each pair of rows' chroma; RGB formats are converted
 * with the BT.601 limited-range matrix, chroma averaged over 2x2 pixels.
 */
final class I420Packer {
    private I420Packer() {}

    /** Bytes of a packed I420 frame of this size. */
    static int size(int width, int height) {
        return width * height + 2 * ((width + 1) / 2) * ((height + 1) / 2);
    }

    /** Writes the frame as I420 into {@code dest} (at least {@link #size} bytes). */
    static void pack(VideoFrame frame, byte[] dest) {
        int w = frame.codedWidth();
        int h = frame.codedHeight();
        if (dest.length < size(w, h)) {
            throw new IllegalArgumentException("I420 buffer of " + dest.length + " bytes for a " + w + "x" + h + " frame");
        }
        switch (frame.format()) {
            case I420 -> frame.copyTo(dest);
            case NV12 -> fromNv12(frame, dest);
            case YUY2, UYVY -> fromPacked422(frame, dest);
            default -> fromRgb(frame, dest);
        }
    }

    private static void fromNv12(VideoFrame f, byte[] dest) {
        int w = f.codedWidth();
        int h = f.codedHeight();
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        MemorySegment y = f.plane(0);
        byte[] row = PlaneRows.rowBuffer(f, 0);
        for (int r = 0; r < h; r++) {
            PlaneRows.read(f, y, 0, r, row);
            System.arraycopy(row, 0, dest, r * w, w);
        }
        MemorySegment uv = f.plane(1);
        byte[] uvRow = PlaneRows.rowBuffer(f, 1);
        int uOff = w * h;
        int vOff = uOff + cw * ch;
        for (int r = 0; r < ch; r++) {
            PlaneRows.read(f, uv, 1, r, uvRow);
            for (int x = 0; x < cw; x++) {
                dest[uOff + r * cw + x] = uvRow[2 * x];
                dest[vOff + r * cw + x] = uvRow[2 * x + 1];
            }
        }
    }

    private static void fromPacked422(VideoFrame f, byte[] dest) {
        int w = f.codedWidth();
        int h = f.codedHeight();
        int cw = (w + 1) / 2;
        int uOff = w * h;
        int vOff = uOff + cw * ((h + 1) / 2);
        // Byte positions inside each 4-byte macropixel: YUY2 = Y0 U Y1 V, UYVY = U Y0 V Y1.
        boolean yuy2 = f.format() == VideoPixelFormat.YUY2;
        int y0 = yuy2 ? 0 : 1;
        int u = yuy2 ? 1 : 0;
        int v = yuy2 ? 3 : 2;
        MemorySegment plane = f.plane(0);
        byte[] a = PlaneRows.rowBuffer(f, 0);
        byte[] b = PlaneRows.rowBuffer(f, 0);
        for (int r = 0; r < h; r += 2) {
            PlaneRows.read(f, plane, 0, r, a);
            boolean pair = r + 1 < h;
            if (pair) {
                PlaneRows.read(f, plane, 0, r + 1, b);
            }
            for (int x = 0; x < w; x++) {
                dest[r * w + x] = a[2 * x + y0];
                if (pair) {
                    dest[(r + 1) * w + x] = b[2 * x + y0];
                }
            }
            for (int x = 0; x < cw; x++) {
                int m = 4 * x;
                int uA = a[m + u] & 0xff;
                int vA = a[m + v] & 0xff;
                int uB = pair ? b[m + u] & 0xff : uA;
                int vB = pair ? b[m + v] & 0xff : vA;
                dest[uOff + (r / 2) * cw + x] = (byte) ((uA + uB + 1) >> 1);
                dest[vOff + (r / 2) * cw + x] = (byte) ((vA + vB + 1) >> 1);
            }
        }
    }

    private static void fromRgb(VideoFrame f, byte[] dest) {
        int w = f.codedWidth();
        int h = f.codedHeight();
        int cw = (w + 1) / 2;
        int uOff = w * h;
        int vOff = uOff + cw * ((h + 1) / 2);
        RgbLayout layout = RgbLayout.of(f.format());
        MemorySegment plane = f.plane(0);
        byte[] a = PlaneRows.rowBuffer(f, 0);
        byte[] b = PlaneRows.rowBuffer(f, 0);
        for (int r = 0; r < h; r += 2) {
            PlaneRows.read(f, plane, 0, r, a);
            boolean pair = r + 1 < h;
            PlaneRows.read(f, plane, 0, pair ? r + 1 : r, b);
            for (int x = 0; x < w; x += 2) {
                int sr = 0;
                int sg = 0;
                int sb = 0;
                int n = 0;
                for (int dy = 0; dy < 2; dy++) {
                    byte[] row = dy == 0 ? a : b;
                    for (int dx = 0; dx < 2 && x + dx < w; dx++) {
                        int at = (x + dx) * layout.bytes();
                        int rr = row[at + layout.r()] & 0xff;
                        int gg = row[at + layout.g()] & 0xff;
                        int bb = row[at + layout.b()] & 0xff;
                        if (dy == 0 || pair) {
                            dest[(r + dy) * w + x + dx] = (byte) (((66 * rr + 129 * gg + 25 * bb + 128) >> 8) + 16);
                        }
                        sr += rr;
                        sg += gg;
                        sb += bb;
                        n++;
                    }
                }
                sr /= n;
                sg /= n;
                sb /= n;
                int c = (r / 2) * cw + x / 2;
                dest[uOff + c] = (byte) (((-38 * sr - 74 * sg + 112 * sb + 128) >> 8) + 128);
                dest[vOff + c] = (byte) (((112 * sr - 94 * sg - 18 * sb + 128) >> 8) + 128);
            }
        }
    }

    /** Where R, G and B sit inside one pixel of a packed RGB format. */
    record RgbLayout(int bytes, int r, int g, int b) {
        static RgbLayout of(VideoPixelFormat f) {
            return switch (f) {
                case RGBA, RGBX -> new RgbLayout(4, 0, 1, 2);
                case BGRA, BGRX -> new RgbLayout(4, 2, 1, 0);
                case RGB24 -> new RgbLayout(3, 0, 1, 2);
                case BGR24 -> new RgbLayout(3, 2, 1, 0);
                default -> throw new IllegalArgumentException("not an RGB format: " + f);
            };
        }
    }
}
