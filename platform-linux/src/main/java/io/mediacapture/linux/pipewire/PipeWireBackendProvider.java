package io.mediacapture.linux.pipewire;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.bindings.NativeLibraryUnavailableException;
import io.mediacapture.bindings.pipewire.inline.PipeWireLibrary;
import io.mediacapture.linux.LinuxBackendProvider;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import java.time.Duration;
import java.util.Set;

/**
 * The PipeWire backend: cameras and microphones through a PipeWire daemon, with hot-plug. Priority
 * {@value #PRIORITY}: preferred over ALSA and V4L2 whenever a daemon is reachable. Available when
 * libpipewire-0.3 loads and a daemon answers a round trip within {@link #PROBE_TIMEOUT}; the answer is
 * computed once per provider instance.
 */
public final class PipeWireBackendProvider extends LinuxBackendProvider {
    static final String NAME = "pipewire";
    static final int PRIORITY = PRIORITY_SHARED;
    /** How long the availability probe and {@link #open} wait for the daemon to answer. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    /** Constructed by {@link java.util.ServiceLoader}; does nothing native. */
    public PipeWireBackendProvider() {
        super(NAME, Set.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT), PRIORITY,
                onLinux("PipeWire", PipeWireBackendProvider::probe));
    }

    private static Availability probe() {
        try {
            PipeWireLibrary.LIBRARY.load();
        } catch (NativeLibraryUnavailableException e) {
            // The message names the library and the Debian package to install.
            return Availability.unavailable(e.getMessage(), e);
        }
        try {
            PipeWireBackend.connect(NoopContext.INSTANCE, PROBE_TIMEOUT).close();
            return Availability.available(io.mediacapture.linux.mjpeg.TurboJpeg.decoderInUse());
        } catch (BackendException e) {
            return Availability.unavailable(e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable("PipeWire failed to start: " + e, e);
        }
    }

    @Override
    protected Backend openAvailable(BackendContext context) throws BackendException {
        return PipeWireBackend.connect(context, PROBE_TIMEOUT);
    }

    /** The probe's context: nobody listens. */
    private enum NoopContext implements BackendContext {
        INSTANCE;

        @Override
        public void devicesChanged() {}

        @Override
        public System.Logger logger(String component) {
            return System.getLogger("io.mediacapture.pipewire." + component);
        }
    }
}
