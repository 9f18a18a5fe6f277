package io.mediacapture.internal.constraints;

import io.mediacapture.MediaTrackSettings;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import java.util.Objects;

/**
 * The outcome of SelectSettings: the device, the native configuration to open it with, and the settings
 * the track reports (and its frames have). Where {@code settings} differ from {@code config} (a smaller
 * size, a lower frame rate, another sample rate, channel count or sample size), core adapts the stream.
 *
 * @param device          the chosen device
 * @param config          the native configuration to open
 * @param settings        the track's settings, fully populated
 * @param fitnessDistance the fitness distance of {@code settings} to the basic constraint set
 */
public record Selection(DeviceDescriptor device, SourceConfig config, MediaTrackSettings settings,
                        double fitnessDistance) {
    public Selection {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(settings, "settings");
    }
}
