package io.mediacapture;

import io.mediacapture.internal.frame.FrameLease;
import io.mediacapture.internal.frame.RefCountedMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * WebCodecs {@code AudioData}: a run of audio samples with format, rate, channel count and capture time.
 * Interleaved formats have one plane; planar formats one plane per channel. Plane views are read-only and
 * zero-copy, valid until {@link #close()}, and behave across threads as {@link VideoFrame}'s do (the first viewing
 * thread's views are confined to it). Thread-safe.
 *
 * <p>Audio data is made by its producers (backends through {@code io.mediacapture.spi.FrameBuffer}, the library's
 * own sources, converters and audio nodes), never by applications: this class has no public constructor.
 */
public final class AudioData implements MediaFrame {
    private static final ValueLayout.OfShort S16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt S32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED;

    private final FrameLease lease;
    private final AudioSampleFormat format;
    private final float sampleRate;
    private final int numberOfFrames;
    private final int numberOfChannels;
    private final long timestamp;

    /**
     * Audio data over a buffer, samples tightly packed from offset 0: interleaved, or channel after channel for
     * planar formats. Takes over the caller's reference (producers come here through
     * {@code FrameBuffer.toAudioData}).
     *
     * @param timestamp capture time of the first sample, microseconds on the library clock
     */
    AudioData(RefCountedMemory buffer, AudioSampleFormat format, float sampleRate, int numberOfFrames,
                     int numberOfChannels, long timestamp) {
        Objects.requireNonNull(buffer, "buffer");
        this.format = Objects.requireNonNull(format, "format");
        if (!(sampleRate > 0) || numberOfFrames < 0 || numberOfChannels <= 0) {
            throw new IllegalArgumentException("bad audio data: " + sampleRate + " Hz, " + numberOfFrames
                    + " frames, " + numberOfChannels + " channels");
        }
        long need = (long) numberOfFrames * numberOfChannels * format.bytesPerSample();
        if (buffer.memory().byteSize() < need) {
            throw new IllegalArgumentException("buffer of " + buffer.memory().byteSize() + " bytes < " + need
                    + " needed for " + numberOfFrames + " frames of " + numberOfChannels + " " + format);
        }
        this.sampleRate = sampleRate;
        this.numberOfFrames = numberOfFrames;
        this.numberOfChannels = numberOfChannels;
        this.timestamp = timestamp;
        this.lease = FrameLease.attach(this, buffer);
    }

    private AudioData(AudioData other) {
        other.lease.checkOpen("AudioData");
        this.format = other.format;
        this.sampleRate = other.sampleRate;
        this.numberOfFrames = other.numberOfFrames;
        this.numberOfChannels = other.numberOfChannels;
        this.timestamp = other.timestamp;
        this.lease = other.lease.share(this);
    }

    public AudioSampleFormat format() {
        return format;
    }

    public float sampleRate() {
        return sampleRate;
    }

    public int numberOfFrames() {
        return numberOfFrames;
    }

    public int numberOfChannels() {
        return numberOfChannels;
    }

    @Override
    public long timestamp() {
        return timestamp;
    }

    /** Duration in microseconds. */
    public long duration() {
        return Math.round(numberOfFrames * 1_000_000.0 / sampleRate);
    }

    public int numberOfPlanes() {
        return format.isPlanar() ? numberOfChannels : 1;
    }

    /** Read-only zero-copy view of plane {@code p}, valid until close(). */
    public MemorySegment plane(int p) {
        lease.checkOpen("AudioData");
        return lease.view(planeOffset(checkPlane(p)), planeBytes());
    }

    /** Bytes in plane {@code p} in the native format. */
    public long allocationSize(int p) {
        checkPlane(p);
        return planeBytes();
    }

    /**
     * Copies channel {@code planeIndex} as 32-bit float samples in [-1, 1] (WebCodecs {@code copyTo} with
     * format "f32-planar"), whatever the source format.
     *
     * @throws IllegalArgumentException when destination is shorter than {@link #numberOfFrames()} or the
     *                                  channel does not exist
     * @throws IllegalStateException    after close
     */
    public void copyTo(float[] destination, int planeIndex) {
        lease.checkOpen("AudioData");
        if (planeIndex < 0 || planeIndex >= numberOfChannels) {
            throw new IllegalArgumentException("channel " + planeIndex + " of " + numberOfChannels);
        }
        if (destination.length < numberOfFrames) {
            throw new IllegalArgumentException("destination holds " + destination.length + " samples, need " + numberOfFrames);
        }
        // Pinned, never lease.memory() bare: see VideoFrame.copyTo.
        lease.pin("AudioData");
        try {
            copyChannel(lease.memory(), destination, planeIndex);
        } finally {
            lease.unpin();
        }
        lease.checkOpen("AudioData"); // closed during the copy: the samples were read, the data is gone
    }

    private void copyChannel(MemorySegment m, float[] destination, int planeIndex) {
        int bps = format.bytesPerSample();
        long base;
        long step;
        if (format.isPlanar()) {
            base = planeOffset(planeIndex);
            step = bps;
        } else {
            base = (long) planeIndex * bps;
            step = (long) bps * numberOfChannels;
        }
        switch (format) {
            case U8, U8_PLANAR -> {
                for (int i = 0; i < numberOfFrames; i++) {
                    destination[i] = (Byte.toUnsignedInt(m.get(ValueLayout.JAVA_BYTE, base + i * step)) - 128) / 128f;
                }
            }
            case S16, S16_PLANAR -> {
                for (int i = 0; i < numberOfFrames; i++) {
                    destination[i] = m.get(S16, base + i * step) / 32768f;
                }
            }
            case S32, S32_PLANAR -> {
                for (int i = 0; i < numberOfFrames; i++) {
                    destination[i] = (float) (m.get(S32, base + i * step) / 2147483648.0);
                }
            }
            case F32, F32_PLANAR -> {
                for (int i = 0; i < numberOfFrames; i++) {
                    destination[i] = m.get(F32, base + i * step);
                }
            }
        }
    }

    @Override
    public AudioData clone() {
        return new AudioData(this);
    }

    public boolean isClosed() {
        return lease.isClosed();
    }

    @Override
    public void close() {
        lease.close();
    }

    private long planeBytes() {
        long perPlaneChannels = format.isPlanar() ? 1 : numberOfChannels;
        return (long) numberOfFrames * perPlaneChannels * format.bytesPerSample();
    }

    private long planeOffset(int p) {
        return format.isPlanar() ? p * planeBytes() : 0;
    }

    private int checkPlane(int p) {
        if (p < 0 || p >= numberOfPlanes()) {
            throw new IndexOutOfBoundsException("plane " + p + " of " + numberOfPlanes());
        }
        return p;
    }

    @Override
    public String toString() {
        return "AudioData[" + format + " " + sampleRate + " Hz x" + numberOfChannels + " " + numberOfFrames
                + " frames @" + timestamp + "us" + (isClosed() ? " closed" : "") + "]";
    }
}
