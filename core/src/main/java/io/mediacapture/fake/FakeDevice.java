package io.mediacapture.fake;

import io.mediacapture.MediaDeviceKind;

/** A fake capture device: a {@link FakeCamera} or a {@link FakeMicrophone}. */
public sealed interface FakeDevice permits FakeCamera, FakeMicrophone {
    /** Stable: derived from the kind and label, so it is the same in every run. */
    String deviceId();

    String label();

    String groupId();

    MediaDeviceKind kind();
}
