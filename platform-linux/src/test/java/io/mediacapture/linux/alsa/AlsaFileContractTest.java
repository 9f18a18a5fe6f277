package io.mediacapture.linux.alsa;

import io.mediacapture.MediaDevices;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;

/**
 * The audio contract on a real libasound PCM that needs no sound card: the {@code file} plugin playing a
 * generated 440 Hz tone (see {@link AlsaTestConfig}), through the whole ALSA backend (name hints, probing,
 * hw_params negotiation, poll/readi capture).
 */
class AlsaFileContractTest extends AlsaAudioContract {
    @BeforeAll
    static void config() {
        AlsaTestConfig.install();
    }

    @Override
    protected MediaDevices openDevices() {
        return MediaDevices.withBackends("alsa");
    }

    /**
     * Only the latency changes on this PCM: its FIFO input returns short reads, which libasound's converters in
     * the plug plugin mangle (measured: ~58 Hz instead of 440 after rate conversion, ~489 Hz after channel
     * routing), an artefact of the test device. The latency change still closes, reopens and renegotiates
     * the PCM; the PipeWire variant covers rate and channel changes.
     */
    @Override
    protected Map<String, Number> alternateSettings() {
        return Map.of("latency", 0.05);
    }

    @Override
    protected String toneDeviceId() {
        return AlsaTestConfig.TONE_PCM;
    }
}
