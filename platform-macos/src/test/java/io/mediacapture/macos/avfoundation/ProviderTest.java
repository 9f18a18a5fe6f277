package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderTest {
    @Test
    void isFoundByTheServiceLoader() {
        assertTrue(ServiceLoader.load(BackendProvider.class).stream()
                .anyMatch(p -> p.type() == AVFoundationBackendProvider.class));
    }

    @Test
    void isUnavailableOffMacOsWithoutLoadingAnything() {
        Availability a = AVFoundationBackendProvider.probe("Linux");
        assertFalse(a.isAvailable());
        assertTrue(a.reason().startsWith("not macOS"), a.reason());
        assertFalse(AVFoundationBackendProvider.probe("Windows 11").isAvailable());
    }

    @Test
    void onThisLinuxMachineOpenReportsUnavailable() {
        AVFoundationBackendProvider p = new AVFoundationBackendProvider();
        assertEquals("avfoundation", p.name());
        assertEquals(Set.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT), p.kinds());
        if (!System.getProperty("os.name").startsWith("Mac")) {
            assertFalse(p.availability().isAvailable());
            BackendException e = assertThrows(BackendException.class, () -> p.open(null));
            assertEquals(BackendException.Kind.UNAVAILABLE, e.kind());
        }
    }

    @Test
    void macOsWithoutTheFrameworksSaysWhy() {
        if (System.getProperty("os.name").startsWith("Mac")) {
            return; // on a Mac the frameworks exist: nothing to check here
        }
        Availability a = AVFoundationBackendProvider.probe("Mac OS X");
        assertFalse(a.isAvailable());
        assertTrue(a.reason().contains("libobjc.A.dylib"), a.reason());
    }
}
