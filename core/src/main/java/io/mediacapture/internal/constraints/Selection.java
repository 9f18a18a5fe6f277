package io.mediacapture.internal.constraints;

import io.mediacapture.MediaTrackSettings;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.ConstrainableProperty;
import java.util.Map;
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
 * @param controls        what to do to the device's camera controls once open, in the order to set them
 *                        (empty for a microphone and when no constraint names a control)
 */
public record Selection(DeviceDescriptor device, SourceConfig config, MediaTrackSettings settings,
                        double fitnessDistance, Map<ConstrainableProperty, ControlRequest> controls) {
    public Selection {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(settings, "settings");
        controls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(controls));
    }

    public Selection(DeviceDescriptor device, SourceConfig config, MediaTrackSettings settings, double fitnessDistance) {
        this(device, config, settings, fitnessDistance, Map.of());
    }
}
