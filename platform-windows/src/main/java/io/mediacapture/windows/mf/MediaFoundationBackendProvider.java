package io.mediacapture.windows.mf;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import io.mediacapture.windows.WindowsAvailability;
import io.mediacapture.windows.win32.Ole32;
import java.util.Set;

/**
 * Cameras through Media Foundation, the camera API of Windows 7 and later. Constructing it loads nothing;
 * {@link #availability()} is "not Windows" elsewhere, and on Windows loads mfplat/mf/mfreadwrite.
 */
public final class MediaFoundationBackendProvider implements BackendProvider {
    /** The only backend of its kind on this OS. */
    static final int PRIORITY = 100;

    private final AvailabilityProbe availability = new AvailabilityProbe(() -> WindowsAvailability.probe("Media Foundation",
            () -> WindowsAvailability.initialise(Ole32.Lib.class, MfPlatform.class)));

    @Override
    public String name() {
        return "mediafoundation";
    }

    @Override
    public Set<MediaDeviceKind> kinds() {
        return Set.of(MediaDeviceKind.VIDEOINPUT);
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
        return MfBackend.open(context);
    }
}
