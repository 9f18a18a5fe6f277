package io.mediacapture.windows.wasapi;


import io.mediacapture.AudioSampleFormat;
import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.sdk.PROPVARIANT;
import io.mediacapture.windows.sdk.WAVEFORMATEX;
import io.mediacapture.windows.sdk.WAVEFORMATEXTENSIBLE;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.util.Optional;

/**
 * WAVEFORMATEX / WAVEFORMATEXTENSIBLE (packed: 18 and 40 bytes; layouts in {@code sdk}) and their meaning as
 * sample formats.
 *
 * @param tag           wFormatTag (WAVE_FORMAT_EXTENSIBLE resolved to the subformat's tag)
 * @param channels      nChannels
 * @param sampleRate    nSamplesPerSec
 * @param bitsPerSample container size in bits
 * @param validBits     significant bits (equal to the container for WAVEFORMATEX)
 */
record WaveFormat(int tag, int channels, int sampleRate, int bitsPerSample, int validBits) {
    @CName("WAVE_FORMAT_PCM") static final int WAVE_FORMAT_PCM = 1;
    @CName("WAVE_FORMAT_IEEE_FLOAT") static final int WAVE_FORMAT_IEEE_FLOAT = 3;
    @CName("WAVE_FORMAT_EXTENSIBLE") static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    @CName("{STATIC_KSDATAFORMAT_SUBTYPE_PCM}") static final Guid SUBTYPE_PCM = Guid.parse("{00000001-0000-0010-8000-00AA00389B71}");
    @CName("{STATIC_KSDATAFORMAT_SUBTYPE_IEEE_FLOAT}") static final Guid SUBTYPE_IEEE_FLOAT =
            Guid.parse("{00000003-0000-0010-8000-00AA00389B71}");

    /**
     * The WAVEFORMATEX(TENSIBLE) held by a VT_BLOB PROPVARIANT (PKEY_AudioEngine_DeviceFormat), checked
     * against the blob's size.
     *
     * @throws IllegalArgumentException when the blob is too short for the format it claims to be
     */
    static WaveFormat fromBlob(MemorySegment propvariant) {
        MemorySegment blob = PROPVARIANT.blob(propvariant);
        long size = Integer.toUnsignedLong(PROPVARIANT.blob.cbSize(blob));
        MemorySegment data = PROPVARIANT.blob.pBlobData(blob);
        if (data.equals(MemorySegment.NULL) || size < WAVEFORMATEX.sizeof()) {
            throw new IllegalArgumentException("device format blob of " + size + " bytes is no WAVEFORMATEX");
        }
        MemorySegment f = data.reinterpret(size);
        int tag = Short.toUnsignedInt(WAVEFORMATEX.wFormatTag(f));
        if (tag == WAVE_FORMAT_EXTENSIBLE && size < WAVEFORMATEXTENSIBLE.sizeof()) {
            throw new IllegalArgumentException("device format blob of " + size + " bytes is no WAVEFORMATEXTENSIBLE");
        }
        return read(f);
    }

    /** Reads a WAVEFORMATEX or WAVEFORMATEXTENSIBLE. @throws IllegalArgumentException for a malformed one */
    static WaveFormat read(MemorySegment p) {
        MemorySegment s = p.reinterpret(WAVEFORMATEX.sizeof());
        int tag = Short.toUnsignedInt(WAVEFORMATEX.wFormatTag(s));
        int channels = Short.toUnsignedInt(WAVEFORMATEX.nChannels(s));
        int rate = WAVEFORMATEX.nSamplesPerSec(s);
        int bits = Short.toUnsignedInt(WAVEFORMATEX.wBitsPerSample(s));
        int cb = Short.toUnsignedInt(WAVEFORMATEX.cbSize(s));
        int valid = bits;
        if (tag == WAVE_FORMAT_EXTENSIBLE) {
            if (cb < 22) {
                throw new IllegalArgumentException("WAVE_FORMAT_EXTENSIBLE with cbSize " + cb + " < 22");
            }
            MemorySegment x = p.reinterpret(WAVEFORMATEXTENSIBLE.sizeof());
            valid = Short.toUnsignedInt(WAVEFORMATEXTENSIBLE.Samples.wValidBitsPerSample(WAVEFORMATEXTENSIBLE.Samples(x)));
            Guid sub = Guid.read(WAVEFORMATEXTENSIBLE.SubFormat(x));
            tag = sub.equals(SUBTYPE_PCM) ? WAVE_FORMAT_PCM : sub.equals(SUBTYPE_IEEE_FLOAT) ? WAVE_FORMAT_IEEE_FLOAT : -1;
        }
        if (channels <= 0 || rate <= 0 || bits <= 0) {
            throw new IllegalArgumentException("malformed wave format: " + channels + " channels, " + rate + " Hz, "
                    + bits + " bits");
        }
        return new WaveFormat(tag, channels, rate, bits, valid == 0 ? bits : valid);
    }

    /** The interleaved sample format this is, or empty for one this library does not read (24-bit packed, ...). */
    Optional<AudioSampleFormat> sampleFormat() {
        if (tag == WAVE_FORMAT_IEEE_FLOAT && bitsPerSample == 32) {
            return Optional.of(AudioSampleFormat.F32);
        }
        if (tag == WAVE_FORMAT_PCM) {
            return switch (bitsPerSample) {
                case 8 -> Optional.of(AudioSampleFormat.U8);
                case 16 -> Optional.of(AudioSampleFormat.S16);
                case 32 -> Optional.of(AudioSampleFormat.S32);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** A WAVEFORMATEXTENSIBLE for interleaved {@code format} (the shared-mode engine converts to it). */
    static MemorySegment extensible(SegmentAllocator allocator, AudioSampleFormat format, int sampleRate, int channels) {
        if (format.isPlanar()) {
            throw new IllegalArgumentException("WASAPI delivers interleaved samples, not " + format);
        }
        int bits = format.sampleSize();
        MemorySegment s = allocator.allocate(WAVEFORMATEXTENSIBLE.sizeof(), 4);
        MemorySegment f = WAVEFORMATEXTENSIBLE.Format(s);
        WAVEFORMATEX.wFormatTag(f, (short) WAVE_FORMAT_EXTENSIBLE);
        WAVEFORMATEX.nChannels(f, (short) channels);
        WAVEFORMATEX.nSamplesPerSec(f, sampleRate);
        WAVEFORMATEX.nAvgBytesPerSec(f, sampleRate * channels * bits / 8);
        WAVEFORMATEX.nBlockAlign(f, (short) (channels * bits / 8));
        WAVEFORMATEX.wBitsPerSample(f, (short) bits);
        WAVEFORMATEX.cbSize(f, (short) (WAVEFORMATEXTENSIBLE.sizeof() - WAVEFORMATEX.sizeof()));
        WAVEFORMATEXTENSIBLE.Samples.wValidBitsPerSample(WAVEFORMATEXTENSIBLE.Samples(s), (short) bits);
        WAVEFORMATEXTENSIBLE.dwChannelMask(s, 0); // no speaker positions: the channels are just numbered
        (format == AudioSampleFormat.F32 ? SUBTYPE_IEEE_FLOAT : SUBTYPE_PCM).write(WAVEFORMATEXTENSIBLE.SubFormat(s));
        return s;
    }
}
