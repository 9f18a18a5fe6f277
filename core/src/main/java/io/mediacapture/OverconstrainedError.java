package io.mediacapture;

/**
 * A required constraint could not be satisfied. {@link #constraint()} names it, or is "" when no single
 * constraint can be blamed.
 */
public class OverconstrainedError extends DOMException {
    private static final long serialVersionUID = 1L;
    private final String constraint;

    public OverconstrainedError(String constraint, String message) {
        super(message == null ? "" : message, OVERCONSTRAINED);
        this.constraint = constraint == null ? "" : constraint;
    }

    /** The name of the constraint that failed, or "". */
    public String constraint() {
        return constraint;
    }

    @Override
    public String toString() {
        String m = getMessage();
        return "OverconstrainedError: " + constraint + (m == null || m.isEmpty() ? "" : " (" + m + ")");
    }
}
