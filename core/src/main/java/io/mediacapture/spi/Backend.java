package io.mediacapture.spi;

import io.mediacapture.MediaDeviceKind;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An open backend: lists devices and opens sources. Owned by one {@code MediaDevices}, which calls
 * {@link #close()} once, after closing every source it opened.
 *
 * <p>Threading: core calls {@link #devices()}, {@link #open} and {@link #close()} from its own threads,
 * never from a thread the backend delivers frames on; implementations must be thread-safe.
 */
public interface Backend extends AutoCloseable {

    /** The provider's name. */
    String name();

    /**
     * The devices present now, microphones and cameras, system default first within a kind.
     *
     * @throws BackendException of kind UNAVAILABLE when the backend lost its connection (daemon died)
     */
    List<DeviceDescriptor> devices() throws BackendException;

    /**
     * The OS permission step for a kind, for OSes that ask the user (macOS). Completes with true when
     * access is granted. Called before every open, after the application's own permission handler.
     */
    default CompletableFuture<Boolean> requestAccess(MediaDeviceKind kind) {
        return CompletableFuture.completedFuture(true);
    }

    /**
     * Opens a device in the given configuration. The returned source delivers nothing until
     * {@link SourceHandle#start()}.
     *
     * @param sink where the source delivers frames, mute changes and its end
     * @throws BackendException NOT_FOUND, BUSY, PERMISSION_DENIED, UNSUPPORTED_CONFIGURATION or FAILED
     */
    SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException;

    /**
     * Releases everything; after return no callback into core happens any more. Native state that frames the
     * application still holds depend on (mappings, and a connection whose teardown would unmap them) is released
     * later, when the last of those frames is closed (see {@link FrameBuffer#wrap}).
     */
    @Override
    void close();
}
