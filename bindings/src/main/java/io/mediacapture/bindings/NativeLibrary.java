package io.mediacapture.bindings;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.Objects;

/**
 * The shared library behind a jextract header class (e.g. {@code pipewire_h} for {@code libpipewire-0.3.so.0}),
 * and the one place that loads it, on first use.
 *
 * <p>jextract's header class opens its library in its static initialiser ({@code SymbolLookup.libraryLookup}).
 * When the library is missing, the first use of the class throws {@link ExceptionInInitializerError} and every
 * later one {@link NoClassDefFoundError}, neither saying what to install. {@link #load()} initialises the header
 * class itself and turns that failure into a {@link NativeLibraryUnavailableException} that names the library
 * and its package, every time it is asked. Callers call {@link #load()} (or {@link #isAvailable()}) before their
 * first use of the header class; nothing is loaded before that, since merely referring to the class (a class
 * literal, a struct class, a constant of its {@code $shared} superclass) does not initialise it.
 *
 * <p>The library stays mapped for the life of the JVM (the header class holds it), which is what the C
 * libraries expect: PipeWire and ALSA keep global state that outlives any one client. Thread-safe.
 */
public final class NativeLibrary {
    private final String soname;
    private final String providedBy;
    private final Class<?> headerClass;
    private volatile boolean loaded;
    private volatile NativeLibraryUnavailableException failure;

    /**
     * @param soname      the name the header class passes to the dynamic loader (its args file's {@code -l}),
     *                    e.g. {@code libasound.so.2}
     * @param providedBy  what provides it, for the error message, e.g. {@code "Debian package libasound2"}
     * @param headerClass the jextract header class that loads it, e.g. {@code asoundlib_h.class}
     */
    public NativeLibrary(String soname, String providedBy, Class<?> headerClass) {
        this.soname = Objects.requireNonNull(soname, "soname");
        this.providedBy = Objects.requireNonNull(providedBy, "providedBy");
        this.headerClass = Objects.requireNonNull(headerClass, "headerClass");
    }

    public String soname() {
        return soname;
    }

    /** True when the library can be loaded. Loads it on first call. */
    public boolean isAvailable() {
        try {
            load();
            return true;
        } catch (NativeLibraryUnavailableException e) {
            return false;
        }
    }

    /**
     * Loads the library (by initialising the header class) on first call; later calls return at once or throw
     * the same exception again.
     *
     * @throws NativeLibraryUnavailableException naming the library and what to install
     */
    public void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            if (failure != null) {
                throw failure;
            }
            try {
                Class.forName(headerClass.getName(), true, headerClass.getClassLoader());
                loaded = true;
            } catch (ExceptionInInitializerError | NoClassDefFoundError | ClassNotFoundException e) {
                // ExceptionInInitializerError's cause is libraryLookup's IllegalArgumentException
                // ("Cannot open library: ..."); NoClassDefFoundError means someone initialised the class before us.
                Throwable why = e.getCause() != null ? e.getCause() : e;
                failure = new NativeLibraryUnavailableException(soname, "cannot load native library " + soname
                        + " (install " + providedBy + "): " + why.getMessage(), e);
                throw failure;
            }
        }
    }

    /**
     * A lookup of the library's own symbols, for tests and diagnostics (the header class keeps its own).
     *
     * @throws NativeLibraryUnavailableException naming the library and what to install
     */
    public SymbolLookup lookup() {
        load();
        return SymbolLookup.libraryLookup(soname, Arena.global());
    }
}
