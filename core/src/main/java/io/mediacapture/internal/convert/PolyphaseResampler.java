package io.mediacapture.internal.convert;

/**
 * Streaming sample-rate converter for any pair of integer rates: a Kaiser-windowed sinc (32 zero crossings
 * per side, beta 8, about 80 dB stopband) evaluated at the exact rational position of every output sample.
 * With L/M the reduced rate ratio, output {@code n} sits at input position {@code n * M / L}, tracked as an
 * integer index plus remainder so no error accumulates. Coefficients are tabulated per phase ({@code L}
 * phases, or 1024 linearly interpolated ones when L is larger).
 *
 * <p>The filter is symmetric around that position, so output {@code n} represents input time
 * {@code n * M / L} exactly; it is emitted once the input reaches {@link #halfWidth()} samples beyond it.
 * The stream starts with silence before the first input sample. Not thread-safe.
 */
final class PolyphaseResampler {
    private static final int ZERO_CROSSINGS = 32;
    private static final double BETA = 8.0;
    private static final double CUTOFF = 0.91;
    private static final int MAX_PHASES = 1024;

    private final int channels;
    private final int up;   // L
    private final int down; // M
    private final int half; // H: taps per side, in input samples
    private final int taps; // 2H
    private final int phases;
    private final double[] table; // (phases + 1) * taps
    private final double[] scratch;

    private double[][] buf;
    private int bufLen;
    private long bufStart;   // input position of buf[c][0]
    private long index;      // integer input position of the next output
    private int remainder;   // 0..up-1: fractional part of it, in 1/up

    PolyphaseResampler(int inRate, int outRate, int channels) {
        int g = gcd(inRate, outRate);
        this.up = outRate / g;
        this.down = inRate / g;
        this.channels = channels;
        double fc = CUTOFF * Math.min(1.0, (double) outRate / inRate);
        this.half = (int) Math.ceil(ZERO_CROSSINGS / fc);
        this.taps = 2 * half;
        this.phases = Math.min(up, MAX_PHASES);
        this.table = new double[(phases + 1) * taps];
        this.scratch = new double[taps];
        double i0Beta = besselI0(BETA);
        for (int p = 0; p <= phases; p++) {
            double frac = (double) p / phases;
            double sum = 0;
            for (int k = 0; k < taps; k++) {
                // tap k multiplies input sample (index - half + 1 + k), at distance tau from the output position
                double tau = frac + half - 1 - k;
                double x = tau / half;
                double window = Math.abs(x) >= 1 ? 0 : besselI0(BETA * Math.sqrt(1 - x * x)) / i0Beta;
                double h = fc * sinc(fc * tau) * window;
                table[p * taps + k] = h;
                sum += h;
            }
            for (int k = 0; k < taps; k++) {
                table[p * taps + k] /= sum; // unity gain at DC for every phase
            }
        }
        reset();
    }

    void reset() {
        buf = new double[channels][Math.max(1024, 4 * taps)];
        bufLen = half; // silence before the stream starts
        bufStart = -half;
        index = 0;
        remainder = 0;
    }

    /** Input samples a new output waits for beyond its own position. */
    int halfWidth() {
        return half;
    }

    /** Input position (in input samples, fractional) that the next output represents. */
    double nextOutputPosition() {
        return index + (double) remainder / up;
    }

    /** Upper bound of the outputs that {@code inputFrames} more input can complete. */
    int maxOutput(int inputFrames) {
        long available = bufStart + bufLen + inputFrames;
        long outputs = (available - half - index) * up / down + 2;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, outputs));
    }

    /**
     * Appends {@code frames} input samples per channel and writes every output they complete.
     *
     * @return outputs written to {@code out[c][0..]}
     */
    int process(double[][] in, int frames, double[][] out) {
        append(in, frames);
        long lastAvailable = bufStart + bufLen - 1;
        int n = 0;
        boolean exactPhases = phases == up;
        while (index + half <= lastAvailable) {
            int base = (int) (index - half + 1 - bufStart);
            double[] coeff;
            if (exactPhases) {
                coeff = null;
            } else {
                double pos = (double) remainder * phases / up;
                int p = (int) pos;
                double w = pos - p;
                int a = p * taps;
                int b = a + taps;
                for (int k = 0; k < taps; k++) {
                    scratch[k] = table[a + k] + w * (table[b + k] - table[a + k]);
                }
                coeff = scratch;
            }
            int off = exactPhases ? remainder * taps : 0;
            double[] c = exactPhases ? table : coeff;
            for (int ch = 0; ch < channels; ch++) {
                double[] x = buf[ch];
                double sum = 0;
                for (int k = 0; k < taps; k++) {
                    sum += c[off + k] * x[base + k];
                }
                out[ch][n] = sum;
            }
            n++;
            remainder += down;
            index += remainder / up;
            remainder %= up;
        }
        discardBefore(index - half + 1);
        return n;
    }

    private void append(double[][] in, int frames) {
        if (bufLen + frames > buf[0].length) {
            int size = Math.max(buf[0].length * 2, bufLen + frames);
            for (int c = 0; c < channels; c++) {
                buf[c] = java.util.Arrays.copyOf(buf[c], size);
            }
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(in[c], 0, buf[c], bufLen, frames);
        }
        bufLen += frames;
    }

    private void discardBefore(long position) {
        int drop = (int) Math.min(bufLen, Math.max(0, position - bufStart));
        if (drop == 0) {
            return;
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(buf[c], drop, buf[c], 0, bufLen - drop);
        }
        bufLen -= drop;
        bufStart += drop;
    }

    private static double sinc(double x) {
        if (x == 0) {
            return 1;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
