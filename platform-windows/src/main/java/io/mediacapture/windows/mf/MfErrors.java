package io.mediacapture.windows.mf;

import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendException.Kind;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;

/**
 * Media Foundation failures as backend error kinds. The same HRESULT means different things when opening
 * (the device is not there: NOT_FOUND) and while streaming (it went away: DEVICE_LOST).
 */
final class MfErrors {
    private MfErrors() {
    }

    /**
     * OPEN: creating the source and reader; START: up to the first frame (Media Foundation reports "started"
     * even when the device is busy, and fails the first read instead); STREAM: afterwards.
     */
    enum Phase { OPEN, START, STREAM }

    static Kind kind(int hr, Phase phase) {
        if (phase == Phase.START) {
            // The camera was there but gave no frame: NotReadableError unless the code says more.
            Kind k = kind(hr, Phase.OPEN);
            return k == Kind.FAILED ? Kind.BUSY : k;
        }
        return switch (hr) {
            // Camera privacy settings (Settings > Privacy > Camera) deny access this way.
            case HResult.E_ACCESSDENIED -> Kind.PERMISSION_DENIED;
            // Another application holds the camera, or the driver failed to start streaming.
            case HResult.MF_E_HW_MFT_FAILED_START_STREAMING, HResult.E_SHARING_VIOLATION, HResult.E_BUSY ->
                    phase == Phase.OPEN ? Kind.BUSY : Kind.DEVICE_LOST;
            // Another application took the camera over while we streamed.
            case HResult.MF_E_VIDEO_RECORDING_DEVICE_PREEMPTED -> phase == Phase.OPEN ? Kind.BUSY : Kind.DEVICE_LOST;
            case HResult.MF_E_VIDEO_RECORDING_DEVICE_INVALIDATED, HResult.E_DEVICE_NOT_CONNECTED,
                 HResult.E_DEVICE_REMOVED, HResult.MF_E_SHUTDOWN ->
                    phase == Phase.OPEN ? Kind.NOT_FOUND : Kind.DEVICE_LOST;
            case HResult.E_FILE_NOT_FOUND, HResult.E_NOT_FOUND -> Kind.NOT_FOUND;
            case HResult.MF_E_INVALIDMEDIATYPE, HResult.MF_E_NO_MORE_TYPES -> Kind.UNSUPPORTED_CONFIGURATION;
            default -> Kind.FAILED;
        };
    }

    static BackendException of(ComException e, Phase phase, String what) {
        return new BackendException(kind(e.hresult(), phase), what + ": " + e.getMessage(), e);
    }

    static BackendException ofStatus(int hr, String what) {
        return of(new ComException("IMFSourceReaderCallback::OnReadSample status", hr), Phase.STREAM, what);
    }

    /** A failed first read: the camera could not start. */
    static BackendException ofStartStatus(int hr, String what) {
        return of(new ComException("IMFSourceReaderCallback::OnReadSample status", hr), Phase.START, what);
    }
}
