package io.mediacapture.audio;

/**
 * Web Audio {@code AudioDestinationNode}: the context's final output. One input, no outputs, two channels
 * ("explicit", "speakers"). What reaches it plays on the system output when the context has one, else it
 * is discarded.
 */
public final class AudioDestinationNode extends AudioNode {
    private float[][] latest = silence(2);

    AudioDestinationNode(AudioContext context) {
        super(context, 1, 0, 2, ChannelCountMode.EXPLICIT, ChannelInterpretation.SPEAKERS);
    }

    /** Channels the output plays (2: the line is opened in stereo). */
    public int maxChannelCount() {
        return 2;
    }

    @Override
    void checkChannelCount(int count) {
        if (count > maxChannelCount()) {
            throw new io.mediacapture.DOMException("the destination plays at most " + maxChannelCount()
                    + " channels, got " + count, "IndexSizeError");
        }
    }

    @Override
    void process(float[][][] inputs, float[][][] outputs, long quantum) {
        float[][] in = inputs[0];
        float[][] stereo = silence(2);
        ChannelMixer.mixInto(in, stereo, QUANTUM, ChannelInterpretation.SPEAKERS);
        latest = stereo;
    }

    /** The last quantum as interleaved 16-bit little-endian stereo (rendering thread). */
    void encodePcm16(byte[] out) {
        float[][] s = latest;
        for (int i = 0, at = 0; i < QUANTUM; i++) {
            for (int c = 0; c < 2; c++, at += 2) {
                int v = (int) Math.round(Math.max(-1, Math.min(1, s[c][i])) * 32767.0);
                out[at] = (byte) v;
                out[at + 1] = (byte) (v >> 8);
            }
        }
    }
}
