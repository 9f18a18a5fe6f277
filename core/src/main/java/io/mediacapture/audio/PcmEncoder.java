package io.mediacapture.audio;

import javax.sound.sampled.AudioFormat;

/** Encodes float samples in [-1, 1] as one javax.sound PCM sample format. */
record PcmEncoder(AudioFormat.Encoding encoding, int bytesPerSample, boolean bigEndian) {

    /** @throws IllegalArgumentException naming what is unsupported */
    static PcmEncoder of(AudioFormat f) {
        AudioFormat.Encoding e = f.getEncoding();
        int bits = f.getSampleSizeInBits();
        boolean ok = (e.equals(AudioFormat.Encoding.PCM_SIGNED) && (bits == 8 || bits == 16 || bits == 24 || bits == 32))
                || (e.equals(AudioFormat.Encoding.PCM_UNSIGNED) && (bits == 8 || bits == 16))
                || (e.equals(AudioFormat.Encoding.PCM_FLOAT) && (bits == 32 || bits == 64));
        if (!ok) {
            throw new IllegalArgumentException("unsupported audio format " + f + ": use PCM_SIGNED 8/16/24/32, "
                    + "PCM_UNSIGNED 8/16 or PCM_FLOAT 32/64 bits");
        }
        if (f.getChannels() < 1) {
            throw new IllegalArgumentException("format " + f + " must name its channel count (got " + f.getChannels() + ")");
        }
        if (!(f.getSampleRate() >= 1) || f.getSampleRate() > 768_000) {
            throw new IllegalArgumentException("format " + f + " must name a sample rate of 1..768000 Hz");
        }
        if (f.getFrameSize() != f.getChannels() * bits / 8) {
            throw new IllegalArgumentException("format " + f + ": frame size " + f.getFrameSize() + " is not channels x "
                    + bits / 8 + " bytes");
        }
        if (f.getFrameRate() != f.getSampleRate()) {
            throw new IllegalArgumentException("format " + f + ": frame rate must equal the sample rate for PCM");
        }
        return new PcmEncoder(e, bits / 8, f.isBigEndian() && bits > 8);
    }

    void encode(float sample, byte[] out, int at) {
        double s = Math.max(-1, Math.min(1, sample));
        if (encoding.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            long bits = bytesPerSample == 4 ? Float.floatToRawIntBits((float) s) & 0xFFFFFFFFL : Double.doubleToRawLongBits(s);
            put(bits, out, at);
            return;
        }
        long max = (1L << (8 * bytesPerSample - 1)) - 1;
        long v = Math.round(s * (max + 1));
        v = Math.max(-max - 1, Math.min(max, v));
        if (encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
            v += max + 1;
        }
        put(v, out, at);
    }

    private void put(long v, byte[] out, int at) {
        for (int i = 0; i < bytesPerSample; i++) {
            int shift = 8 * (bigEndian ? bytesPerSample - 1 - i : i);
            out[at + i] = (byte) (v >>> shift);
        }
    }
}
