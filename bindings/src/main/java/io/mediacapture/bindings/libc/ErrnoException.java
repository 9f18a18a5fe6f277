package io.mediacapture.bindings.libc;

/**
 * A C library call failed with {@code errno}. The message names the call (and, where it helps, its
 * subject, e.g. {@code open(/dev/video0)}), the {@code strerror} text and the symbolic errno name, so
 * the log line alone says what went wrong; {@link #errno()} lets callers branch on the cause.
 *
 * <p>Unchecked, because it is thrown from thin wrappers over method handles; the platform layer turns it
 * into a {@code DOMException} and keeps it as the cause.
 */
public class ErrnoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int errno;

    public ErrnoException(String call, int errno) {
        super(call + ": " + Errno.strerror(errno) + " (" + Errno.name(errno) + ")");
        this.call = call;
        this.errno = errno;
    }

    /** The failed call as named in the message, e.g. {@code ioctl(VIDIOC_DQBUF)}. */
    public String call() {
        return call;
    }

    /** The positive errno value, e.g. {@code errno_h.ENOENT()}. */
    public int errno() {
        return errno;
    }
}
