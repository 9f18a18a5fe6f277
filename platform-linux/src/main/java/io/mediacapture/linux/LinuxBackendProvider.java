package io.mediacapture.linux;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.AvailabilityProbe;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one shape of the Linux providers: a name, the kinds served, a priority from the constants below, and
 * an availability probed lazily (after the one OS check every Linux backend needs) and cached. {@link #open}
 * always requires availability first, so a backend is never opened where its probe said no.
 */
public abstract class LinuxBackendProvider implements BackendProvider {
    /** A daemon that shares devices between applications (PipeWire): preferred wherever it is reachable. */
    public static final int PRIORITY_SHARED = 100;
    /** Direct kernel/driver access (ALSA, V4L2): used only where no daemon is reachable. */
    public static final int PRIORITY_DIRECT = 50;

    private final String name;
    private final Set<MediaDeviceKind> kinds;
    private final int priority;
    private final AvailabilityProbe availability;

    /**
     * @param probe what the backend needs beyond Linux (libraries, a daemon); run once, on the first call to
     *     {@link #availability()} or {@link #open}, and only on Linux. Providers keep it in a static field, so it
     *     is computed once per JVM however often {@code ServiceLoader} instantiates them.
     */
    protected LinuxBackendProvider(String name, Set<MediaDeviceKind> kinds, int priority, AvailabilityProbe probe) {
        this.name = Objects.requireNonNull(name, "name");
        this.kinds = Set.copyOf(kinds);
        this.priority = priority;
        this.availability = Objects.requireNonNull(probe, "probe");
    }

    /** A cached probe that first checks the OS: {@code probe} runs only on Linux. */
    protected static AvailabilityProbe onLinux(String what, java.util.function.Supplier<Availability> probe) {
        return new AvailabilityProbe(() -> {
            String os = System.getProperty("os.name", "");
            if (!isLinux(os)) {
                return Availability.unavailable(what + " runs on Linux only; this is " + os);
            }
            return probe.get();
        });
    }

    /** The one OS check of the Linux backends. */
    static boolean isLinux(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<MediaDeviceKind> kinds() {
        return kinds;
    }

    @Override
    public final int priority() {
        return priority;
    }

    @Override
    public final Availability availability() {
        return availability.get();
    }

    @Override
    public final Backend open(BackendContext context) throws BackendException {
        availability.require();
        return openAvailable(context);
    }

    /** Opens the backend once the probe said it can run here. */
    protected abstract Backend openAvailable(BackendContext context) throws BackendException;
}
