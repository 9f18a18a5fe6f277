package io.mediacapture.windows.wasapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.AudioSampleFormat;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaveFormatTest {
    @Test
    void anExtensibleFormatRoundTrips() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment f = WaveFormat.extensible(a, AudioSampleFormat.F32, 48000, 2);
            assertEquals(40, f.byteSize());
            assertEquals(8, f.get(ValueLayout.JAVA_SHORT_UNALIGNED, 12), "nBlockAlign");
            assertEquals(384000, f.get(ValueLayout.JAVA_INT_UNALIGNED, 8), "nAvgBytesPerSec");
            WaveFormat w = WaveFormat.read(f);
            assertEquals(new WaveFormat(WaveFormat.WAVE_FORMAT_IEEE_FLOAT, 2, 48000, 32, 32), w);
            assertEquals(Optional.of(AudioSampleFormat.F32), w.sampleFormat());
            assertEquals(Optional.of(AudioSampleFormat.S16),
                    WaveFormat.read(WaveFormat.extensible(a, AudioSampleFormat.S16, 44100, 1)).sampleFormat());
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.extensible(a, AudioSampleFormat.F32_PLANAR, 48000, 2));
        }
    }

    @Test
    void plainAndOddFormatsAreRecognisedOrRefused() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment f = a.allocate(18);
            f.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) WaveFormat.WAVE_FORMAT_PCM);
            f.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) 1);
            f.set(ValueLayout.JAVA_INT_UNALIGNED, 4, 16000);
            f.set(ValueLayout.JAVA_SHORT_UNALIGNED, 14, (short) 24);
            WaveFormat w = WaveFormat.read(f);
            assertEquals(Optional.empty(), w.sampleFormat(), "packed 24-bit is not read");
            f.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) WaveFormat.WAVE_FORMAT_EXTENSIBLE);
            f.set(ValueLayout.JAVA_SHORT_UNALIGNED, 16, (short) 0);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.read(f), "extensible without its extension");
            f.set(ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) WaveFormat.WAVE_FORMAT_PCM);
            f.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2, (short) 0);
            assertThrows(IllegalArgumentException.class, () -> WaveFormat.read(f), "no channels");
        }
    }
}
