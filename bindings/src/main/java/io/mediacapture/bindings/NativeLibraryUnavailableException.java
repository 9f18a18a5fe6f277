package io.mediacapture.bindings;

/**
 * A native library (or one of its symbols) could not be loaded. The message names the library and the
 * package that provides it, so the user knows what to install.
 */
public final class NativeLibraryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String library;

    public NativeLibraryUnavailableException(String library, String message, Throwable cause) {
        super(message, cause);
        this.library = library;
    }

    /** The shared object name that failed to load, e.g. {@code libpipewire-0.3.so.0}. */
    public String library() {
        return library;
    }
}
