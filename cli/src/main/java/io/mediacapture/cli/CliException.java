package io.mediacapture.cli;

/**
 * A failure the tool reports as one message and an exit code, without a stack trace: the user did
 * something the tool cannot do (bad constraints, unknown device, no display), or the device refused.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A device or capture error (DOMException, track ended, I/O). */
    static final int FAILED = 1;
    /** Bad usage: unknown option, bad JSON, constraints of the wrong type, unknown backend. */
    static final int USAGE = 2;
    /** {@code preview} without a display. */
    static final int NO_DISPLAY = 3;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** Checks a {@code --seconds} value: null (not given) or in (0, max]; max may be infinite. */
    static void checkSeconds(Double seconds, double max) {
        if (seconds != null && (!(seconds > 0) || seconds > max)) {
            String range = Double.isInfinite(max) ? "positive" : "in (0, " + (long) max + "]";
            throw new CliException(USAGE, "mediacapture: --seconds must be " + range + ", got " + seconds);
        }
    }
}
