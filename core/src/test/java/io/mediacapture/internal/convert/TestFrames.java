package io.mediacapture.internal.convert;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Builds test frames from explicit pixel values. */
final class TestFrames {
    private TestFrames() {
    }

    interface Pixel {
        int argb(int x, int y);
    }

    /** A BGRA frame whose pixel (x, y) is {@code p.argb(x, y)}, with a padded stride to exercise strides. */
    static VideoFrame bgra(int w, int h, Pixel p) {
        int stride = w * 4 + 12;
        FrameBuffer b = FrameBuffer.allocate((long) stride * h);
        MemorySegment m = b.memory();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = p.argb(x, y);
                long at = (long) y * stride + 4L * x;
                m.set(ValueLayout.JAVA_BYTE, at, (byte) c);
                m.set(ValueLayout.JAVA_BYTE, at + 1, (byte) (c >> 8));
                m.set(ValueLayout.JAVA_BYTE, at + 2, (byte) (c >> 16));
                m.set(ValueLayout.JAVA_BYTE, at + 3, (byte) (c >>> 24));
            }
        }
        return b.toVideoFrame(VideoFrameLayout.of(VideoPixelFormat.BGRA, w, h, new long[] {0}, new int[] {stride}),
                1234, 33_333);
    }

    /** An I420 frame with the given planes (tightly packed). */
    static VideoFrame i420(int w, int h, byte[] y, byte[] u, byte[] v, long ts) {
        FrameBuffer b = FrameBuffer.allocate(y.length + u.length + v.length);
        MemorySegment m = b.memory();
        MemorySegment.copy(y, 0, m, ValueLayout.JAVA_BYTE, 0, y.length);
        MemorySegment.copy(u, 0, m, ValueLayout.JAVA_BYTE, y.length, u.length);
        MemorySegment.copy(v, 0, m, ValueLayout.JAVA_BYTE, y.length + u.length, v.length);
        int cw = (w + 1) / 2;
        return b.toVideoFrame(VideoFrameLayout.of(VideoPixelFormat.I420, w, h,
                new long[] {0, y.length, y.length + u.length}, new int[] {w, cw, cw}), ts, -1);
    }

    /** A 1920x1080 I420 gradient, built plane-wise (fast) for the timing printouts. */
    static VideoFrame hdI420() {
        int w = 1920;
        int h = 1080;
        byte[] y = new byte[w * h];
        byte[] u = new byte[w * h / 4];
        byte[] v = new byte[w * h / 4];
        for (int i = 0; i < y.length; i++) {
            y[i] = (byte) (16 + (i % w + i / w) % 220);
        }
        for (int i = 0; i < u.length; i++) {
            u[i] = (byte) (16 + i % 224);
            v[i] = (byte) (240 - i % 224);
        }
        return i420(w, h, y, u, v, 0);
    }

    /** A frame of random bytes in any format, each row padded by {@code pad} bytes (stride beyond the row). */
    static VideoFrame random(VideoPixelFormat f, int w, int h, int pad, long seed) {
        int planes = f.numberOfPlanes();
        long[] offsets = new long[planes];
        int[] strides = new int[planes];
        long size = 0;
        for (int p = 0; p < planes; p++) {
            offsets[p] = size;
            strides[p] = f.planeRowBytes(p, w) + pad;
            size += (long) strides[p] * f.planeRows(p, h);
        }
        FrameBuffer b = FrameBuffer.allocate(size);
        byte[] bytes = new byte[(int) size];
        new java.util.Random(seed).nextBytes(bytes);
        MemorySegment.copy(bytes, 0, b.memory(), ValueLayout.JAVA_BYTE, 0, bytes.length);
        return b.toVideoFrame(VideoFrameLayout.of(f, w, h, offsets, strides), 0, -1);
    }

    static int[] argb(VideoFrame f, YuvMatrix m) {
        int[] out = new int[f.codedWidth() * f.codedHeight()];
        PixelConverter.toArgbInts(f, out, m);
        return out;
    }

    /** Largest per-channel difference between two ARGB colours (alpha ignored). */
    static int diff(int a, int b) {
        int d = 0;
        for (int s = 0; s <= 16; s += 8) {
            d = Math.max(d, Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)));
        }
        return d;
    }

    static String hex(int c) {
        return String.format("%08X", c);
    }
}
