package io.mediacapture.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AvailabilityProbeTest {

    @Test
    void probesOnceAndCaches() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AvailabilityProbe p = new AvailabilityProbe(() -> {
            calls.incrementAndGet();
            return Availability.available();
        });
        assertEquals(0, calls.get(), "nothing probed before first use");
        assertTrue(p.get().isAvailable());
        assertSame(p.get(), p.get());
        p.require();
        assertEquals(1, calls.get());
    }

    @Test
    void aFailingProbeIsUnavailableWithItsCauseAndRequireThrows() {
        IllegalStateException boom = new IllegalStateException("no daemon");
        AvailabilityProbe p = new AvailabilityProbe(() -> {
            throw boom;
        });
        assertFalse(p.get().isAvailable());
        assertSame(boom, p.get().cause().orElseThrow());
        BackendException e = assertThrows(BackendException.class, p::require);
        assertEquals(BackendException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("no daemon"), e.getMessage());
    }

    @Test
    void requireCarriesTheReason() {
        AvailabilityProbe p = new AvailabilityProbe(() -> Availability.unavailable("libfoo missing (install foo)"));
        BackendException e = assertThrows(BackendException.class, p::require);
        assertEquals("libfoo missing (install foo)", e.getMessage());
    }
}
