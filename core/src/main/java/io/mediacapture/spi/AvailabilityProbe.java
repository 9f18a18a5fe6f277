package io.mediacapture.spi;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A backend's availability, computed once on first use and cached (netty's {@code Epoll.isAvailable()}
 * pattern): probing may load a library or connect to a daemon, which a provider must not do in its
 * constructor and should not repeat. Thread-safe; a probe that throws counts as "unavailable" with the
 * exception as cause.
 */
public final class AvailabilityProbe {
    private final Supplier<Availability> probe;
    private volatile Availability result;

    public AvailabilityProbe(Supplier<Availability> probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /** The cached result, probing on the first call. */
    public Availability get() {
        Availability a = result;
        if (a == null) {
            synchronized (this) {
                a = result;
                if (a == null) {
                    try {
                        a = Objects.requireNonNull(probe.get(), "probe result");
                    } catch (RuntimeException | LinkageError e) {
                        a = Availability.unavailable("availability probe failed: " + e, e);
                    }
                    result = a;
                }
            }
        }
        return a;
    }

    /** For {@code BackendProvider.open}: returns when available, else throws UNAVAILABLE with the reason. */
    public void require() throws BackendException {
        Availability a = get();
        if (!a.isAvailable()) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, a.reason(), a.cause().orElse(null));
        }
    }
}
