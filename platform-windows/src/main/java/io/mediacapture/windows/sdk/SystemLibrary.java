package io.mediacapture.windows.sdk;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads the system DLLs the header classes bind, only on Windows. The DLLs stay loaded for the life of the
 * JVM (global arena): they are system components that are loaded anyway once COM is in use.
 *
 * <p>Each DLL is loaded by its full path in the system directory ({@code GetSystemDirectoryW}), never by
 * bare name: a bare name is searched for in the application's directory and the current directory first,
 * where a planted {@code mfplat.dll} would be loaded instead. Only kernel32.dll, which tells us the system
 * directory, is loaded by name: it is a KnownDLL, always mapped from the system directory.
 */
public final class SystemLibrary {
    private static final int MAX_PATH = 260;

    private SystemLibrary() {
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
    static SymbolLookup load(String dll) {
        requireWindows(dll);
        return SymbolLookup.libraryLookup(Path.of(inDirectory(SystemDirectory.PATH, dll)), Arena.global());
    }

    /** kernel32.dll, by name (a KnownDLL). @throws IllegalStateException when not on Windows */
    static SymbolLookup kernel32() {
        requireWindows("kernel32.dll");
        return SymbolLookup.libraryLookup("kernel32.dll", Arena.global());
    }

    /** @throws UnsatisfiedLinkError naming the DLL and the function when the DLL does not export it */
    static MemorySegment find(SymbolLookup lookup, String dll, String function) {
        return lookup.find(function).orElseThrow(() -> new UnsatisfiedLinkError(dll + " does not export " + function));
    }

    private static void requireWindows(String dll) {
        if (!isWindows()) {
            throw new IllegalStateException(dll + " is a Windows library; this is " + System.getProperty("os.name"));
        }
    }

    /**
     * {@code dir\dll}.
     *
     * @throws IllegalArgumentException when {@code dll} is not a plain file name or {@code dir} is empty
     */
    static String inDirectory(String dir, String dll) {
        if (dll.isEmpty() || dll.contains("\\") || dll.contains("/") || dll.contains(":")) {
            throw new IllegalArgumentException("not a plain DLL file name: \"" + dll + "\"");
        }
        if (dir == null || dir.isEmpty()) {
            throw new IllegalArgumentException("no system directory to load " + dll + " from");
        }
        return dir.endsWith("\\") ? dir + dll : dir + "\\" + dll;
    }

    /** The system directory (e.g. {@code C:\Windows\System32}), asked of kernel32 once. */
    private static final class SystemDirectory {
        static final String PATH = query();

        private static String query() {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment buf = a.allocate(2L * (MAX_PATH + 1));
                int n = sysinfoapi_h.GetSystemDirectoryW(buf, MAX_PATH + 1);
                if (n <= 0 || n > MAX_PATH) {
                    throw new IllegalStateException("GetSystemDirectoryW failed (returned " + n + ")");
                }
                return new String(buf.asSlice(0, 2L * n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_16LE);
            }
        }
    }
}
