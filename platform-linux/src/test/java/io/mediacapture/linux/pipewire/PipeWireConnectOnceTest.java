package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Availability is computed once and the probe's connection is the one open gets (issue #22): what
 * {@code MediaDevices.system()} does -- ask for availability, then open -- connects to the daemon once.
 */
class PipeWireConnectOnceTest {

    @BeforeEach
    void rig() {
        PipeWireRig.require();
    }

    @Test
    void probingThenOpeningConnectsOnceAndTheOpenedBackendHearsDeviceChanges() throws Exception {
        PipeWireBackendProvider provider = PipeWireBackendProvider.unshared();
        int before = PipeWireBackend.CONNECTIONS.get();
        assertTrue(provider.availability().isAvailable(), provider.availability().reason());
        assertTrue(provider.availability().isAvailable(), "asked twice, probed once");
        Semaphore changes = new Semaphore(0);
        String node = "mediacapture-connect-once-" + ProcessHandle.current().pid();
        try (Backend backend = provider.open(new BackendContext() {
            @Override
            public void devicesChanged() {
                changes.release();
            }

            @Override
            public System.Logger logger(String component) {
                return System.getLogger("test." + component);
            }
        })) {
            assertEquals(before + 1, PipeWireBackend.CONNECTIONS.get(), "one connection for the probe and the open");
            assertTrue(backend.devices().stream().anyMatch(d -> d.kind() == MediaDeviceKind.VIDEOINPUT
                    && d.label().equals(PipeWireRig.CAMERA_LABEL)), "the rig's camera on the handed-over connection");
            changes.drainPermits();
            PipeWireRig.run("add-node", node, "video", "Connect Once Camera");
            try {
                assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "devicesChanged reaches the context given to open");
            } finally {
                PipeWireRig.run("remove-node", node);
            }
        }
    }

    @Test
    void aSecondOpenConnectsAfresh() throws Exception {
        PipeWireBackendProvider provider = PipeWireBackendProvider.unshared();
        assertTrue(provider.availability().isAvailable(), provider.availability().reason());
        BackendContext quiet = new BackendContext() {
            @Override
            public void devicesChanged() {}

            @Override
            public System.Logger logger(String component) {
                return System.getLogger("test." + component);
            }
        };
        try (Backend first = provider.open(quiet)) {
            int before = PipeWireBackend.CONNECTIONS.get();
            try (Backend second = provider.open(quiet)) {
                assertEquals(before + 1, PipeWireBackend.CONNECTIONS.get());
                assertTrue(first != second, "the parked connection is handed over once");
                assertTrue(!second.devices().isEmpty());
            }
        }
    }
}
