package io.mediacapture.linux.alsa;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.bindings.NativeLibrary;
import io.mediacapture.bindings.NativeLibraryUnavailableException;
import io.mediacapture.bindings.alsa.inline.AlsaErrorHandler;
import io.mediacapture.bindings.alsa.inline.AlsaLibrary;
import io.mediacapture.linux.LinuxBackendProvider;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import java.util.Set;

/**
 * The ALSA backend ("alsa"): microphones through libasound. Priority {@value #PRIORITY}, below PipeWire, so
 * {@code MediaDevices.system()} uses it only when no PipeWire daemon is reachable; available wherever
 * libasound.so.2 loads (probed once per JVM). Opening it routes libasound's diagnostics (process-wide) to the "alsa" logger at
 * DEBUG instead of stderr.
 */
public final class AlsaBackendProvider extends LinuxBackendProvider {
    static final String NAME = "alsa";
    static final int PRIORITY = PRIORITY_DIRECT;
    /** Computed once per JVM, when first asked for. */
    private static final AvailabilityProbe AVAILABILITY = probe(AlsaLibrary.LIBRARY);

    /** For {@link java.util.ServiceLoader}; loads nothing. Every instance shares one probe. */
    public AlsaBackendProvider() {
        super(NAME, Set.of(MediaDeviceKind.AUDIOINPUT), PRIORITY, AVAILABILITY);
    }

    /** With the library to probe (and a probe of its own): tests pass one that cannot load. */
    AlsaBackendProvider(NativeLibrary library) {
        super(NAME, Set.of(MediaDeviceKind.AUDIOINPUT), PRIORITY, probe(library));
    }

    private static AvailabilityProbe probe(NativeLibrary library) {
        return onLinux("ALSA", () -> {
            try {
                library.load();
                return Availability.available();
            } catch (NativeLibraryUnavailableException e) {
                // The message names the library and the Debian package to install.
                return Availability.unavailable(e.getMessage(), e);
            }
        });
    }

    @Override
    protected Backend openAvailable(BackendContext context) {
        System.Logger alsaLog = context.logger("alsa");
        // The handler must not call back into libasound, so the error code stays a number here.
        AlsaErrorHandler.install(m -> alsaLog.log(System.Logger.Level.DEBUG, () -> "libasound " + m.file() + ":"
                + m.line() + " (" + m.function() + ") " + m.format() + (m.err() != 0 ? " [error " + m.err() + "]" : "")));
        return new AlsaBackend(context);
    }
}
