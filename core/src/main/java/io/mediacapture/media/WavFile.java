package io.mediacapture.media;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.FrameBuffer;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A RIFF/WAVE file of PCM (8, 16, 24, 32 bits) or IEEE float (32 bits) samples, plain or
 * WAVE_FORMAT_EXTENSIBLE. 24-bit samples are widened to 32 bits as they are read. Owns its file channel
 * until {@link #close()}. Not thread-safe.
 */
final class WavFile implements AutoCloseable {
    /** Rates and channel counts the player plays (the blocks it reads stay small and their sizes fit an int). */
    static final int MIN_SAMPLE_RATE = 1_000;
    static final int MAX_SAMPLE_RATE = 768_000;
    static final int MAX_CHANNELS = 64;

    private final Path path;
    private final FileChannel channel;
    private final int sampleRate;
    private final int channels;
    private final int bytesPerSample;
    private final AudioSampleFormat format;
    private final long dataOffset;
    private final long frames;

    /** @throws IOException when unreadable or not a supported WAV file (the message says why) */
    WavFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            ByteBuffer riff = read(0, 12);
            if (riff.getInt(0) != 0x46464952 || riff.getInt(8) != 0x45564157) { // "RIFF", "WAVE"
                throw new IOException(path + " is not a RIFF/WAVE file");
            }
            long at = 12;
            int tag = -1;
            int ch = 0;
            int rate = 0;
            int bits = 0;
            long data = -1;
            long dataBytes = 0;
            long size = channel.size();
            while (at + 8 <= size) {
                ByteBuffer h = read(at, 8);
                int id = h.getInt(0);
                long len = Integer.toUnsignedLong(h.getInt(4));
                if (id == 0x20746d66) { // "fmt "
                    if (len < 16) {
                        throw new IOException(path + ": WAV fmt chunk has " + len + " bytes; a WAVEFORMAT needs 16");
                    }
                    ByteBuffer f = read(at + 8, (int) Math.min(len, 40));
                    tag = Short.toUnsignedInt(f.getShort(0));
                    ch = Short.toUnsignedInt(f.getShort(2));
                    rate = f.getInt(4);
                    bits = Short.toUnsignedInt(f.getShort(14));
                    if (tag == 0xFFFE && len >= 26) {
                        tag = Short.toUnsignedInt(f.getShort(24)); // the sub-format GUID starts with the tag
                    }
                } else if (id == 0x61746164) { // "data"
                    data = at + 8;
                    dataBytes = Math.min(len, size - data);
                    break;
                }
                at += 8 + len + (len & 1);
            }
            if (tag < 0 || data < 0) {
                throw new IOException(path + ": WAV file lacks a fmt or data chunk");
            }
            format = switch (tag * 100 + bits) {
                case 108 -> AudioSampleFormat.U8;
                case 116 -> AudioSampleFormat.S16;
                case 124, 132 -> AudioSampleFormat.S32;
                case 332 -> AudioSampleFormat.F32;
                default -> throw new IOException(path + ": WAV format tag " + tag + " with " + bits
                        + "-bit samples is not supported (PCM 8/16/24/32 or float 32)");
            };
            if (ch <= 0 || ch > MAX_CHANNELS || rate < MIN_SAMPLE_RATE || rate > MAX_SAMPLE_RATE) {
                throw new IOException(path + ": WAV header gives " + ch + " channels at " + Integer.toUnsignedString(rate)
                        + " Hz; the player plays 1.." + MAX_CHANNELS + " channels at " + MIN_SAMPLE_RATE + ".."
                        + MAX_SAMPLE_RATE + " Hz");
            }
            channels = ch;
            sampleRate = rate;
            bytesPerSample = bits / 8;
            dataOffset = data;
            frames = dataBytes / ((long) ch * bytesPerSample);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (frames == 0) {
            channel.close();
            throw new IOException(path + " holds no samples");
        }
    }

    private ByteBuffer read(long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                throw new IOException(path + " ends early at byte " + (at + b.position()));
            }
        }
        return b;
    }

    int sampleRate() {
        return sampleRate;
    }

    int channels() {
        return channels;
    }

    AudioSampleFormat format() {
        return format;
    }

    long frames() {
        return frames;
    }

    /** Frames {@code first .. first+count} (clipped to the end) as audio data the caller owns. */
    AudioData read(long first, int count, long timestamp) throws IOException {
        int n = (int) Math.min(count, frames - first);
        ByteBuffer raw = read(dataOffset + first * channels * bytesPerSample, n * channels * bytesPerSample);
        FrameBuffer buffer = FrameBuffer.allocate((long) n * channels * format.bytesPerSample());
        MemorySegment m = buffer.memory();
        if (bytesPerSample == 3) {
            for (int i = 0, s = 0; s < n * channels; s++, i += 3) {
                int v = (raw.get(i) & 0xFF) << 8 | (raw.get(i + 1) & 0xFF) << 16 | raw.get(i + 2) << 24;
                m.set(ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 4L * s, v);
            }
        } else {
            MemorySegment.copy(MemorySegment.ofArray(raw.array()), 0, m, 0, raw.capacity());
        }
        return buffer.toAudioData(format, sampleRate, n, channels, timestamp);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
