package io.mediacapture.bindings;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * A shared library that is loaded on first use, never at class initialisation, so that merely linking
 * against the bindings costs nothing on systems without the library.
 *
 * <p>Libraries are loaded into the global arena: they stay mapped for the life of the JVM, which is what
 * the C libraries expect (PipeWire and ALSA keep global state that outlives any one client).
 * Thread-safe.
 */
public final class NativeLibrary {
    private final String soname;
    private final String providedBy;
    private volatile SymbolLookup lookup;
    private volatile NativeLibraryUnavailableException failure;

    /**
     * @param soname     the name passed to the dynamic loader, e.g. {@code libasound.so.2}
     * @param providedBy what provides it, for the error message, e.g. {@code "Debian package libasound2"}
     */
    public NativeLibrary(String soname, String providedBy) {
        this.soname = soname;
        this.providedBy = providedBy;
    }

    public String soname() {
        return soname;
    }

    /** True when the library can be loaded. Loads it on first call. */
    public boolean isAvailable() {
        try {
            lookup();
            return true;
        } catch (NativeLibraryUnavailableException e) {
            return false;
        }
    }

    /** Loads the library on first call. @throws NativeLibraryUnavailableException naming what to install */
    public SymbolLookup lookup() {
        SymbolLookup l = lookup;
        if (l != null) {
            return l;
        }
        synchronized (this) {
            if (lookup != null) {
                return lookup;
            }
            if (failure != null) {
                throw failure;
            }
            try {
                lookup = SymbolLookup.libraryLookup(soname, Arena.global());
                return lookup;
            } catch (IllegalArgumentException | IllegalCallerException e) {
                failure = new NativeLibraryUnavailableException(soname,
                        "cannot load native library " + soname + " (install " + providedBy + "): " + e.getMessage(), e);
                throw failure;
            }
        }
    }

    /** The address of a symbol. @throws NativeLibraryUnavailableException when library or symbol is missing */
    public MemorySegment find(String symbol) {
        Optional<MemorySegment> s = lookup().find(symbol);
        return s.orElseThrow(() -> new NativeLibraryUnavailableException(soname,
                "symbol " + symbol + " not found in " + soname + " (is " + providedBy + " too old?)", null));
    }

    /** A downcall handle for a symbol of this library. */
    public MethodHandle downcall(String symbol, FunctionDescriptor descriptor, Linker.Option... options) {
        return Linker.nativeLinker().downcallHandle(find(symbol), descriptor, options);
    }
}
