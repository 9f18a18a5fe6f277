package io.mediacapture.fake;

import io.mediacapture.MediaDevices;
import io.mediacapture.contract.MediaDevicesContract;

/** The shared contract on the built-in fake devices. */
class FakeContractTest extends MediaDevicesContract {
    @Override
    protected MediaDevices openDevices() {
        return MediaDevices.fake();
    }

    @Override
    protected boolean offersAudioProcessing() {
        return true;
    }
}
