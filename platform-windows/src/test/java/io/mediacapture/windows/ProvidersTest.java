package io.mediacapture.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.sdk.SystemLibrary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Service registration, and what the providers say on an OS that is not Windows. */
class ProvidersTest {
    private static Map<String, BackendProvider> providers() {
        return ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.getClass().getName().startsWith("io.mediacapture.windows."))
                .collect(Collectors.toMap(BackendProvider::name, p -> p));
    }

    @Test
    void bothProvidersAreRegistered() {
        Map<String, BackendProvider> p = providers();
        assertEquals(Set.of("mediafoundation", "wasapi"), p.keySet());
        assertEquals(Set.of(MediaDeviceKind.VIDEOINPUT), p.get("mediafoundation").kinds());
        assertEquals(Set.of(MediaDeviceKind.AUDIOINPUT), p.get("wasapi").kinds());
    }

    @Test
    void elsewhereTheyAreUnavailableBecauseThisIsNotWindowsAndLoadNothing() throws Exception {
        Assumptions.assumeFalse(SystemLibrary.isWindows(), "this checks the behaviour on other OSes");
        for (BackendProvider p : providers().values()) {
            assertFalse(p.availability().isAvailable());
            assertTrue(p.availability().reason().contains("not Windows"), p.availability().reason());
            BackendException e = assertThrows(BackendException.class, () -> p.open(new BackendContext() {
                @Override
                public void devicesChanged() {
                }

                @Override
                public System.Logger logger(String component) {
                    return System.getLogger(component);
                }
            }));
            assertEquals(BackendException.Kind.UNAVAILABLE, e.kind());
        }
        for (String dll : List.of("io.mediacapture.windows.win32.Ole32$Lib", "io.mediacapture.windows.mf.MfPlatform")) {
            Class<?> c = Class.forName(dll, false, getClass().getClassLoader());
            assertThrows(ExceptionInInitializerError.class, () -> Class.forName(c.getName(), true, c.getClassLoader()),
                    dll + " refuses to load a Windows DLL here");
        }
    }

    @Test
    void aCameraAndMicrophoneOfOneContainerShareAGroupId() {
        Guid container = Guid.parse("{5F2A9E1C-3B7D-4C8E-9A0B-1C2D3E4F5A6B}");
        String cam = DeviceIds.groupId(Optional.of(container), "\\\\?\\usb#vid_046d&pid_0825&mi_00#7&1234&0&0000#{e5323777-f976-4f5b-9b55-b94699c46e44}\\global");
        String mic = DeviceIds.groupId(Optional.of(container), "{0.0.1.00000000}.{b3f8fa53-0004-438e-9003-51a46e139bfc}");
        assertEquals(cam, mic);
        assertFalse(cam.equals(DeviceIds.groupId(Optional.empty(), "x")));
        assertEquals(DeviceIds.deviceId("mf", "\\\\?\\USB#A"), DeviceIds.deviceId("mf", "\\\\?\\usb#a"), "case-insensitive");
    }
}
