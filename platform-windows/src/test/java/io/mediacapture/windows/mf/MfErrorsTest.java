package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendException.Kind;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.mf.MfErrors.Phase;
import org.junit.jupiter.api.Test;

class MfErrorsTest {
    @Test
    void hresultsMapToKindsPerPhase() {
        assertEquals(Kind.PERMISSION_DENIED, MfErrors.kind(HResult.E_ACCESSDENIED, Phase.OPEN));
        assertEquals(Kind.BUSY, MfErrors.kind(0xC00D3704, Phase.OPEN));
        assertEquals(Kind.BUSY, MfErrors.kind(HResult.MF_E_VIDEO_RECORDING_DEVICE_PREEMPTED, Phase.OPEN));
        assertEquals(Kind.DEVICE_LOST, MfErrors.kind(HResult.MF_E_VIDEO_RECORDING_DEVICE_PREEMPTED, Phase.STREAM));
        assertEquals(Kind.NOT_FOUND, MfErrors.kind(HResult.MF_E_VIDEO_RECORDING_DEVICE_INVALIDATED, Phase.OPEN));
        assertEquals(Kind.DEVICE_LOST, MfErrors.kind(HResult.MF_E_VIDEO_RECORDING_DEVICE_INVALIDATED, Phase.STREAM));
        assertEquals(Kind.DEVICE_LOST, MfErrors.kind(HResult.E_DEVICE_NOT_CONNECTED, Phase.STREAM));
        assertEquals(Kind.UNSUPPORTED_CONFIGURATION, MfErrors.kind(HResult.MF_E_INVALIDMEDIATYPE, Phase.OPEN));
        assertEquals(Kind.FAILED, MfErrors.kind(HResult.E_OUTOFMEMORY, Phase.OPEN));
    }

    @Test
    void theHresultStaysInTheCause() {
        ComException c = new ComException("MFCreateDeviceSource", HResult.E_ACCESSDENIED);
        BackendException e = MfErrors.of(c, Phase.OPEN, "cannot open camera Cam");
        assertSame(c, e.getCause());
        assertTrue(e.getMessage().contains("E_ACCESSDENIED"), e.getMessage());
        assertEquals(Kind.PERMISSION_DENIED, e.kind());
    }
}
