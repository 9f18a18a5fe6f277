package io.mediacapture.linux.pipewire;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.bindings.NativeLibraryUnavailableException;
import io.mediacapture.bindings.pipewire.inline.PipeWireLibrary;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import java.time.Duration;
import java.util.Set;

/**
 * The PipeWire backend: cameras and microphones through a PipeWire daemon, with hot-plug. Preferred over ALSA
 * and V4L2 whenever a daemon is reachable. Available when libpipewire-0.3 loads and a daemon answers a
 * round trip within {@link #PROBE_TIMEOUT}; the answer is computed once per provider instance.
 */
public final class PipeWireBackendProvider implements BackendProvider {
    static final String NAME = "pipewire";
    /** How long the availability probe and {@link #open} wait for the daemon to answer. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final AvailabilityProbe availability = new AvailabilityProbe(PipeWireBackendProvider::probe);

    /** Constructed by {@link java.util.ServiceLoader}; does nothing native. */
    public PipeWireBackendProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<MediaDeviceKind> kinds() {
        return Set.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT);
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Availability availability() {
        return availability.get();
    }

    private static Availability probe() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Availability.unavailable("PipeWire runs on Linux only");
        }
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
    public Backend open(BackendContext context) throws BackendException {
        try {
            PipeWireLibrary.LIBRARY.load();
        } catch (NativeLibraryUnavailableException e) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, e.getMessage(), e);
        }
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
