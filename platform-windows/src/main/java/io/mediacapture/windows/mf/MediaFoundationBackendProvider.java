package io.mediacapture.windows.mf;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Availability;
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
    private volatile Availability availability;

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
        return 100;
    }

    @Override
    public Availability availability() {
        Availability a = availability;
        if (a == null) {
            a = WindowsAvailability.probe("Media Foundation",
                    () -> WindowsAvailability.initialise(Ole32.Lib.class, MfPlatform.class));
            availability = a;
        }
        return a;
    }

    @Override
    public Backend open(BackendContext context) throws BackendException {
        Availability a = availability();
        if (!a.isAvailable()) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "mediafoundation: " + a.reason(),
                    a.cause().orElse(null));
        }
        return MfBackend.open(context);
    }
}
