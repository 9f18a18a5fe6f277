package io.mediacapture.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.libc.string_h;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;

import org.junit.jupiter.api.Test;

/** How a missing library surfaces: as an exception naming it and its package, never as a class init error. */
class NativeLibraryTest {
    static final String MISSING = "libmediacapture-no-such-library.so.0";

    /** What jextract's header class does for {@code -l :libmediacapture-no-such-library.so.0}. */
    static class missing_h {
        static final Arena LIBRARY_ARENA = Arena.ofAuto();
        static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.libraryLookup(MISSING, LIBRARY_ARENA)
                .or(SymbolLookup.loaderLookup())
                .or(Linker.nativeLinker().defaultLookup());
    }

    @Test
    void aMissingLibraryIsNamedWithItsPackageEveryTime() {
        NativeLibrary lib = new NativeLibrary(MISSING, "Debian package libmediacapture-test", missing_h.class);
        assertFalse(lib.isAvailable());
        NativeLibraryUnavailableException first = assertThrows(NativeLibraryUnavailableException.class, lib::load);
        assertEquals(MISSING, first.library());
        assertTrue(first.getMessage().contains(MISSING) && first.getMessage().contains("libmediacapture-test"),
                first.getMessage());
        // The JVM would now say NoClassDefFoundError for missing_h; the library keeps its own answer.
        assertSame(first, assertThrows(NativeLibraryUnavailableException.class, lib::load));
        assertThrows(NativeLibraryUnavailableException.class, lib::lookup);
    }

    @Test
    void aHeaderClassThatAnotherCallerFailedToInitialiseIsStillNamed() {
        class other_h {
            static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.libraryLookup(MISSING, Arena.ofAuto());
        }
        assertThrows(ExceptionInInitializerError.class, () -> other_h.SYMBOL_LOOKUP.find("x"));
        NativeLibrary lib = new NativeLibrary(MISSING, "Debian package libmediacapture-test", other_h.class);
        NativeLibraryUnavailableException e = assertThrows(NativeLibraryUnavailableException.class, lib::load);
        assertTrue(e.getMessage().contains(MISSING), e.getMessage());
    }

    @Test
    void aPresentLibraryLoads() {
        NativeLibrary lib = new NativeLibrary("libc.so.6", "Debian package libc6", string_h.class);
        assertTrue(lib.isAvailable());
        lib.load();
        assertTrue(lib.lookup().find("strlen").isPresent());
    }
}
