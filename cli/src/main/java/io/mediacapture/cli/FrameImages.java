package io.mediacapture.cli;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.foreign.MemorySegment;

/**
 * A {@link VideoFrame} as an RGB {@link BufferedImage}, for PNG snapshots and the preview window. YUV is
 * converted with the BT.601 limited-range matrix (what cameras deliver), chroma taken from the nearest
 * sample.
 *
 * <p>Why here and not in core: the core's converters are internal to its module; this stands in until
 * the core offers a public frame-to-image conversion.
 */
final class FrameImages {
    private FrameImages() {}

    /** A new TYPE_INT_RGB image of the frame. */
    static BufferedImage toImage(VideoFrame frame) {
        BufferedImage img = new BufferedImage(frame.codedWidth(), frame.codedHeight(), BufferedImage.TYPE_INT_RGB);
        draw(frame, img);
        return img;
    }

    /**
     * Converts the frame into {@code img}, which must be TYPE_INT_RGB and exactly the frame's size (the
     * preview reuses its images).
     */
    static void draw(VideoFrame frame, BufferedImage img) {
        int w = frame.codedWidth();
        int h = frame.codedHeight();
        if (img.getType() != BufferedImage.TYPE_INT_RGB || img.getWidth() != w || img.getHeight() != h) {
            throw new IllegalArgumentException("image must be TYPE_INT_RGB " + w + "x" + h);
        }
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        switch (frame.format()) {
            case I420, NV12 -> fromPlanar(frame, px);
            case YUY2, UYVY -> fromPacked422(frame, px);
            default -> fromRgb(frame, px);
        }
    }

    private static void fromPlanar(VideoFrame f, int[] px) {
        int w = f.codedWidth();
        int h = f.codedHeight();
        boolean nv12 = f.format() == VideoPixelFormat.NV12;
        MemorySegment yp = f.plane(0);
        MemorySegment up = f.plane(1);
        MemorySegment vp = nv12 ? null : f.plane(2);
        byte[] y = PlaneRows.rowBuffer(f, 0);
        byte[] u = PlaneRows.rowBuffer(f, 1);
        byte[] v = nv12 ? null : PlaneRows.rowBuffer(f, 2);
        int lastChroma = -1;
        for (int r = 0; r < h; r++) {
            PlaneRows.read(f, yp, 0, r, y);
            if (r / 2 != lastChroma) {
                lastChroma = r / 2;
                PlaneRows.read(f, up, 1, lastChroma, u);
                if (!nv12) {
                    PlaneRows.read(f, vp, 2, lastChroma, v);
                }
            }
            int base = r * w;
            for (int x = 0; x < w; x++) {
                int cu = nv12 ? u[(x / 2) * 2] : u[x / 2];
                int cv = nv12 ? u[(x / 2) * 2 + 1] : v[x / 2];
                px[base + x] = rgb(y[x] & 0xff, cu & 0xff, cv & 0xff);
            }
        }
    }

    private static void fromPacked422(VideoFrame f, int[] px) {
        int w = f.codedWidth();
        int h = f.codedHeight();
        boolean yuy2 = f.format() == VideoPixelFormat.YUY2;
        int yAt = yuy2 ? 0 : 1;
        int uAt = yuy2 ? 1 : 0;
        int vAt = yuy2 ? 3 : 2;
        MemorySegment plane = f.plane(0);
        byte[] row = PlaneRows.rowBuffer(f, 0);
        for (int r = 0; r < h; r++) {
            PlaneRows.read(f, plane, 0, r, row);
            int base = r * w;
            for (int x = 0; x < w; x++) {
                int m = (x / 2) * 4;
                px[base + x] = rgb(row[2 * x + yAt] & 0xff, row[m + uAt] & 0xff, row[m + vAt] & 0xff);
            }
        }
    }

    private static void fromRgb(VideoFrame f, int[] px) {
        int w = f.codedWidth();
        int h = f.codedHeight();
        I420Packer.RgbLayout l = I420Packer.RgbLayout.of(f.format());
        MemorySegment plane = f.plane(0);
        byte[] row = PlaneRows.rowBuffer(f, 0);
        for (int r = 0; r < h; r++) {
            PlaneRows.read(f, plane, 0, r, row);
            int base = r * w;
            for (int x = 0; x < w; x++) {
                int at = x * l.bytes();
                px[base + x] = (row[at + l.r()] & 0xff) << 16 | (row[at + l.g()] & 0xff) << 8 | (row[at + l.b()] & 0xff);
            }
        }
    }

    /** BT.601 limited range Y'CbCr to 0xRRGGBB. */
    static int rgb(int y, int u, int v) {
        int c = 298 * (y - 16);
        int d = u - 128;
        int e = v - 128;
        int r = clamp((c + 409 * e + 128) >> 8);
        int g = clamp((c - 100 * d - 208 * e + 128) >> 8);
        int b = clamp((c + 516 * d + 128) >> 8);
        return r << 16 | g << 8 | b;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
