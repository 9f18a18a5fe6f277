package io.mediacapture.spi;

/**
 * A backend failure, with a kind core maps onto the DOMException the application sees. The platform's own
 * error (errno, HRESULT, OSStatus, PipeWire error string) stays in the message and the cause.
 */
public class BackendException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the application can act on it. */
    public enum Kind {
        /** The device does not exist (any more). Maps to NotFoundError. Retrying does not help. */
        NOT_FOUND,
        /** The OS or the user refused access. Maps to NotAllowedError. */
        PERMISSION_DENIED,
        /** The device exists but cannot be opened now: in use, or a hardware error. NotReadableError. */
        BUSY,
        /** The device cannot do the configuration asked for. Maps to OverconstrainedError. */
        UNSUPPORTED_CONFIGURATION,
        /** The device went away while open (unplugged, daemon died). Ends its tracks. */
        DEVICE_LOST,
        /** The backend as a whole cannot run (library missing, daemon unreachable). */
        UNAVAILABLE,
        /** Any other failure. Maps to AbortError. */
        FAILED
    }

    private final Kind kind;
    private final String constraint;

    public BackendException(Kind kind, String message) {
        this(kind, message, null);
    }

    public BackendException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, "");
    }

    private BackendException(Kind kind, String message, Throwable cause, String constraint) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.constraint = constraint;
    }

    /**
     * The device cannot meet one constrainable property: core rejects with an OverconstrainedError whose
     * {@code constraint()} is {@code constraint} (e.g. "sampleRate").
     */
    public static BackendException unsupported(String constraint, String message) {
        return new BackendException(Kind.UNSUPPORTED_CONFIGURATION, message, null,
                java.util.Objects.requireNonNull(constraint, "constraint"));
    }

    public Kind kind() {
        return kind;
    }

    /** For UNSUPPORTED_CONFIGURATION: the constrainable property that failed, or "" when none can be named. */
    public String constraint() {
        return constraint;
    }
}
