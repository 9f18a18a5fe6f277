package io.mediacapture.media;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A YUV4MPEG2 file of 4:2:0 frames, indexed on open. Owns its file channel until {@link #close()}.
 * Not thread-safe (the player reads it from its one playback thread).
 */
final class Y4mFile implements AutoCloseable {
    private static final String MAGIC = "YUV4MPEG2 ";
    /** Frame rates the player plays: one frame an hour to a thousand a second. */
    static final double MIN_FRAME_RATE = 1.0 / 3600;
    static final double MAX_FRAME_RATE = 1000;

    private final Path path;
    private final FileChannel channel;
    private final int width;
    private final int height;
    private final double frameRate;
    private final long frameBytes;
    private final List<Long> frameOffsets = new ArrayList<>();

    /** @throws IOException when the file cannot be read or is not a 4:2:0 Y4M file (the message says why) */
    Y4mFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            String header = readLine(0);
            if (header == null || !header.startsWith(MAGIC)) {
                throw new IOException(path + " is not a Y4M file (no YUV4MPEG2 header)");
            }
            int w = -1;
            int h = -1;
            double rate = -1;
            for (String token : header.substring(MAGIC.length()).trim().split(" +")) {
                if (token.isEmpty()) {
                    continue;
                }
                String v = token.substring(1);
                switch (token.charAt(0)) {
                    case 'W' -> w = dimension(token);
                    case 'H' -> h = dimension(token);
                    case 'F' -> rate = frameRate(v);
                    case 'C' -> {
                        if (!v.startsWith("420")) {
                            throw new IOException(path + ": colour space C" + v + " is not supported (only 4:2:0)");
                        }
                    }
                    default -> { } // interlacing, aspect ratio, comments: not needed to play
                }
            }
            if (w <= 0 || h <= 0 || !(rate > 0)) {
                throw new IOException(path + ": Y4M header lacks a valid W, H or F: " + header);
            }
            width = w;
            height = h;
            frameRate = rate;
            frameBytes = VideoPixelFormat.I420.frameBytes(w, h);
            index(header.length() + 1L);
        } catch (NumberFormatException e) {
            channel.close();
            throw new IOException(path + ": bad number in the Y4M header", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (frameOffsets.isEmpty()) {
            channel.close();
            throw new IOException(path + " holds no frames");
        }
    }

    /** Y4M's {@code W<width>} or {@code H<height>}: a positive whole number. */
    private int dimension(String token) throws IOException {
        try {
            int n = Integer.parseInt(token.substring(1));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException(path + ": Y4M header field " + token + " is not a positive whole number");
    }

    /** Y4M's {@code F<num>:<den>}, both positive integers, as frames per second within the player's range. */
    private double frameRate(String v) throws IOException {
        int colon = v.indexOf(':');
        long num;
        long den;
        try {
            num = colon < 0 ? -1 : Long.parseLong(v.substring(0, colon));
            den = colon < 0 ? -1 : Long.parseLong(v.substring(colon + 1));
        } catch (NumberFormatException e) {
            num = -1;
            den = -1;
        }
        if (num <= 0 || den <= 0) {
            throw new IOException(path + ": Y4M frame rate F" + v + " is not <frames>:<seconds> with two positive "
                    + "whole numbers (e.g. F30:1)");
        }
        double rate = (double) num / den;
        if (rate < MIN_FRAME_RATE || rate > MAX_FRAME_RATE) {
            throw new IOException(path + ": Y4M frame rate F" + v + " (" + rate + " fps) is outside " + MIN_FRAME_RATE
                    + ".." + MAX_FRAME_RATE + " fps");
        }
        return rate;
    }

    private void index(long at) throws IOException {
        long size = channel.size();
        while (at < size) {
            String line = readLine(at);
            if (line == null || !line.startsWith("FRAME")) {
                throw new IOException(path + ": expected FRAME at byte " + at);
            }
            long data = at + line.length() + 1;
            if (data + frameBytes > size) {
                break; // a truncated last frame is ignored
            }
            frameOffsets.add(data);
            at = data + frameBytes;
        }
    }

    private String readLine(long at) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(256);
        channel.read(b, at);
        for (int i = 0; i < b.position(); i++) {
            if (b.get(i) == '\n') {
                return new String(b.array(), 0, i, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    double frameRate() {
        return frameRate;
    }

    int frameCount() {
        return frameOffsets.size();
    }

    /** Frame {@code index} as an I420 frame the caller owns. */
    VideoFrame read(int index, long timestamp) throws IOException {
        FrameBuffer buffer = FrameBuffer.allocate(frameBytes);
        try {
            ByteBuffer target = buffer.memory().asByteBuffer();
            long at = frameOffsets.get(index);
            while (target.hasRemaining()) {
                int n = channel.read(target, at + target.position());
                if (n < 0) {
                    throw new IOException(path + " was truncated while playing");
                }
            }
        } catch (IOException | RuntimeException e) {
            buffer.release();
            throw e;
        }
        VideoPixelFormat f = VideoPixelFormat.I420;
        return buffer.toVideoFrame(VideoFrameLayout.of(f, width, height, f.packedOffsets(width, height),
                f.packedStrides(width)), timestamp, Math.round(1e6 / frameRate));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
