package io.mediacapture.cli;

import io.mediacapture.AudioData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes 16-bit PCM WAV (RIFF, little-endian, interleaved). The header's sizes are unknown while
 * recording: they are written as 0 and patched in {@link #close()}. The sample rate and channel count are
 * those of the first chunk; chunks that differ are refused. Not thread-safe: one writer thread owns it.
 */
final class WavWriter implements AutoCloseable {
    private static final int HEADER_BYTES = 44;
    /** RIFF sizes are 32-bit: stop before the data chunk overflows. */
    private static final long MAX_DATA = 0xFFFF_FFFFL - HEADER_BYTES;

    private final FileChannel channel;
    private int sampleRate;
    private int channels;
    private long dataBytes;
    private float[] plane = new float[0];
    private ByteBuffer chunk = ByteBuffer.allocate(0);
    private float peak;

    WavWriter(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        channel.write(header(0, 1, 0));
    }

    /**
     * Appends the first {@code frames} sample frames of {@code data} (all of them when larger).
     *
     * @return false (and writes nothing) when the format differs from the first chunk's or the file is full
     */
    boolean write(AudioData data, int frames) throws IOException {
        int n = Math.min(frames, data.numberOfFrames());
        int rate = Math.round(data.sampleRate());
        int ch = data.numberOfChannels();
        if (sampleRate == 0) {
            sampleRate = rate;
            channels = ch;
        } else if (rate != sampleRate || ch != channels) {
            return false;
        }
        long bytes = (long) n * ch * 2;
        if (n <= 0 || dataBytes + bytes > MAX_DATA) {
            return n <= 0;
        }
        if (plane.length < data.numberOfFrames()) {
            plane = new float[data.numberOfFrames()];
        }
        if (chunk.capacity() < bytes) {
            chunk = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        }
        chunk.clear();
        for (int c = 0; c < ch; c++) {
            data.copyTo(plane, c);
            for (int i = 0; i < n; i++) {
                float s = plane[i];
                peak = Math.max(peak, Math.abs(s));
                chunk.putShort((i * ch + c) * 2, toS16(s));
            }
        }
        chunk.limit((int) bytes);
        chunk.position(0);
        while (chunk.hasRemaining()) {
            channel.write(chunk);
        }
        dataBytes += bytes;
        return true;
    }

    /** The largest absolute sample since the last call, in [0, 1]. */
    float takePeak() {
        float p = peak;
        peak = 0;
        return p;
    }

    long dataBytes() {
        return dataBytes;
    }

    int sampleRate() {
        return sampleRate;
    }

    int channels() {
        return channels;
    }

    static short toS16(float s) {
        float v = s * 32768f;
        if (v >= 32767f) {
            return 32767;
        }
        if (v <= -32768f) {
            return -32768;
        }
        return (short) Math.round(v);
    }

    static ByteBuffer header(int sampleRate, int channels, long dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'R', 'I', 'F', 'F'}).putInt((int) (36 + dataBytes));
        b.put(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '}).putInt(16);
        b.putShort((short) 1).putShort((short) channels).putInt(sampleRate);
        b.putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put(new byte[] {'d', 'a', 't', 'a'}).putInt((int) dataBytes);
        return b.flip();
    }

    /** Patches the header with the final sizes and closes the file. */
    @Override
    public void close() throws IOException {
        try (channel) {
            ByteBuffer h = header(sampleRate, Math.max(channels, 1), dataBytes);
            channel.write(h, 0);
        }
    }
}
