package io.mediacapture.audio;

import io.mediacapture.DOMException;
import java.util.Objects;

/**
 * Web Audio {@code AnalyserNode}: passes its input through unchanged and keeps the most recent samples
 * (down-mixed to mono) for time-domain data and an FFT magnitude spectrum, as level meters and tuners need.
 * The spectrum follows the spec: the last {@link #fftSize()} samples, a Blackman window, magnitudes divided
 * by fftSize, smoothed over time by {@link #smoothingTimeConstant()}, in dB for the float variant and
 * scaled between {@link #minDecibels()} and {@link #maxDecibels()} for the byte variant.
 *
 * <p>Thread-safe: the getters copy what the rendering thread wrote, from any thread.
 */
public final class AnalyserNode extends AudioNode {
    private static final int HISTORY = 32768;

    private final float[] history = new float[HISTORY];
    private long writtenSamples;
    private int fftSize = 2048;
    private double smoothingTimeConstant = 0.8;
    private double minDecibels = -100;
    private double maxDecibels = -30;
    private double[] smoothed = new double[1024];

    AnalyserNode(AudioContext context) {
        super(context, 1, 1, 2, ChannelCountMode.MAX, ChannelInterpretation.SPEAKERS);
        context.pullAlways(this);
    }

    public synchronized int fftSize() {
        return fftSize;
    }

    /** @throws DOMException IndexSizeError unless a power of two in 32..32768 */
    public synchronized void setFftSize(int size) {
        if (size < 32 || size > HISTORY || Integer.bitCount(size) != 1) {
            throw new DOMException("fftSize must be a power of two in 32..32768, got " + size, "IndexSizeError");
        }
        fftSize = size;
        smoothed = new double[size / 2];
    }

    /** fftSize / 2. */
    public synchronized int frequencyBinCount() {
        return fftSize / 2;
    }

    public synchronized double smoothingTimeConstant() {
        return smoothingTimeConstant;
    }

    /** @throws DOMException IndexSizeError outside 0..1 */
    public synchronized void setSmoothingTimeConstant(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new DOMException("smoothingTimeConstant must be 0..1, got " + value, "IndexSizeError");
        }
        smoothingTimeConstant = value;
    }

    public synchronized double minDecibels() {
        return minDecibels;
    }

    public synchronized double maxDecibels() {
        return maxDecibels;
    }

    /** @throws DOMException IndexSizeError unless {@code min < max} */
    public synchronized void setDecibelRange(double min, double max) {
        if (!(min < max)) {
            throw new DOMException("minDecibels " + min + " must be below maxDecibels " + max, "IndexSizeError");
        }
        minDecibels = min;
        maxDecibels = max;
    }

    /** The centre frequency of FFT bin {@code k}: k x sampleRate / fftSize. */
    public double binFrequency(int k) {
        return k * (double) context().sampleRate() / fftSize();
    }

    /** The latest min(array.length, fftSize) samples, oldest first. */
    public void getFloatTimeDomainData(float[] array) {
        Objects.requireNonNull(array, "array");
        float[] window = latest(Math.min(array.length, fftSize()));
        System.arraycopy(window, 0, array, 0, window.length);
    }

    /** As {@link #getFloatTimeDomainData}, scaled to 0..255 (128 = silence). */
    public void getByteTimeDomainData(byte[] array) {
        Objects.requireNonNull(array, "array");
        float[] window = latest(Math.min(array.length, fftSize()));
        for (int i = 0; i < window.length; i++) {
            array[i] = (byte) clamp((int) Math.floor(128 * (1 + window[i])), 0, 255);
        }
    }

    /** The magnitude spectrum in dB for the first min(array.length, frequencyBinCount) bins. */
    public void getFloatFrequencyData(float[] array) {
        Objects.requireNonNull(array, "array");
        double[] mags = spectrum();
        for (int k = 0; k < Math.min(array.length, mags.length); k++) {
            array[k] = (float) (20 * Math.log10(mags[k]));
        }
    }

    /** The spectrum scaled to 0..255 between minDecibels and maxDecibels. */
    public void getByteFrequencyData(byte[] array) {
        Objects.requireNonNull(array, "array");
        double[] mags = spectrum();
        double min;
        double max;
        synchronized (this) {
            min = minDecibels;
            max = maxDecibels;
        }
        for (int k = 0; k < Math.min(array.length, mags.length); k++) {
            double db = 20 * Math.log10(mags[k]);
            array[k] = (byte) clamp((int) Math.floor(255 / (max - min) * (db - min)), 0, 255);
        }
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private synchronized float[] latest(int n) {
        float[] out = new float[n];
        long start = writtenSamples - n;
        for (int i = 0; i < n; i++) {
            long at = start + i;
            out[i] = at < 0 ? 0 : history[(int) (at % HISTORY)];
        }
        return out;
    }

    /** Windowed, FFT'd, smoothed magnitudes (the spec's "smoothed FFT data"). */
    private synchronized double[] spectrum() {
        int n = fftSize;
        float[] x = latest(n);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double blackman = 0.42 - 0.5 * Math.cos(a) + 0.08 * Math.cos(2 * a);
            re[i] = x[i] * blackman;
        }
        Fft.transform(re, im);
        double tau = smoothingTimeConstant;
        double[] out = new double[n / 2];
        for (int k = 0; k < n / 2; k++) {
            double mag = Math.hypot(re[k], im[k]) / n;
            double s = tau * smoothed[k] + (1 - tau) * mag;
            smoothed[k] = Double.isFinite(s) ? s : 0;
            out[k] = smoothed[k];
        }
        return out;
    }

    @Override
    void process(float[][][] inputs, float[][][] outputs, long quantum) {
        float[][] in = inputs[0];
        float[][] mono = silence(1);
        ChannelMixer.mixInto(in, mono, QUANTUM, ChannelInterpretation.SPEAKERS);
        synchronized (this) {
            for (int i = 0; i < QUANTUM; i++) {
                history[(int) ((writtenSamples + i) % HISTORY)] = mono[0][i];
            }
            writtenSamples += QUANTUM;
        }
        outputs[0] = in;
    }
}
