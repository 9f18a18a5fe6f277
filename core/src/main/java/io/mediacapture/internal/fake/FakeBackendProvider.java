package io.mediacapture.internal.fake;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendProvider;
import java.util.Set;

/**
 * The built-in fake devices as a backend, going through the same SPI and pipeline as real devices. Never
 * chosen by {@code MediaDevices.system()} on its own (priority -1); chosen by name ("fake") or by
 * {@code MediaDevices.fake()}.
 */
public final class FakeBackendProvider implements BackendProvider {
    private final FakeDevices devices;

    /** For ServiceLoader: the default fake devices. */
    public FakeBackendProvider() {
        this(FakeDevices.defaults());
    }

    public FakeBackendProvider(FakeDevices devices) {
        this.devices = devices;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Set<MediaDeviceKind> kinds() {
        return Set.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT);
    }

    @Override
    public int priority() {
        return -1;
    }

    @Override
    public Availability availability() {
        return Availability.available();
    }

    @Override
    public Backend open(BackendContext context) {
        return new FakeBackend(devices, context);
    }
}
