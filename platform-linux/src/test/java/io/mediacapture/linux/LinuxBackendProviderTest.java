package io.mediacapture.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.BackendProvider;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three Linux providers share one shape: named priorities, one OS check, availability once per JVM. */
class LinuxBackendProviderTest {

    private static Map<String, BackendProvider> load() {
        return ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof LinuxBackendProvider)
                .collect(Collectors.toMap(BackendProvider::name, p -> p));
    }

    @Test
    void everyLinuxProviderHasTheSharedShapeAndANamedPriority() {
        Map<String, BackendProvider> providers = load();
        assertEquals(java.util.Set.of("pipewire", "alsa", "v4l2"), providers.keySet());
        assertEquals(LinuxBackendProvider.PRIORITY_SHARED, providers.get("pipewire").priority());
        assertEquals(LinuxBackendProvider.PRIORITY_DIRECT, providers.get("alsa").priority());
        assertEquals(LinuxBackendProvider.PRIORITY_DIRECT, providers.get("v4l2").priority());
    }

    @Test
    void availabilityIsComputedOncePerJvmHoweverOftenServiceLoaderMakesProviders() {
        Map<String, BackendProvider> first = load();
        Map<String, BackendProvider> second = load();
        for (String name : List.of("alsa", "v4l2", "pipewire")) {
            assertTrue(first.get(name) != second.get(name), "ServiceLoader made new instances");
            assertSame(first.get(name).availability(), second.get(name).availability(),
                    name + ": the second instance reuses the first one's answer");
        }
    }

    @Test
    void theOsCheckIsOneAndTheSame() {
        assertTrue(LinuxBackendProvider.isLinux("Linux"));
        assertTrue(LinuxBackendProvider.isLinux("linux"));
        assertFalse(LinuxBackendProvider.isLinux("Mac OS X"));
        assertFalse(LinuxBackendProvider.isLinux("Windows 11"));
    }
}
