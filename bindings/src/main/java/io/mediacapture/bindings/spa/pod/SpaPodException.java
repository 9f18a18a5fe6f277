package io.mediacapture.bindings.spa.pod;

/**
 * A pod is malformed (truncated, sizes that do not fit, wrong types where a type is required) or does not fit in
 * the builder's fixed buffer. The message says what is wrong and at which byte offset of the input.
 */
public final class SpaPodException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    public SpaPodException(String message, long offset) {
        super(message + (offset >= 0 ? " (at byte offset " + offset + ")" : ""));
        this.offset = offset;
    }

    public SpaPodException(String message) {
        this(message, -1);
    }

    /** Byte offset in the input where the problem was found, or -1 when not tied to a position. */
    public long offset() {
        return offset;
    }
}
