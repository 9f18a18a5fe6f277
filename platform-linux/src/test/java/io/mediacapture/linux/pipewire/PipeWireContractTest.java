package io.mediacapture.linux.pipewire;

import io.mediacapture.MediaDevices;
import io.mediacapture.contract.MediaDevicesContract;

/** The shared MediaDevices/track contract, on the PipeWire test rig's camera and microphone. */
class PipeWireContractTest extends MediaDevicesContract {
    @Override
    protected MediaDevices openDevices() {
        PipeWireRig.require();
        return PipeWireRig.open();
    }
}
