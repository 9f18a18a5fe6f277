package io.mediacapture.windows.wasapi;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import io.mediacapture.windows.WindowsAvailability;
import io.mediacapture.windows.win32.Kernel32;
import io.mediacapture.windows.win32.Ole32;
import java.util.Set;

/**
 * Microphones through WASAPI (Windows Vista and later) in shared mode. Constructing it loads nothing;
 * {@link #availability()} is "not Windows" elsewhere, and on Windows loads ole32 and kernel32.
 */
public final class WasapiBackendProvider implements BackendProvider {
    /** The only backend of its kind on this OS. */
    static final int PRIORITY = 100;

    private final AvailabilityProbe availability = new AvailabilityProbe(() -> WindowsAvailability.probe("WASAPI",
            () -> WindowsAvailability.initialise(Ole32.Lib.class, Kernel32.Lib.class)));

    @Override
    public String name() {
        return "wasapi";
    }

    @Override
    public Set<MediaDeviceKind> kinds() {
        return Set.of(MediaDeviceKind.AUDIOINPUT);
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Availability availability() {
        return availability.get();
    }

    @Override
    public Backend open(BackendContext context) throws BackendException {
        availability.require();
        return WasapiBackend.open(context);
    }
}
