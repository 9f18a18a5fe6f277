package io.mediacapture.linux.alsa;

import io.mediacapture.MediaDevices;
import io.mediacapture.testing.Peers;

/**
 * The audio contract on the {@code pipewire} PCM (pipewire-alsa) while the PipeWire test rig runs
 * ({@code scripts/rigs/pipewire.sh}; its microphone plays 440 Hz): a real sound server behind libasound, with
 * a real clock. Fails under CI=true when the rig is not up, else skips with the reason.
 */
class AlsaPipeWireContractTest extends AlsaAudioContract {
    @Override
    protected MediaDevices openDevices() {
        Peers.require(System.getenv("MEDIACAPTURE_PW_RIG") != null && System.getenv("PIPEWIRE_RUNTIME_DIR") != null,
                "the PipeWire test rig (MEDIACAPTURE_PW_RIG/PIPEWIRE_RUNTIME_DIR not set; run "
                        + "eval \"$(scripts/rigs/pipewire.sh start)\" or ./build test)");
        AlsaTestConfig.install(); // harmless here; keeps the ALSA config the same for every test in this JVM
        return MediaDevices.withBackends("alsa");
    }

    @Override
    protected String toneDeviceId() {
        return "pipewire";
    }
}
