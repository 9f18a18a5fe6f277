package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which core errors end the connection. The real case, a camera unplugged under WirePlumber's V4L2 monitor
 * (the daemon answers a call on the removed node with -ENOENT "unknown resource N op:2"), runs in
 * {@link PipeWireGuestTest}; this pins the rule itself.
 */
class PipeWireCoreErrorTest {

    @Test
    void enoentIsAboutOneObjectNotTheConnection() {
        assertFalse(PipeWireBackend.isConnectionLoss(-2), "-ENOENT: a call on an object removed meanwhile");
    }

    @Test
    void brokenPipeAndOtherCoreErrorsAreALostConnection() {
        assertTrue(PipeWireBackend.isConnectionLoss(-32), "-EPIPE: the socket is gone");
        assertTrue(PipeWireBackend.isConnectionLoss(-104), "-ECONNRESET");
        assertTrue(PipeWireBackend.isConnectionLoss(-71), "-EPROTO");
        assertFalse(PipeWireBackend.isConnectionLoss(0), "not an error");
    }
}
