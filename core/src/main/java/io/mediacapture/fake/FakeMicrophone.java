package io.mediacapture.fake;

import io.mediacapture.MediaDeviceKind;
import java.util.Objects;

/**
 * A fake microphone: a sine tone with a short beep at the start of every second.
 *
 * @param label          its name
 * @param groupId        shared with a fake camera of the same "product", or its own
 * @param minSampleRate  lowest rate it can be opened at
 * @param maxSampleRate  highest rate, also its default
 * @param maxChannels    1 or more (every channel carries the same signal)
 * @param toneHz         frequency of the tone
 */
public record FakeMicrophone(String label, String groupId, int minSampleRate, int maxSampleRate, int maxChannels,
                             double toneHz) implements FakeDevice {
    public FakeMicrophone {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(groupId, "groupId");
        if (minSampleRate <= 0 || maxSampleRate < minSampleRate || maxChannels < 1 || !(toneHz > 0)) {
            throw new IllegalArgumentException("bad fake microphone '" + label + "': rates " + minSampleRate + ".."
                    + maxSampleRate + ", " + maxChannels + " channels, tone " + toneHz + " Hz");
        }
    }

    /** A microphone with its own group, 8000..48000 Hz, up to 2 channels, playing {@code toneHz}. */
    public static FakeMicrophone of(String label, double toneHz) {
        return new FakeMicrophone(label, FakeDevices.stableId("group:" + label), 8000, 48000, 2, toneHz);
    }

    @Override
    public String deviceId() {
        return FakeDevices.stableId("microphone:" + label);
    }

    @Override
    public MediaDeviceKind kind() {
        return MediaDeviceKind.AUDIOINPUT;
    }
}
