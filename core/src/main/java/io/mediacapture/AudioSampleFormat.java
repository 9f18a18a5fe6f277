package io.mediacapture;

/** WebCodecs {@code AudioSampleFormat}. */
public enum AudioSampleFormat {
    U8("u8", 1, false),
    S16("s16", 2, false),
    S32("s32", 4, false),
    F32("f32", 4, false),
    U8_PLANAR("u8-planar", 1, true),
    S16_PLANAR("s16-planar", 2, true),
    S32_PLANAR("s32-planar", 4, true),
    F32_PLANAR("f32-planar", 4, true);

    private final String idl;
    private final int bytes;
    private final boolean planar;

    AudioSampleFormat(String idl, int bytes, boolean planar) {
        this.idl = idl;
        this.bytes = bytes;
        this.planar = planar;
    }

    public int bytesPerSample() {
        return bytes;
    }

    public boolean isPlanar() {
        return planar;
    }

    /** Bits per sample, as the {@code sampleSize} constraint counts them. */
    public int sampleSize() {
        return bytes * 8;
    }

    public static AudioSampleFormat fromString(String s) {
        for (AudioSampleFormat f : values()) {
            if (f.idl.equals(s)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a valid value for enumeration AudioSampleFormat");
    }

    @Override
    public String toString() {
        return idl;
    }
}
