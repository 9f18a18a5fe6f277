package io.mediacapture.linux.pipewire;

import io.mediacapture.spi.Availability;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The availability probe's connection, handed over to the first {@link #open}: finding out whether a daemon
 * answers takes a full connection (a core round trip and the first device list), so {@code MediaDevices.system()}
 * probing and then opening would connect twice. The probe parks its connection here instead of closing it; the
 * first open takes it (and becomes the listener of its device changes); a connection nobody takes within
 * {@link #PARK_TIME} (availability asked for only to be shown) is closed then.
 *
 * <p>Thread-safe: the parked connection is taken by exactly one of open and the park timer.
 */
final class ProbeConnection {
    static final Duration PARK_TIME = Duration.ofSeconds(10);

    private record Parked(PipeWireBackend backend, HandOver context) {}

    private final AtomicReference<Parked> parked = new AtomicReference<>();
    private final Duration timeout;

    ProbeConnection(Duration timeout) {
        this.timeout = timeout;
    }

    /** Connects, parks the connection for the first open, and says whether the daemon answered. */
    Availability probe() {
        HandOver context = new HandOver();
        try {
            PipeWireBackend b = PipeWireBackend.connect(context, timeout);
            Parked p = new Parked(b, context);
            Parked before = parked.getAndSet(p);
            if (before != null) {
                before.backend().close();
            }
            CompletableFuture.delayedExecutor(PARK_TIME.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                if (parked.compareAndSet(p, null)) {
                    b.close();
                }
            });
            return Availability.available(io.mediacapture.linux.mjpeg.TurboJpeg.decoderInUse());
        } catch (BackendException e) {
            return Availability.unavailable(e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable("PipeWire failed to start: " + e, e);
        }
    }

    /** The parked connection when it is still good, else a new one. */
    Backend open(BackendContext context) throws BackendException {
        Parked p = parked.getAndSet(null);
        if (p != null) {
            if (p.backend().usable()) {
                p.context().bind(context);
                return p.backend();
            }
            p.backend().close();
        }
        return PipeWireBackend.connect(context, timeout);
    }

    /** The context of a parked connection: nobody listens until open binds the backend's real context. */
    private static final class HandOver implements BackendContext {
        private volatile BackendContext target;

        void bind(BackendContext context) {
            target = context;
        }

        @Override
        public void devicesChanged() {
            BackendContext t = target;
            if (t != null) {
                t.devicesChanged();
            }
        }

        @Override
        public System.Logger logger(String component) {
            BackendContext t = target;
            return t != null ? t.logger(component) : System.getLogger("io.mediacapture.pipewire." + component);
        }
    }
}
