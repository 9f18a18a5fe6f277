package io.mediacapture;

import java.util.Objects;

/**
 * WebIDL {@code DOMException}: an error with a DOM name ("NotFoundError", "NotAllowedError",
 * "NotReadableError", "AbortError", "InvalidStateError", "OverconstrainedError", ...) that callers branch on.
 */
public class DOMException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String NOT_FOUND = "NotFoundError";
    public static final String NOT_ALLOWED = "NotAllowedError";
    public static final String NOT_READABLE = "NotReadableError";
    public static final String ABORT = "AbortError";
    public static final String INVALID_STATE = "InvalidStateError";
    public static final String OVERCONSTRAINED = "OverconstrainedError";
    public static final String NOT_SUPPORTED = "NotSupportedError";
    public static final String OPERATION = "OperationError";

    private final String name;

    public DOMException(String message, String name) {
        // Not this(message, name, null): a null cause passed on counts as set, and initCause (which
        // OverconstrainedError's users call) would then throw.
        super(message);
        this.name = Objects.requireNonNull(name, "name");
    }

    public DOMException(String message, String name, Throwable cause) {
        super(message, cause);
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The DOM error name, e.g. "NotReadableError". */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        String m = getMessage();
        return m == null || m.isEmpty() ? name : name + ": " + m;
    }
}
