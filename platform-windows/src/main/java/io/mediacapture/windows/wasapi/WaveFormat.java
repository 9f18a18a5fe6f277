package io.mediacapture.windows.wasapi;

import static io.mediacapture.windows.com.WinTypes.DWORD;
import static io.mediacapture.windows.com.WinTypes.WORD;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.Guid;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.Optional;

/**
 * WAVEFORMATEX / WAVEFORMATEXTENSIBLE (packed: 18 and 40 bytes) and their meaning as sample formats.
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

    @CName("WAVEFORMATEX")
    static final StructLayout WAVEFORMATEX = MemoryLayout.structLayout(
            WORD.withName("wFormatTag"),
            WORD.withName("nChannels"),
            DWORD.withName("nSamplesPerSec"),
            DWORD.withName("nAvgBytesPerSec"),
            WORD.withName("nBlockAlign"),
            WORD.withName("wBitsPerSample"),
            WORD.withName("cbSize")).withName("WAVEFORMATEX");

    /** Packed: the DWORD after the 18-byte header is not 4-aligned in C, so Java reads it unaligned. */
    @CName("WAVEFORMATEXTENSIBLE")
    static final StructLayout WAVEFORMATEXTENSIBLE = MemoryLayout.structLayout(
            WAVEFORMATEX.withName("Format"),
            WORD.withName("Samples.wValidBitsPerSample"),
            ValueLayout.JAVA_INT_UNALIGNED.withName("dwChannelMask"),
            MemoryLayout.structLayout(ValueLayout.JAVA_INT_UNALIGNED, ValueLayout.JAVA_SHORT_UNALIGNED,
                    ValueLayout.JAVA_SHORT_UNALIGNED, MemoryLayout.sequenceLayout(8, ValueLayout.JAVA_BYTE))
                    .withName("SubFormat")).withName("WAVEFORMATEXTENSIBLE");

    /**
     * The WAVEFORMATEX(TENSIBLE) held by a VT_BLOB PROPVARIANT (PKEY_AudioEngine_DeviceFormat), checked
     * against the blob's size.
     *
     * @throws IllegalArgumentException when the blob is too short for the format it claims to be
     */
    static WaveFormat fromBlob(MemorySegment propvariant) {
        long size = Integer.toUnsignedLong(propvariant.get(ValueLayout.JAVA_INT, WasapiInterfaces.PROPVARIANT_BLOB_SIZE));
        MemorySegment data = propvariant.get(ValueLayout.ADDRESS, WasapiInterfaces.PROPVARIANT_BLOB_DATA);
        if (data.equals(MemorySegment.NULL) || size < WAVEFORMATEX.byteSize()) {
            throw new IllegalArgumentException("device format blob of " + size + " bytes is no WAVEFORMATEX");
        }
        MemorySegment f = data.reinterpret(size);
        int tag = Short.toUnsignedInt(f.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0));
        if (tag == WAVE_FORMAT_EXTENSIBLE && size < WAVEFORMATEXTENSIBLE.byteSize()) {
            throw new IllegalArgumentException("device format blob of " + size + " bytes is no WAVEFORMATEXTENSIBLE");
        }
        return read(f);
    }

    /** Reads a WAVEFORMATEX or WAVEFORMATEXTENSIBLE. @throws IllegalArgumentException for a malformed one */
    static WaveFormat read(MemorySegment p) {
        MemorySegment s = p.reinterpret(WAVEFORMATEX.byteSize());
        int tag = Short.toUnsignedInt(s.get(ValueLayout.JAVA_SHORT_UNALIGNED, 0));
        int channels = Short.toUnsignedInt(s.get(ValueLayout.JAVA_SHORT_UNALIGNED, 2));
        int rate = s.get(ValueLayout.JAVA_INT_UNALIGNED, 4);
        int bits = Short.toUnsignedInt(s.get(ValueLayout.JAVA_SHORT_UNALIGNED, 14));
        int cb = Short.toUnsignedInt(s.get(ValueLayout.JAVA_SHORT_UNALIGNED, 16));
        int valid = bits;
        if (tag == WAVE_FORMAT_EXTENSIBLE) {
            if (cb < 22) {
                throw new IllegalArgumentException("WAVE_FORMAT_EXTENSIBLE with cbSize " + cb + " < 22");
            }
            MemorySegment x = p.reinterpret(WAVEFORMATEXTENSIBLE.byteSize());
            valid = Short.toUnsignedInt(x.get(ValueLayout.JAVA_SHORT_UNALIGNED, 18));
            Guid sub = Guid.read(x.asSlice(24, 16));
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

    int blockAlign() {
        return channels * bitsPerSample / 8;
    }

    /** A WAVEFORMATEXTENSIBLE for interleaved {@code format} (the shared-mode engine converts to it). */
    static MemorySegment extensible(SegmentAllocator allocator, AudioSampleFormat format, int sampleRate, int channels) {
        if (format.isPlanar()) {
            throw new IllegalArgumentException("WASAPI delivers interleaved samples, not " + format);
        }
        int bits = format.sampleSize();
        MemorySegment s = allocator.allocate(WAVEFORMATEXTENSIBLE.byteSize(), 4);
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) WAVE_FORMAT_EXTENSIBLE);
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) channels);
        s.set(ValueLayout.JAVA_INT_UNALIGNED, 4, sampleRate);
        s.set(ValueLayout.JAVA_INT_UNALIGNED, 8, sampleRate * channels * bits / 8);
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, 12, (short) (channels * bits / 8));
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, 14, (short) bits);
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, 16, (short) (WAVEFORMATEXTENSIBLE.byteSize() - WAVEFORMATEX.byteSize()));
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, 18, (short) bits);
        s.set(ValueLayout.JAVA_INT_UNALIGNED, 20, 0); // no speaker positions: the channels are just numbered
        (format == AudioSampleFormat.F32 ? SUBTYPE_IEEE_FLOAT : SUBTYPE_PCM).write(s.asSlice(24, 16));
        return s;
    }
}
