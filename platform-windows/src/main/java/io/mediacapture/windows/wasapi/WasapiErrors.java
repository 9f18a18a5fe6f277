package io.mediacapture.windows.wasapi;

import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendException.Kind;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;

/** WASAPI / MMDevice failures as backend error kinds. */
final class WasapiErrors {
    private WasapiErrors() {
    }

    static Kind kind(int hr, boolean streaming) {
        return switch (hr) {
            // Microphone privacy settings deny access this way.
            case HResult.E_ACCESSDENIED -> Kind.PERMISSION_DENIED;
            // Exclusive-mode use by another application.
            case HResult.AUDCLNT_E_DEVICE_IN_USE -> streaming ? Kind.DEVICE_LOST : Kind.BUSY;
            case HResult.AUDCLNT_E_DEVICE_INVALIDATED, HResult.AUDCLNT_E_RESOURCES_INVALIDATED,
                 HResult.E_NOT_FOUND, HResult.E_DEVICE_NOT_CONNECTED -> streaming ? Kind.DEVICE_LOST : Kind.NOT_FOUND;
            case HResult.AUDCLNT_E_UNSUPPORTED_FORMAT -> Kind.UNSUPPORTED_CONFIGURATION;
            case HResult.AUDCLNT_E_SERVICE_NOT_RUNNING -> Kind.UNAVAILABLE;
            case HResult.AUDCLNT_E_ENDPOINT_CREATE_FAILED -> streaming ? Kind.DEVICE_LOST : Kind.BUSY;
            default -> Kind.FAILED;
        };
    }

    static BackendException of(ComException e, boolean streaming, String what) {
        return new BackendException(kind(e.hresult(), streaming), what + ": " + e.getMessage(), e);
    }
}
