package io.mediacapture.audio;

/**
 * Up- and down-mixing as Web Audio's "Channel up-mixing and down-mixing" section defines it, adding one
 * connection's channels into an input bus. Speaker layouts: 1 mono, 2 L R, 4 L R SL SR, 6 L R C LFE SL SR.
 */
final class ChannelMixer {
    private static final float SQRT_HALF = (float) Math.sqrt(0.5);

    private ChannelMixer() {
    }

    /** Adds {@code in} (any channel count) into {@code out}, mixing to out's channel count. */
    static void mixInto(float[][] in, float[][] out, int frames, ChannelInterpretation interpretation) {
        int ni = in.length;
        int no = out.length;
        if (ni == no || interpretation == ChannelInterpretation.DISCRETE || !speakerPair(ni, no)) {
            for (int c = 0; c < Math.min(ni, no); c++) {
                add(in[c], 1, out[c], frames);
            }
            return;
        }
        if (ni < no) {
            upMix(in, out, frames);
        } else {
            downMix(in, out, frames);
        }
    }

    private static boolean speakerPair(int a, int b) {
        return isLayout(a) && isLayout(b);
    }

    private static boolean isLayout(int n) {
        return n == 1 || n == 2 || n == 4 || n == 6;
    }

    private static void upMix(float[][] in, float[][] out, int frames) {
        int ni = in.length;
        int no = out.length;
        if (ni == 1) {
            if (no == 2 || no == 4) {
                add(in[0], 1, out[0], frames);
                add(in[0], 1, out[1], frames);
            } else { // 6: mono to centre
                add(in[0], 1, out[2], frames);
            }
        } else if (ni == 2) { // to 4 or 6: L, R kept, surrounds silent
            add(in[0], 1, out[0], frames);
            add(in[1], 1, out[1], frames);
        } else { // quad to 5.1
            add(in[0], 1, out[0], frames);
            add(in[1], 1, out[1], frames);
            add(in[2], 1, out[4], frames);
            add(in[3], 1, out[5], frames);
        }
    }

    private static void downMix(float[][] in, float[][] out, int frames) {
        int ni = in.length;
        int no = out.length;
        if (no == 1) {
            if (ni == 2) {
                add(in[0], 0.5f, out[0], frames);
                add(in[1], 0.5f, out[0], frames);
            } else if (ni == 4) {
                for (int c = 0; c < 4; c++) {
                    add(in[c], 0.25f, out[0], frames);
                }
            } else { // 5.1: sqrt(1/2) (L + R) + C + 0.5 (SL + SR)
                add(in[0], SQRT_HALF, out[0], frames);
                add(in[1], SQRT_HALF, out[0], frames);
                add(in[2], 1, out[0], frames);
                add(in[4], 0.5f, out[0], frames);
                add(in[5], 0.5f, out[0], frames);
            }
        } else if (no == 2) {
            if (ni == 4) {
                add(in[0], 0.5f, out[0], frames);
                add(in[2], 0.5f, out[0], frames);
                add(in[1], 0.5f, out[1], frames);
                add(in[3], 0.5f, out[1], frames);
            } else { // 5.1
                add(in[0], 1, out[0], frames);
                add(in[2], SQRT_HALF, out[0], frames);
                add(in[4], SQRT_HALF, out[0], frames);
                add(in[1], 1, out[1], frames);
                add(in[2], SQRT_HALF, out[1], frames);
                add(in[5], SQRT_HALF, out[1], frames);
            }
        } else { // 5.1 to quad
            add(in[0], 1, out[0], frames);
            add(in[2], SQRT_HALF, out[0], frames);
            add(in[1], 1, out[1], frames);
            add(in[2], SQRT_HALF, out[1], frames);
            add(in[4], 1, out[2], frames);
            add(in[5], 1, out[3], frames);
        }
    }

    private static void add(float[] from, float gain, float[] to, int frames) {
        for (int i = 0; i < frames; i++) {
            to[i] += gain * from[i];
        }
    }
}
