package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider on this host (no camera needed: a machine without one has an empty list, not an error). */
class V4l2BackendProviderTest {

    @Test
    void isFoundByServiceLoaderWithItsNameKindsAndPriority() {
        BackendProvider p = ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.name().equals("v4l2")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of(MediaDeviceKind.VIDEOINPUT), p.kinds());
        assertEquals(50, p.priority());
    }

    @Test
    void availableOnLinuxAndListsWhatDevHas() throws BackendException {
        V4l2BackendProvider p = new V4l2BackendProvider();
        assertTrue(p.availability().isAvailable(), p.availability().toString());
        try (var backend = p.open(new BackendContext() {
            @Override
            public void devicesChanged() {}

            @Override
            public System.Logger logger(String component) {
                return System.getLogger("test." + component);
            }
        })) {
            var devices = backend.devices();
            boolean anyNode;
            try (var s = Files.list(Path.of("/dev"))) {
                anyNode = s.anyMatch(f -> f.getFileName().toString().matches("video\\d+"));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            if (!anyNode) {
                assertEquals(java.util.List.of(), devices, "no /dev/video* node, so no camera");
            }
            devices.forEach(d -> assertEquals(MediaDeviceKind.VIDEOINPUT, d.kind()));
        }
    }
}
