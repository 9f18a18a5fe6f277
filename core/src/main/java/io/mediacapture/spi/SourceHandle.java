package io.mediacapture.spi;

/**
 * An open device. Push sources deliver into their {@link SourceSink} from a thread of their own (a
 * native callback); sources that are read by a blocking call implement {@link PullSource} instead, and core
 * runs the reading thread.
 */
public interface SourceHandle extends AutoCloseable {

    /** Starts delivering. Called once. */
    void start() throws BackendException;

    /**
     * Switches a live source to another configuration (applyConstraints). The default refuses, and core
     * then closes this source and opens a new one.
     *
     * @throws BackendException UNSUPPORTED_CONFIGURATION when the switch cannot be made in place
     */
    default void reconfigure(SourceConfig config) throws BackendException {
        throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                "this source cannot change configuration while open");
    }

    /**
     * The live camera controls of this source, if the device has any (MediaStream Image Capture). Core reads
     * and sets them while the source is open; the default has none.
     */
    default java.util.Optional<CameraControls> controls() {
        return java.util.Optional.empty();
    }

    /**
     * The device's separate still-image mode, if it has one (MediaStream Image Capture's takePhoto uses it);
     * the default has none, and photos are then frames of the stream.
     */
    default java.util.Optional<StillImageCapture> stillImage() {
        return java.util.Optional.empty();
    }

    /**
     * Stops delivering and releases the device. Idempotent. When it returns, the source makes no further
     * call into its sink, and the device is free for another client.
     *
     * <p>Frames already delivered stay valid: memory that zero-copy frames still point into stays mapped until
     * the last of them is released (see {@link FrameBuffer#wrap}), so a backend may keep the native objects that
     * own that memory (a stream, a connection, buffer mappings) until then, delivering nothing. Where the OS
     * cannot free the device while its buffers are mapped, the device stays busy until the application closes
     * those frames.
     */
    @Override
    void close();
}
