package io.mediacapture.windows.win32;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.SymbolLookup;
import io.mediacapture.windows.com.NativeFunction;
import java.util.Locale;

/**
 * A system DLL, loaded only on Windows: every binding class of this package loads its DLL in its static
 * initialiser, and only code that runs after {@link #isWindows()} said yes touches those classes. The
 * DLLs stay loaded for the life of the JVM (global arena): they are system components that are loaded
 * anyway once COM is in use.
 */
public final class WinLibrary {
    private final String name;
    private final SymbolLookup lookup;

    private WinLibrary(String name, SymbolLookup lookup) {
        this.name = name;
        this.lookup = lookup;
    }

    public static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * Loads {@code dll} from the system directory.
     *
     * @throws IllegalStateException when not on Windows
     * @throws IllegalArgumentException when the DLL cannot be loaded
     */
    public static WinLibrary load(String dll) {
        if (!isWindows()) {
            throw new IllegalStateException(dll + " is a Windows library; this is " + System.getProperty("os.name"));
        }
        return new WinLibrary(dll, SymbolLookup.libraryLookup(dll, Arena.global()));
    }

    /** @throws UnsatisfiedLinkError naming the function when the DLL does not export it */
    public NativeFunction function(String function, FunctionDescriptor descriptor) {
        return NativeFunction.bind(lookup, name, function, descriptor);
    }
}
