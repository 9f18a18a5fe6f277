package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A camera the privacy settings deny gives NotAllowedError, not NotFoundError; MF_E_INVALIDREQUEST is retried. */
class CameraListingTest {
    private static MfCamera usable() {
        VideoMode m = VideoMode.of(640, 480, NativeVideoFormat.NV12, 30);
        return new MfCamera(DeviceDescriptor.camera("a", "Usable", "g", true, null, List.of(m)), "link-a",
                List.of(new NativeType(0, m, MediaTypes.pack(30, 1))));
    }

    private static MfBackend.Unprobed failed(int hr) {
        return new MfBackend.Unprobed("Failed", "link-b", hr);
    }

    private static MfBackend.Listing listing(List<MfCamera> usable, List<MfBackend.Unprobed> unprobed) {
        return new MfBackend.Listing(usable, unprobed);
    }

    @Test
    void aDeniedCameraMakesAccessRefusedWhenNoCameraCanBeUsed() {
        assertFalse(MfBackend.accessGranted(listing(List.of(), List.of(failed(HResult.E_ACCESSDENIED)))),
                "privacy switch off: NotAllowedError");
        assertTrue(MfBackend.accessGranted(listing(List.of(usable()), List.of(failed(HResult.E_ACCESSDENIED)))),
                "another camera can still be chosen");
        assertTrue(MfBackend.accessGranted(listing(List.of(), List.of(failed(HResult.E_BUSY)))), "busy is not a denial");
        assertTrue(MfBackend.accessGranted(listing(List.of(), List.of())), "no camera: NotFoundError, not NotAllowedError");
        assertEquals(BackendException.Kind.PERMISSION_DENIED, MfErrors.of(
                new ComException("MFCreateDeviceSource", HResult.E_ACCESSDENIED), MfErrors.Phase.OPEN, "open").kind(),
                "E_ACCESSDENIED at open reaches NotAllowedError");
    }

    @Test
    void invalidRequestIsRetriedWithPausesAndOtherFailuresAreNot() {
        List<Long> pauses = new ArrayList<>();
        InvalidRequestRetry retry = new InvalidRequestRetry(5, 50, pauses::add);
        AtomicInteger calls = new AtomicInteger();
        String r = retry.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ComException("MFCreateDeviceSource", HResult.MF_E_INVALIDREQUEST);
            }
            return "source";
        });
        assertEquals("source", r);
        assertEquals(List.of(50L, 50L), pauses);

        calls.set(0);
        ComException e = assertThrows(ComException.class, () -> retry.call(() -> {
            calls.incrementAndGet();
            throw new ComException("MFCreateDeviceSource", HResult.MF_E_INVALIDREQUEST);
        }));
        assertEquals(HResult.MF_E_INVALIDREQUEST, e.hresult());
        assertEquals(5, calls.get(), "gives up after its attempts");

        calls.set(0);
        assertThrows(ComException.class, () -> retry.call(() -> {
            calls.incrementAndGet();
            throw new ComException("MFCreateDeviceSource", HResult.E_ACCESSDENIED);
        }));
        assertEquals(1, calls.get(), "a denial is final");
    }
}
