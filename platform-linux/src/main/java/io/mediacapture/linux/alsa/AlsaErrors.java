package io.mediacapture.linux.alsa;

import io.mediacapture.bindings.alsa.inline.Alsa;
import io.mediacapture.bindings.alsa.inline.AlsaException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.spi.BackendException;

/** Turns libasound's negative error codes into the backend failure kinds core maps onto DOM errors. */
final class AlsaErrors {
    private AlsaErrors() {}

    /** What a failed {@code snd_pcm_open} means to the application. */
    static BackendException.Kind openFailureKind(int errorCode) {
        int e = -errorCode;
        if (e == errno_h.ENOENT() || e == errno_h.ENODEV() || e == errno_h.ENXIO()) {
            return BackendException.Kind.NOT_FOUND; // unknown PCM name, card gone, no such device node
        }
        if (e == errno_h.EBUSY() || e == errno_h.EAGAIN()) {
            return BackendException.Kind.BUSY; // another client holds the hardware (we open non-blocking)
        }
        if (e == errno_h.EACCES() || e == errno_h.EPERM()) {
            return BackendException.Kind.PERMISSION_DENIED;
        }
        return BackendException.Kind.FAILED;
    }

    /** Whether a code from a running stream says the device is gone for good (unplugged, driver unbound). */
    static boolean isDeviceLost(int errorCode) {
        int e = -errorCode;
        return e == errno_h.ENODEV() || e == errno_h.EBADFD() || e == errno_h.EIO() || e == errno_h.ENXIO();
    }

    static BackendException openFailure(String pcmName, AlsaException e) {
        BackendException.Kind kind = openFailureKind(e.errorCode());
        String what = switch (kind) {
            case NOT_FOUND -> "no ALSA capture device '" + pcmName + "'";
            case BUSY -> "ALSA capture device '" + pcmName + "' is in use by another client";
            case PERMISSION_DENIED -> "no permission to open ALSA capture device '" + pcmName + "'";
            default -> "cannot open ALSA capture device '" + pcmName + "'";
        };
        return new BackendException(kind, what + ": " + Alsa.strerror(e.errorCode()) + " (" + e.errorCode() + ")", e);
    }
}
