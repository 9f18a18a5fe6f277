package io.mediacapture.testing;

/** Measurements on captured audio, for content checks. */
public final class Signals {
    private Signals() {}

    /** Power of {@code samples} at frequency {@code hz} (Goertzel), normalised by length. */
    public static double power(float[] samples, int n, double sampleRate, double hz) {
        double w = 2 * Math.PI * hz / sampleRate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double s0 = samples[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double p = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return p / ((double) n * n);
    }

    /** The frequency between {@code fromHz} and {@code toHz} (step {@code stepHz}) with the most power. */
    public static double dominantFrequency(float[] samples, int n, double sampleRate, double fromHz, double toHz, double stepHz) {
        double best = fromHz;
        double bestPower = -1;
        for (double f = fromHz; f <= toHz; f += stepHz) {
            double p = power(samples, n, sampleRate, f);
            if (p > bestPower) {
                bestPower = p;
                best = f;
            }
        }
        return best;
    }

    public static double rms(float[] samples, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / Math.max(1, n));
    }
}
