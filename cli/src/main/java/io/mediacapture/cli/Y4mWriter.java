package io.mediacapture.cli;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes raw video as YUV4MPEG2 ({@code .y4m}): a header line
 * {@code YUV4MPEG2 W640 H480 F30:1 Ip A1:1 C420jpeg}, then per frame a {@code FRAME} line and the I420
 * planes. Every frame must have the size of the first (the format has one size per file); others are
 * refused. Not thread-safe: one writer thread owns it until {@link #close()}.
 */
final class Y4mWriter implements AutoCloseable {
    private final OutputStream out;
    private final double frameRate;
    private int width;
    private int height;
    private byte[] buffer;
    private long frames;

    /** @param frameRate nominal rate for the header (the F field); frames are written as they come */
    Y4mWriter(Path file, double frameRate) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        this.frameRate = frameRate > 0 ? frameRate : 30;
    }

    /**
     * Appends one frame, converted to I420 when it is not.
     *
     * @return false (and writes nothing) when the frame's size differs from the first frame's
     */
    boolean write(VideoFrame frame) throws IOException {
        if (buffer == null) {
            width = frame.codedWidth();
            height = frame.codedHeight();
            buffer = new byte[(int) VideoPixelFormat.I420.frameBytes(width, height)];
            out.write(header(width, height, frameRate).getBytes(StandardCharsets.US_ASCII));
        } else if (frame.codedWidth() != width || frame.codedHeight() != height) {
            return false;
        }
        try (VideoFrame i420 = frame.convertTo(VideoPixelFormat.I420)) {
            i420.copyTo(buffer);
        }
        out.write(FRAME);
        out.write(buffer);
        frames++;
        return true;
    }

    long frames() {
        return frames;
    }

    static String header(int width, int height, double frameRate) {
        long[] f = rational(frameRate);
        return "YUV4MPEG2 W" + width + " H" + height + " F" + f[0] + ":" + f[1] + " Ip A1:1 C420jpeg\n";
    }

    /** 30 -> 30:1, 29.97 -> 30000:1001, else the rate in thousandths, reduced. */
    static long[] rational(double fps) {
        if (Math.abs(fps - Math.rint(fps)) < 1e-3) {
            return new long[] {Math.round(fps), 1};
        }
        long ntsc = Math.round(fps * 1001);
        if (ntsc % 1000 == 0 && Math.abs(ntsc / 1001.0 - fps) < 1e-3) {
            return new long[] {ntsc, 1001};
        }
        long num = Math.round(fps * 1000);
        long den = 1000;
        long g = gcd(num, den);
        return new long[] {num / g, den / g};
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static final byte[] FRAME = "FRAME\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public void close() throws IOException {
        out.close();
    }
}
