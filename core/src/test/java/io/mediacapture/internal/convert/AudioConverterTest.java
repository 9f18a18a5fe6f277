package io.mediacapture.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AudioConverterTest {
    /** Mono f32 audio data holding {@code s[from..from+n)}, timestamped by its position in the stream. */
    private static AudioData f32(double[] s, int from, int n, int rate) {
        return audio(AudioSampleFormat.F32, rate, n, 1, Math.round(from * 1e6 / rate), m -> {
            for (int i = 0; i < n; i++) {
                m.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, (float) s[from + i]);
            }
        });
    }

    /** Audio data whose samples {@code fill} writes, as a producer does before handing the data on. */
    private static AudioData audio(AudioSampleFormat format, float rate, int frames, int channels, long timestamp,
                                   Consumer<MemorySegment> fill) {
        FrameBuffer b = FrameBuffer.allocate((long) frames * channels * format.bytesPerSample());
        fill.accept(b.memory());
        return b.toAudioData(format, rate, frames, channels, timestamp);
    }

    private static double[] sine(double freq, double amplitude, int rate, double seconds) {
        double[] s = new double[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = amplitude * Math.sin(2 * Math.PI * freq * i / rate);
        }
        return s;
    }

    private record Output(double[] samples, List<long[]> blocks) {
    }

    /** Converts {@code s} in blocks of the given sizes (cycled) and concatenates channel 0 of the output. */
    private static Output run(AudioConverter c, double[] s, int rate, int... blockSizes) {
        List<Double> out = new ArrayList<>();
        List<long[]> blocks = new ArrayList<>();
        int at = 0;
        for (int b = 0; at < s.length; b++) {
            int n = Math.min(blockSizes[b % blockSizes.length], s.length - at);
            try (AudioData in = f32(s, at, n, rate); AudioData o = c.convert(in)) {
                if (o != null) {
                    blocks.add(new long[] {out.size(), o.timestamp(), o.numberOfFrames()});
                    float[] ch = new float[o.numberOfFrames()];
                    o.copyTo(ch, 0);
                    for (float v : ch) {
                        out.add((double) v);
                    }
                }
            }
            at += n;
        }
        return new Output(out.stream().mapToDouble(Double::doubleValue).toArray(), blocks);
    }

    /** Amplitude of the {@code freq} component of {@code s[from..to)} by correlation (a single DFT bin). */
    private static double amplitude(double[] s, int from, int to, double freq, int rate) {
        double re = 0;
        double im = 0;
        for (int i = from; i < to; i++) {
            re += s[i] * Math.cos(2 * Math.PI * freq * i / rate);
            im += s[i] * Math.sin(2 * Math.PI * freq * i / rate);
        }
        return 2 * Math.hypot(re, im) / (to - from);
    }

    /** Frequency from the time between the first and last upward zero crossing in {@code s[from..to)}. */
    private static double zeroCrossingFrequency(double[] s, int from, int to, int rate) {
        double first = -1;
        double last = -1;
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                double t = i - 1 + s[i - 1] / (s[i - 1] - s[i]);
                if (first < 0) {
                    first = t;
                } else {
                    count++;
                }
                last = t;
            }
        }
        return count * rate / (last - first);
    }

    @Test
    void sineKeepsFrequencyAndAmplitudeAcrossRates() {
        int[][] pairs = {{48000, 44100}, {44100, 48000}, {48000, 16000}, {8000, 48000}, {44100, 16000}, {16000, 44100}};
        for (int[] p : pairs) {
            double[] in = sine(440, 0.5, p[0], 1.0);
            AudioConverter c = new AudioConverter(p[0], 1, AudioSampleFormat.F32, p[1], 1, AudioSampleFormat.F32);
            double[] out = run(c, in, p[0], 480, 1000, 37, 4096).samples();
            int from = out.length / 10;
            int to = out.length * 9 / 10;
            double freq = zeroCrossingFrequency(out, from, to, p[1]);
            double db = 20 * Math.log10(amplitude(out, from, to, 440, p[1]) / 0.5);
            System.out.printf("AudioConverter %d -> %d: %.3f Hz, %+.4f dB%n", p[0], p[1], freq, db);
            assertEquals(440, freq, 0.05, p[0] + " -> " + p[1] + " frequency");
            assertEquals(0, db, 0.5, p[0] + " -> " + p[1] + " amplitude in dB");
            // output count tracks the rate ratio (minus the samples still held back)
            assertEquals(in.length * (double) p[1] / p[0], out.length, c.delayFrames() * (double) p[1] / p[0] + 2);
        }
    }

    @Test
    void blockWiseEqualsOneShot() {
        double[] in = new double[20000];
        Random r = new Random(3);
        for (int i = 0; i < in.length; i++) {
            in[i] = 0.6 * Math.sin(i * 0.05) + 0.2 * (r.nextDouble() - 0.5);
        }
        for (int[] p : new int[][] {{48000, 44100}, {44100, 48000}, {48000, 16000}, {8000, 48000}}) {
            double[] whole = run(new AudioConverter(p[0], 1, AudioSampleFormat.F32, p[1], 1, AudioSampleFormat.F32), in, p[0], in.length).samples();
            double[] blocks = run(new AudioConverter(p[0], 1, AudioSampleFormat.F32, p[1], 1, AudioSampleFormat.F32), in, p[0], 1, 7, 480, 129, 3000).samples();
            assertEquals(whole.length, blocks.length);
            for (int i = 0; i < whole.length; i++) {
                assertEquals(whole[i], blocks[i], 1e-5, p[0] + " -> " + p[1] + " sample " + i);
            }
        }
    }

    @Test
    void downsamplingSuppressesAliases() {
        double[] in = sine(20000, 0.9, 48000, 1.0);
        double[] out = run(new AudioConverter(48000, 1, AudioSampleFormat.F32, 16000, 1, AudioSampleFormat.F32), in, 48000, 960).samples();
        double rms = 0;
        int from = out.length / 10;
        for (int i = from; i < out.length; i++) {
            rms += out[i] * out[i];
        }
        rms = Math.sqrt(rms / (out.length - from));
        double db = 20 * Math.log10(rms * Math.sqrt(2) / 0.9);
        System.out.printf("AudioConverter 48000 -> 16000: 20 kHz tone at %.1f dB%n", db);
        assertTrue(db < -40, "20 kHz alias at " + db + " dB");
    }

    @Test
    void timestampsFollowTheInputAndStayContinuous() {
        double[] in = sine(440, 0.5, 48000, 0.5);
        AudioConverter c = new AudioConverter(48000, 1, AudioSampleFormat.F32, 44100, 1, AudioSampleFormat.F32);
        Output o = run(c, in, 48000, 480);
        assertTrue(o.blocks().size() > 10);
        for (long[] b : o.blocks()) {
            // output sample k represents input time k / 44100 s: the first input block is at time 0
            assertEquals(b[0] * 1e6 / 44100, b[1], 1.0, "block at output sample " + b[0]);
        }
    }

    @Test
    void returnsNullUntilTheResamplerHasEnoughInput() {
        AudioConverter c = new AudioConverter(48000, 1, AudioSampleFormat.F32, 44100, 1, AudioSampleFormat.F32);
        double[] in = sine(440, 0.5, 48000, 0.1);
        try (AudioData first = f32(in, 0, 10, 48000)) {
            assertNull(c.convert(first));
        }
        try (AudioData more = f32(in, 10, 2000, 48000); AudioData out = c.convert(more)) {
            assertNotNull(out);
            assertEquals(44100, out.sampleRate());
            assertEquals(0, out.timestamp());
        }
        c.reset();
        try (AudioData again = f32(in, 0, 10, 48000)) {
            assertNull(c.convert(again));
        }
    }

    @Test
    void passthroughIsExact() {
        Random r = new Random(9);
        AudioData in = audio(AudioSampleFormat.S16, 48000, 100, 2, 555, m -> {
            for (int i = 0; i < 200; i++) {
                m.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i, (short) r.nextInt());
            }
        });
        AudioConverter c = new AudioConverter(48000, 2, AudioSampleFormat.S16, 48000, 2, AudioSampleFormat.S16);
        try (in; AudioData out = c.convert(in)) {
            assertEquals(555, out.timestamp());
            assertArrayEquals(in.plane(0).toArray(ValueLayout.JAVA_BYTE), out.plane(0).toArray(ValueLayout.JAVA_BYTE));
            assertEquals(0, c.delayFrames());
        }
    }

    @Test
    void sampleFormatsConvertExactlyAndClip() {
        // s16 interleaved stereo -> every format and back is exact
        AudioData in = audio(AudioSampleFormat.S16, 16000, 50, 2, 7, m -> {
            for (int i = 0; i < 100; i++) {
                m.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i, (short) (i * 655 - 32768));
            }
        });
        try (in) {
            byte[] want = in.plane(0).toArray(ValueLayout.JAVA_BYTE);
            for (AudioSampleFormat f : AudioSampleFormat.values()) {
                if (f == AudioSampleFormat.U8 || f == AudioSampleFormat.U8_PLANAR) {
                    continue; // 8 bits cannot hold 16
                }
                AudioConverter there = new AudioConverter(16000, 2, AudioSampleFormat.S16, 16000, 2, f);
                AudioConverter back = new AudioConverter(16000, 2, f, 16000, 2, AudioSampleFormat.S16);
                try (AudioData mid = there.convert(in); AudioData out = back.convert(mid)) {
                    assertEquals(f.isPlanar() ? 2 : 1, mid.numberOfPlanes());
                    assertEquals(7, out.timestamp());
                    assertArrayEquals(want, out.plane(0).toArray(ValueLayout.JAVA_BYTE), "s16 -> " + f + " -> s16");
                }
            }
        }
        // clipping and the u8 offset
        float[] values = {1.5f, -2f, 0.5f};
        AudioData loud = audio(AudioSampleFormat.F32_PLANAR, 8000, 3, 1, 0, m -> {
            for (int i = 0; i < 3; i++) {
                m.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, values[i]);
            }
        });
        try (loud;
             AudioData s16 = new AudioConverter(8000, 1, AudioSampleFormat.F32_PLANAR, 8000, 1, AudioSampleFormat.S16).convert(loud);
             AudioData s32 = new AudioConverter(8000, 1, AudioSampleFormat.F32_PLANAR, 8000, 1, AudioSampleFormat.S32).convert(loud);
             AudioData u8 = new AudioConverter(8000, 1, AudioSampleFormat.F32_PLANAR, 8000, 1, AudioSampleFormat.U8_PLANAR).convert(loud)) {
            assertEquals(32767, s16.plane(0).getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, 0));
            assertEquals(-32768, s16.plane(0).getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, 1));
            assertEquals(16384, s16.plane(0).getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, 2));
            assertEquals(Integer.MAX_VALUE, s32.plane(0).getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, 0));
            assertEquals(Integer.MIN_VALUE, s32.plane(0).getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, 1));
            assertEquals(255, Byte.toUnsignedInt(u8.plane(0).get(ValueLayout.JAVA_BYTE, 0)));
            assertEquals(0, Byte.toUnsignedInt(u8.plane(0).get(ValueLayout.JAVA_BYTE, 1)));
            assertEquals(192, Byte.toUnsignedInt(u8.plane(0).get(ValueLayout.JAVA_BYTE, 2)));
        }
    }

    @Test
    void channelsMixLikeWebAudioSpeakers() {
        float[] lr = {0.2f, 0.6f, -1f, 0f};
        AudioData stereo = audio(AudioSampleFormat.F32, 48000, 2, 2, 0, m -> {
            for (int i = 0; i < 4; i++) {
                m.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, lr[i]);
            }
        });
        try (stereo; AudioData mono = new AudioConverter(48000, 2, AudioSampleFormat.F32, 48000, 1, AudioSampleFormat.F32).convert(stereo);
             AudioData up = new AudioConverter(48000, 1, AudioSampleFormat.F32, 48000, 2, AudioSampleFormat.F32_PLANAR).convert(mono);
             AudioData three = new AudioConverter(48000, 2, AudioSampleFormat.F32, 48000, 3, AudioSampleFormat.F32).convert(stereo)) {
            float[] m = new float[2];
            mono.copyTo(m, 0);
            assertArrayEquals(new float[] {0.4f, -0.5f}, m, 1e-6f);
            float[] l = new float[2];
            float[] r = new float[2];
            up.copyTo(l, 0);
            up.copyTo(r, 1);
            assertArrayEquals(m, l);
            assertArrayEquals(m, r);
            float[] c2 = new float[2];
            three.copyTo(l, 0);
            three.copyTo(c2, 2);
            assertArrayEquals(new float[] {0.2f, -1f}, l);
            assertArrayEquals(new float[] {0f, 0f}, c2, "extra channels are silent");
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AudioConverter(0, 1, AudioSampleFormat.F32, 48000, 1, AudioSampleFormat.F32));
        assertThrows(IllegalArgumentException.class, () -> new AudioConverter(48000, 0, AudioSampleFormat.F32, 48000, 1, AudioSampleFormat.F32));
        AudioConverter c = new AudioConverter(48000, 1, AudioSampleFormat.F32, 16000, 1, AudioSampleFormat.S16);
        try (AudioData wrongRate = audio(AudioSampleFormat.F32, 44100, 10, 1, 0, m -> { });
             AudioData wrongFormat = audio(AudioSampleFormat.S16, 48000, 10, 1, 0, m -> { })) {
            assertThrows(IllegalArgumentException.class, () -> c.convert(wrongRate));
            assertThrows(IllegalArgumentException.class, () -> c.convert(wrongFormat));
        }
    }
}
