package io.mediacapture.spi;

import java.util.Set;

/**
 * The entry point of a backend, found with {@link java.util.ServiceLoader} on the module path
 * ({@code provides io.mediacapture.spi.BackendProvider with ...}) and on the class path
 * ({@code META-INF/services/io.mediacapture.spi.BackendProvider}). Providers must be cheap to construct:
 * load no native library and touch no device before {@link #availability()} or {@link #open}.
 */
public interface BackendProvider {

    /** The name users pick it by with {@code -Dio.mediacapture.backend=NAME}: "pipewire", "alsa", ... */
    String name();

    /** The device kinds it serves; {@code MediaDevices.system()} picks one provider per kind. */
    Set<io.mediacapture.MediaDeviceKind> kinds();

    /**
     * Higher wins when several available providers serve a kind on this OS (PipeWire over ALSA and V4L2).
     * The fake backend has the lowest priority and is never chosen by {@code system()}.
     */
    int priority();

    /** Whether it can run here; computed once (loads libraries, may connect briefly), then cached. */
    Availability availability();

    /**
     * Opens the backend. The backend calls {@link BackendContext#devicesChanged()} whenever its device list
     * may have changed.
     *
     * @throws BackendException of kind UNAVAILABLE when it cannot run
     */
    Backend open(BackendContext context) throws BackendException;
}
