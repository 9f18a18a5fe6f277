package io.mediacapture.macos.avfoundation;

import io.mediacapture.spi.BackendException;

/**
 * AVFoundation error codes ({@code AVError.h}, domain {@code AVFoundationErrorDomain}) that decide which
 * DOMException an open failure becomes. Everything else keeps the caller's default.
 */
final class AVErrors {
    static final String DOMAIN = "AVFoundationErrorDomain";
    static final long DEVICE_ALREADY_USED_BY_ANOTHER_SESSION = -11804;
    static final long DEVICE_WAS_DISCONNECTED = -11808;
    static final long DEVICE_NOT_CONNECTED = -11814;
    static final long DEVICE_IN_USE_BY_ANOTHER_APPLICATION = -11815;
    static final long DEVICE_LOCKED_FOR_CONFIGURATION_BY_ANOTHER_PROCESS = -11817;
    /** The user (or an MDM profile) denied this application the device: TCC said no. */
    static final long APPLICATION_IS_NOT_AUTHORIZED_TO_USE_DEVICE = -11852;

    private AVErrors() {}

    /**
     * The kind of failure an NSError stands for.
     *
     * @param domain   {@code [error domain]}, null when there was no error object
     * @param code     {@code [error code]}
     * @param fallback the kind for any other error (BUSY where a device could not be opened)
     */
    static BackendException.Kind kind(String domain, long code, BackendException.Kind fallback) {
        if (!DOMAIN.equals(domain)) {
            return fallback;
        }
        if (code == APPLICATION_IS_NOT_AUTHORIZED_TO_USE_DEVICE) {
            return BackendException.Kind.PERMISSION_DENIED;
        }
        if (code == DEVICE_NOT_CONNECTED || code == DEVICE_WAS_DISCONNECTED) {
            return BackendException.Kind.NOT_FOUND;
        }
        if (code == DEVICE_IN_USE_BY_ANOTHER_APPLICATION || code == DEVICE_ALREADY_USED_BY_ANOTHER_SESSION
                || code == DEVICE_LOCKED_FOR_CONFIGURATION_BY_ANOTHER_PROCESS) {
            return BackendException.Kind.BUSY;
        }
        return fallback;
    }
}
