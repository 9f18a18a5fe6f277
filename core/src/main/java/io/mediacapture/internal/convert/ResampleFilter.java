package io.mediacapture.internal.convert;

/**
 * Taps of a 1-D image resampling filter: for each output sample, {@code taps} source indices and weights in
 * 1.14 fixed point summing to exactly {@link #ONE}. Bilinear when the source is at most twice as long as
 * the output, area averaging (box filter with fractional edge coverage) beyond, so strong shrinking does not
 * alias. Source indices are clamped to the crop window, so edges repeat instead of reading outside it.
 */
final class ResampleFilter {
    static final int BITS = 14;
    static final int ONE = 1 << BITS;

    final int taps;
    /** {@code count * taps} source indices. */
    final int[] index;
    /** {@code count * taps} weights. */
    final int[] weight;

    private ResampleFilter(int count, int taps) {
        this.taps = taps;
        this.index = new int[count * taps];
        this.weight = new int[count * taps];
    }

    /**
     * @param count output samples
     * @param start source position (in samples) of the window's left edge
     * @param scale source samples per output sample
     * @param lo    first source index inside the window
     * @param hi    last source index inside the window ({@code >= lo})
     */
    static ResampleFilter build(int count, double start, double scale, int lo, int hi) {
        if (scale > 2) {
            int taps = (int) Math.ceil(scale) + 1;
            ResampleFilter f = new ResampleFilter(count, taps);
            double[] w = new double[taps];
            for (int i = 0; i < count; i++) {
                double a = start + i * scale;
                double b = a + scale;
                int first = (int) Math.floor(a);
                for (int k = 0; k < taps; k++) {
                    int s = first + k;
                    w[k] = Math.max(0, Math.min(b, s + 1) - Math.max(a, s)) / scale;
                    f.index[i * taps + k] = clamp(s, lo, hi);
                }
                f.setWeights(i, w);
            }
            return f;
        }
        ResampleFilter f = new ResampleFilter(count, 2);
        double[] w = new double[2];
        for (int i = 0; i < count; i++) {
            double pos = start + (i + 0.5) * scale - 0.5;
            int s = (int) Math.floor(pos);
            double frac = pos - s;
            f.index[2 * i] = clamp(s, lo, hi);
            f.index[2 * i + 1] = clamp(s + 1, lo, hi);
            w[0] = 1 - frac;
            w[1] = frac;
            f.setWeights(i, w);
        }
        return f;
    }

    /** Rounds the weights of output {@code i} to fixed point, giving the rounding remainder to the largest tap. */
    private void setWeights(int i, double[] w) {
        int sum = 0;
        int largest = 0;
        for (int k = 0; k < taps; k++) {
            int q = (int) Math.round(w[k] * ONE);
            weight[i * taps + k] = q;
            sum += q;
            if (w[k] > w[largest]) {
                largest = k;
            }
        }
        weight[i * taps + largest] += ONE - sum;
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
