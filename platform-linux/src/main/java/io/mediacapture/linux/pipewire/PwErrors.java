package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.libc.Errno;

/** PipeWire reports failures as negative errno values; this names them for messages. */
final class PwErrors {
    private PwErrors() {}

    /** "ECONNREFUSED (Connection refused)" for {@code -111}. */
    static String describe(int negativeErrno) {
        int errno = Math.abs(negativeErrno);
        try {
            return Errno.name(errno) + " (" + Errno.strerror(errno) + ")";
        } catch (RuntimeException | LinkageError e) {
            return "errno " + errno;
        }
    }
}
