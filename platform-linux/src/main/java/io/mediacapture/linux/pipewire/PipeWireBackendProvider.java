package io.mediacapture.linux.pipewire;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.bindings.NativeLibraryUnavailableException;
import io.mediacapture.bindings.pipewire.inline.PipeWireLibrary;
import io.mediacapture.linux.LinuxBackendProvider;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import java.time.Duration;
import java.util.Set;

/**
 * The PipeWire backend: cameras and microphones through a PipeWire daemon, with hot-plug. Priority
 * {@value #PRIORITY}: preferred over ALSA and V4L2 whenever a daemon is reachable. Available when
 * libpipewire-0.3 loads and a daemon answers a round trip within {@link #PROBE_TIMEOUT}; the answer is
 * computed once per JVM, when first asked for (netty's {@code Epoll.isAvailable()}), and the probe's connection
 * is the one the first {@link #open} gets ({@link ProbeConnection}), so probing and opening connect once.
 */
public final class PipeWireBackendProvider extends LinuxBackendProvider {
    static final String NAME = "pipewire";
    static final int PRIORITY = PRIORITY_SHARED;
    /** How long the availability probe and {@link #open} wait for the daemon to answer. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private static final ProbeConnection CONNECTION = new ProbeConnection(PROBE_TIMEOUT);
    private static final AvailabilityProbe AVAILABILITY = availability(CONNECTION);

    private final ProbeConnection connection;

    /** Constructed by {@link java.util.ServiceLoader}; does nothing native. Every instance shares one probe. */
    public PipeWireBackendProvider() {
        this(CONNECTION, AVAILABILITY);
    }

    /** For tests: a provider with a probe of its own, as if in a fresh JVM. */
    static PipeWireBackendProvider unshared() {
        ProbeConnection c = new ProbeConnection(PROBE_TIMEOUT);
        return new PipeWireBackendProvider(c, availability(c));
    }

    private PipeWireBackendProvider(ProbeConnection connection, AvailabilityProbe availability) {
        super(NAME, Set.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT), PRIORITY, availability);
        this.connection = connection;
    }

    private static AvailabilityProbe availability(ProbeConnection connection) {
        return onLinux("PipeWire", () -> {
            try {
                PipeWireLibrary.LIBRARY.load();
            } catch (NativeLibraryUnavailableException e) {
                // The message names the library and the Debian package to install.
                return Availability.unavailable(e.getMessage(), e);
            }
            return connection.probe();
        });
    }

    @Override
    protected Backend openAvailable(BackendContext context) throws BackendException {
        return connection.open(context);
    }
}
