package io.mediacapture.spi;

import java.util.Optional;

/**
 * Whether a backend can run here, and if not, why (library missing, daemon unreachable, wrong OS). A
 * provider computes it once and caches it.
 */
public final class Availability {
    private static final Availability AVAILABLE = new Availability(true, "available", null);

    private final boolean available;
    private final String reason;
    private final Throwable cause;

    private Availability(boolean available, String reason, Throwable cause) {
        this.available = available;
        this.reason = reason;
        this.cause = cause;
    }

    public static Availability available() {
        return AVAILABLE;
    }

    /**
     * Available, with a note for users (what the backend will use, e.g. which decoder): {@link #reason()} is
     * "available; " + note.
     */
    public static Availability available(String note) {
        return new Availability(true, "available; " + java.util.Objects.requireNonNull(note, "note"), null);
    }

    public static Availability unavailable(String reason) {
        return new Availability(false, reason, null);
    }

    public static Availability unavailable(String reason, Throwable cause) {
        return new Availability(false, reason, cause);
    }

    public boolean isAvailable() {
        return available;
    }

    /** "available", or why not. */
    public String reason() {
        return reason;
    }

    public Optional<Throwable> cause() {
        return Optional.ofNullable(cause);
    }

    @Override
    public String toString() {
        return available ? reason : "unavailable: " + reason;
    }
}
