package io.mediacapture.internal.convert;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * Converts a continuous audio stream block by block to another sample rate, channel count and sample
 * format. Samples pass through double precision, so every integer format round-trips exactly.
 *
 * <p><b>Channels</b> follow Web Audio's "speakers" rules for mono and stereo (mono to stereo copies, stereo
 * to mono averages); any other pair is "discrete": the first {@code min(in, out)} channels are kept and
 * extra output channels are silent. <b>Sample formats</b>: any to any, interleaved or planar; integers are
 * scaled by their full range (u8 offset by 128) and clipped on the way back. <b>Rates</b>: a
 * {@link PolyphaseResampler} (windowed sinc); its output lags its input by {@code halfWidth} input samples,
 * and each output block's timestamp is the capture time of the input instant its first sample represents,
 * extrapolated from the latest input block's timestamp. Same rate, channels and format: output is an exact
 * copy with the input's timestamp.
 *
 * <p>Stateful and not thread-safe: feed one stream from one thread, {@link #reset()} on a discontinuity.
 */
public final class AudioConverter {
    private final int inRate;
    private final int inChannels;
    private final AudioSampleFormat inFormat;
    private final int outRate;
    private final int outChannels;
    private final AudioSampleFormat outFormat;
    private final PolyphaseResampler resampler; // null when the rates are equal
    private long inputPosition; // input frames consumed since the start or reset

    /** @throws IllegalArgumentException when a rate or channel count is not positive */
    public AudioConverter(int inRate, int inChannels, AudioSampleFormat inFormat,
                          int outRate, int outChannels, AudioSampleFormat outFormat) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + inRate + " -> " + outRate);
        }
        if (inChannels <= 0 || outChannels <= 0) {
            throw new IllegalArgumentException("channel counts must be positive: " + inChannels + " -> " + outChannels);
        }
        this.inRate = inRate;
        this.inChannels = inChannels;
        this.inFormat = Objects.requireNonNull(inFormat, "inFormat");
        this.outRate = outRate;
        this.outChannels = outChannels;
        this.outFormat = Objects.requireNonNull(outFormat, "outFormat");
        this.resampler = inRate == outRate ? null : new PolyphaseResampler(inRate, outRate, outChannels);
    }

    /**
     * Converts the next block of the stream. {@code in} is only read; the caller still owns and closes it.
     *
     * @return new audio data the caller owns and must close, or null when this block completed no output
     *         frames yet (the resampler is still filling)
     * @throws IllegalArgumentException when {@code in} does not have the input rate, channels and format
     * @throws IllegalStateException    when {@code in} is closed
     */
    public AudioData convert(AudioData in) {
        Objects.requireNonNull(in, "in");
        if (Math.round(in.sampleRate()) != inRate || in.numberOfChannels() != inChannels || in.format() != inFormat) {
            throw new IllegalArgumentException("converter expects " + inRate + " Hz x" + inChannels + " " + inFormat
                    + ", got " + in.sampleRate() + " Hz x" + in.numberOfChannels() + " " + in.format());
        }
        int frames = in.numberOfFrames();
        long blockStart = inputPosition;
        inputPosition += frames;
        if (resampler == null && inChannels == outChannels && inFormat == outFormat) {
            return frames == 0 ? null : copy(in);
        }
        double[][] mixed = mix(read(in), frames);
        if (resampler == null) {
            return frames == 0 ? null : write(mixed, frames, in.timestamp());
        }
        double position = resampler.nextOutputPosition();
        double[][] out = new double[outChannels][resampler.maxOutput(frames)];
        int n = resampler.process(mixed, frames, out);
        if (n == 0) {
            return null;
        }
        long timestamp = in.timestamp() + Math.round((position - blockStart) * 1_000_000.0 / inRate);
        return write(out, n, timestamp);
    }

    /** Forgets all buffered input: the next block starts a new stream. */
    public void reset() {
        inputPosition = 0;
        if (resampler != null) {
            resampler.reset();
        }
    }

    /** Input samples the resampler holds back (0 when the rates are equal): its delay in input samples. */
    public int delayFrames() {
        return resampler == null ? 0 : resampler.halfWidth();
    }

    private AudioData copy(AudioData in) {
        FrameBuffer buffer = allocate(in.numberOfFrames());
        MemorySegment dst = buffer.memory();
        long at = 0;
        try {
            for (int p = 0; p < in.numberOfPlanes(); p++) {
                MemorySegment plane = in.plane(p);
                MemorySegment.copy(plane, 0, dst, at, plane.byteSize());
                at += plane.byteSize();
            }
        } catch (RuntimeException e) {
            buffer.release();
            throw e;
        }
        return buffer.toAudioData(outFormat, outRate, in.numberOfFrames(), outChannels, in.timestamp());
    }

    /** Pooled memory for {@code frames} frames of the output format. */
    private FrameBuffer allocate(int frames) {
        return FrameBuffer.allocate((long) frames * outChannels * outFormat.bytesPerSample());
    }

    /** Samples per input channel in [-1, 1]. */
    private double[][] read(AudioData in) {
        int frames = in.numberOfFrames();
        double[][] ch = new double[inChannels][frames];
        SampleCodec codec = SampleCodec.of(inFormat);
        if (inFormat.isPlanar()) {
            for (int c = 0; c < inChannels; c++) {
                codec.decode(in.plane(c), frames, 0, 1, ch[c]);
            }
        } else {
            MemorySegment plane = in.plane(0);
            for (int c = 0; c < inChannels; c++) {
                codec.decode(plane, frames, c, inChannels, ch[c]);
            }
        }
        return ch;
    }

    private double[][] mix(double[][] in, int frames) {
        if (inChannels == outChannels) {
            return in;
        }
        double[][] out = new double[outChannels][];
        if (inChannels == 1 && outChannels == 2) {
            out[0] = in[0];
            out[1] = in[0];
        } else if (inChannels == 2 && outChannels == 1) {
            double[] m = new double[frames];
            for (int i = 0; i < frames; i++) {
                m[i] = 0.5 * (in[0][i] + in[1][i]);
            }
            out[0] = m;
        } else {
            for (int c = 0; c < outChannels; c++) {
                out[c] = c < inChannels ? in[c] : new double[frames];
            }
        }
        return out;
    }

    private AudioData write(double[][] samples, int frames, long timestamp) {
        FrameBuffer buffer = allocate(frames);
        try {
            MemorySegment dst = buffer.memory();
            SampleCodec codec = SampleCodec.of(outFormat);
            long planeBytes = (long) frames * outFormat.bytesPerSample();
            for (int c = 0; c < outChannels; c++) {
                if (outFormat.isPlanar()) {
                    codec.encode(samples[c], frames, dst.asSlice(c * planeBytes, planeBytes), 0, 1);
                } else {
                    codec.encode(samples[c], frames, dst, c, outChannels);
                }
            }
        } catch (RuntimeException e) {
            buffer.release();
            throw e;
        }
        return buffer.toAudioData(outFormat, outRate, frames, outChannels, timestamp);
    }

    /** One sample format's scaling between stored values and doubles in [-1, 1]. */
    private enum SampleCodec {
        U8, S16, S32, F32;

        private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
        private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
        private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED;

        static SampleCodec of(AudioSampleFormat f) {
            return switch (f) {
                case U8, U8_PLANAR -> U8;
                case S16, S16_PLANAR -> S16;
                case S32, S32_PLANAR -> S32;
                case F32, F32_PLANAR -> F32;
            };
        }

        /** Reads sample {@code first + i * step} (in samples) for i below {@code frames}. */
        void decode(MemorySegment m, int frames, int first, int step, double[] out) {
            int count = frames == 0 ? 0 : (frames - 1) * step + 1;
            switch (this) {
                case U8 -> {
                    byte[] a = new byte[count];
                    MemorySegment.copy(m, ValueLayout.JAVA_BYTE, first, a, 0, count);
                    for (int i = 0; i < frames; i++) {
                        out[i] = ((a[i * step] & 0xFF) - 128) / 128.0;
                    }
                }
                case S16 -> {
                    short[] a = new short[count];
                    MemorySegment.copy(m, SHORT, 2L * first, a, 0, count);
                    for (int i = 0; i < frames; i++) {
                        out[i] = a[i * step] / 32768.0;
                    }
                }
                case S32 -> {
                    int[] a = new int[count];
                    MemorySegment.copy(m, INT, 4L * first, a, 0, count);
                    for (int i = 0; i < frames; i++) {
                        out[i] = a[i * step] / 2147483648.0;
                    }
                }
                case F32 -> {
                    float[] a = new float[count];
                    MemorySegment.copy(m, FLOAT, 4L * first, a, 0, count);
                    for (int i = 0; i < frames; i++) {
                        out[i] = a[i * step];
                    }
                }
            }
        }

        /** Writes {@code in[i]} to sample {@code first + i * step}, clipping integer formats. */
        void encode(double[] in, int frames, MemorySegment m, int first, int step) {
            for (int i = 0; i < frames; i++) {
                long at = (long) first + (long) i * step;
                double s = in[i];
                switch (this) {
                    case U8 -> m.set(ValueLayout.JAVA_BYTE, at,
                            (byte) (clip(Math.round(s * 128), -128, 127) + 128));
                    case S16 -> m.set(SHORT, 2 * at, (short) clip(Math.round(s * 32768), -32768, 32767));
                    case S32 -> m.set(INT, 4 * at, (int) clip(Math.round(s * 2147483648.0), Integer.MIN_VALUE, Integer.MAX_VALUE));
                    case F32 -> m.set(FLOAT, 4 * at, (float) s);
                }
            }
        }

        private static long clip(long v, long lo, long hi) {
            return v < lo ? lo : Math.min(v, hi);
        }
    }
}
