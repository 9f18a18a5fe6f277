package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.BackendException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Backend failures become the DOM errors the spec names, with the backend's exception as their cause. Found in
 * the QEMU guest: a PipeWire node that agreed on no format (UNSUPPORTED_CONFIGURATION) made the mapping itself
 * throw (OverconstrainedError's cause was already set to null, so initCause failed), the ops thread lost the
 * exception and getUserMedia never settled.
 */
class DomErrorMappingTest {

    @Test
    void unsupportedConfigurationIsAnOverconstrainedErrorCausedByTheBackend() {
        BackendException b = new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                "node agreed on no format within 5000 ms");
        RuntimeException e = MediaDevices.toDom(b);
        OverconstrainedError o = assertInstanceOf(OverconstrainedError.class, e);
        assertEquals("", o.constraint());
        assertEquals("node agreed on no format within 5000 ms", o.getMessage());
        assertSame(b, o.getCause());
    }

    @Test
    void namedConstraintIsKept() {
        BackendException b = BackendException.unsupported("sampleRate", "no such rate");
        OverconstrainedError o = assertInstanceOf(OverconstrainedError.class, MediaDevices.toDom(b));
        assertEquals("sampleRate", o.constraint());
        assertSame(b, o.getCause());
    }

    @Test
    void otherKindsKeepTheirCause() {
        BackendException b = new BackendException(BackendException.Kind.BUSY, "in use");
        DOMException d = assertInstanceOf(DOMException.class, MediaDevices.toDom(b));
        assertEquals(DOMException.NOT_READABLE, d.name());
        assertSame(b, d.getCause());
    }

    @Test
    void aDomExceptionWithoutCauseTakesOneLater() {
        DOMException d = new DOMException("m", DOMException.ABORT);
        IllegalStateException cause = new IllegalStateException("why");
        d.initCause(cause);
        assertSame(cause, d.getCause());
    }

    @Test
    void anOperationThatFailsSettlesItsFuture() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("fake")) {
            CompletableFuture<Object> f = md.runOp(() -> {
                throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION, "no format");
            });
            Throwable t = assertInstanceOf(java.util.concurrent.ExecutionException.class,
                    org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                            () -> f.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)));
            assertTrue(t.getCause() instanceof OverconstrainedError, String.valueOf(t.getCause()));
        }
    }
}
