package io.mediacapture.macos.bindings;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;

/**
 * A system library or framework the header classes call, loaded on first use, never at class
 * initialisation, and kept for the life of the process (global arena). On macOS 11+ system frameworks live
 * only in the dyld shared cache; dlopen still accepts their classic paths, so the path is passed as a name
 * rather than checked as a file. Thread-safe.
 */
public final class Framework {
    private static final String FRAMEWORKS = "/System/Library/Frameworks/";

    private final String path;
    private volatile SymbolLookup lookup;
    private volatile FrameworkUnavailableException failure;

    private Framework(String path) {
        this.path = path;
    }

    /** {@code /System/Library/Frameworks/NAME.framework/NAME}. */
    public static Framework system(String name) {
        return new Framework(FRAMEWORKS + name + ".framework/" + name);
    }

    /** A library by path or loader name. */
    public static Framework library(String path) {
        return new Framework(path);
    }

    public String path() {
        return path;
    }

    /** Loads the library on first call. @throws FrameworkUnavailableException naming it */
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
                lookup = SymbolLookup.libraryLookup(path, Arena.global());
                return lookup;
            } catch (IllegalArgumentException e) {
                failure = new FrameworkUnavailableException("cannot load " + path + ": " + e.getMessage(), e);
                throw failure;
            }
        }
    }

    /** The address of {@code symbol}. @throws FrameworkUnavailableException when the library or symbol is missing */
    public MemorySegment find(String symbol) {
        return lookup().find(symbol).orElseThrow(() -> new FrameworkUnavailableException(path + " has no symbol " + symbol, null));
    }

    /** Whether the library loads and defines {@code symbol} (APIs only newer OS versions have). */
    public boolean has(String symbol) {
        try {
            return lookup().find(symbol).isPresent();
        } catch (FrameworkUnavailableException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return path;
    }

    /** A library or symbol that is not there (any OS but macOS, or an older macOS). */
    public static final class FrameworkUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FrameworkUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
