package io.mediacapture.internal.fake;

import io.mediacapture.spi.SourceHandle;

/** An open fake device. */
interface FakeSource extends SourceHandle {
    String deviceId();

    /** The device was unplugged: end with DEVICE_LOST and stop. */
    void unplugged();
}
