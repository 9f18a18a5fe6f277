package io.mediacapture.linux.alsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.NativeLibrary;
import io.mediacapture.spi.Availability;
import io.mediacapture.spi.BackendException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import org.junit.jupiter.api.Test;

/** The ALSA provider on a machine without libasound: unavailable, and the reason names the library. */
class AlsaBackendProviderTest {
    private static final String MISSING = "libasound-mediacapture-missing.so.2";

    /** Stands for jextract's asoundlib_h when its {@code -l} library is not installed. */
    static class missing_asoundlib_h {
        static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.libraryLookup(MISSING, Arena.ofAuto());
    }

    @Test
    void aMissingLibasoundIsTheUnavailabilityCauseNamingTheLibrary() {
        AlsaBackendProvider p = new AlsaBackendProvider(
                new NativeLibrary(MISSING, "Debian package libasound2", missing_asoundlib_h.class));
        Availability a = p.availability();
        assertFalse(a.isAvailable());
        assertTrue(a.reason().contains(MISSING) && a.reason().contains("libasound2"), a.reason());
        assertTrue(a.cause().isPresent(), "the load failure is the cause");
        BackendException e = assertThrows(BackendException.class, () -> p.open(null));
        assertEquals(BackendException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains(MISSING), e.getMessage());
    }
}
