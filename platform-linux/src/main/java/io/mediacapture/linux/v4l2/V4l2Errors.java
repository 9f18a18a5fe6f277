package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendException.Kind;

/**
 * Which {@link BackendException.Kind} an errno from a V4L2 call means. The errno exception stays the cause,
 * so the log names the call and the kernel's reason.
 */
final class V4l2Errors {
    private V4l2Errors() {}

    /**
     * When the call failed: before streaming a vanished device is NotFound, while streaming it is lost;
     * EINVAL while configuring means the device refuses the configuration.
     */
    enum Phase { OPEN, CONFIGURE, STREAM }

    static Kind kindOf(int errno, Phase phase) {
        if (errno == errno_h.EBUSY()) {
            return Kind.BUSY; // another process streams from it (NotReadableError)
        }
        if (errno == errno_h.EACCES() || errno == errno_h.EPERM()) {
            return Kind.PERMISSION_DENIED;
        }
        if (errno == errno_h.ENODEV() || errno == errno_h.ENXIO() || errno == errno_h.ENOENT()) {
            return phase == Phase.STREAM ? Kind.DEVICE_LOST : Kind.NOT_FOUND;
        }
        if (errno == errno_h.EINVAL() && phase == Phase.CONFIGURE) {
            return Kind.UNSUPPORTED_CONFIGURATION;
        }
        return Kind.FAILED;
    }

    static BackendException of(ErrnoException e, Phase phase, String what) {
        return new BackendException(kindOf(e.errno(), phase), what + ": " + e.getMessage(), e);
    }

    static boolean isDeviceGone(int errno) {
        return errno == errno_h.ENODEV() || errno == errno_h.ENXIO();
    }
}
