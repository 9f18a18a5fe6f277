package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.AudioCapabilities;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudioFormatsTest {
    @Test
    void capabilitiesSpanTheDeviceFormats() {
        AudioCapabilities c = AudioFormats.capabilities(List.of(new AudioFormats.Stream(48000, 1),
                new AudioFormats.Stream(44100, 2), new AudioFormats.Stream(96000, 1), new AudioFormats.Stream(0, 0)));
        assertEquals(44100, c.minSampleRate());
        assertEquals(96000, c.maxSampleRate());
        assertEquals(48000, c.defaultSampleRate());
        assertEquals(1, c.minChannelCount());
        assertEquals(2, c.maxChannelCount());
        assertEquals(Set.of(AudioSampleFormat.F32, AudioSampleFormat.S16), c.formats());
        assertEquals(1024.0 / 48000, c.minLatency(), 1e-12);
    }

    @Test
    void aDeviceWithoutUsableFormatsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> AudioFormats.capabilities(List.of(new AudioFormats.Stream(0, 2))));
    }

    @Test
    void authorizationStatusValues() {
        assertEquals(AuthorizationStatus.NOT_DETERMINED, AuthorizationStatus.of(0));
        assertEquals(AuthorizationStatus.RESTRICTED, AuthorizationStatus.of(1));
        assertEquals(AuthorizationStatus.DENIED, AuthorizationStatus.of(2));
        assertEquals(AuthorizationStatus.AUTHORIZED, AuthorizationStatus.of(3));
        assertThrows(IllegalArgumentException.class, () -> AuthorizationStatus.of(4));
    }
}
