package io.mediacapture.spi;

/** What core offers a backend. Thread-safe: backends call it from any thread, including native ones. */
public interface BackendContext {

    /**
     * The device list may have changed (hot-plug). Core re-reads {@link Backend#devices()} on its own thread
     * and fires {@code devicechange} when the list really differs. Returns at once; never throws.
     */
    void devicesChanged();

    /** The logger backends should use, so that applications route everything in one place. */
    System.Logger logger(String component);
}
