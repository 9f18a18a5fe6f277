package io.mediacapture.linux.alsa;

import io.mediacapture.MediaDevices;
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

    @Override
    protected String toneDeviceId() {
        return AlsaTestConfig.TONE_PCM;
    }
}
