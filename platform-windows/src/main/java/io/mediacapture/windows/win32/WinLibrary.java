package io.mediacapture.windows.win32;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import io.mediacapture.windows.com.NativeFunction;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A system DLL, loaded only on Windows: every binding class of this package loads its DLL in its static
 * initialiser, and only code that runs after {@link #isWindows()} said yes touches those classes. The
 * DLLs stay loaded for the life of the JVM (global arena): they are system components that are loaded
 * anyway once COM is in use.
 *
 * <p>Each DLL is loaded by its full path in the system directory ({@code GetSystemDirectoryW}), never by
 * bare name: a bare name is searched for in the application's directory and the current directory first,
 * where a planted {@code mfplat.dll} would be loaded instead. Only kernel32.dll, which tells us the system
 * directory, is loaded by name: it is a KnownDLL, always mapped from the system directory.
 */
public final class WinLibrary {
    private static final int MAX_PATH = 260;

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
        String file = inDirectory(SystemDirectory.PATH, dll);
        return new WinLibrary(dll, SymbolLookup.libraryLookup(Path.of(file), Arena.global()));
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

    /** @throws UnsatisfiedLinkError naming the function when the DLL does not export it */
    public NativeFunction function(String function, FunctionDescriptor descriptor) {
        return NativeFunction.bind(lookup, name, function, descriptor);
    }

    /** The system directory (e.g. {@code C:\Windows\System32}), asked of kernel32 once. */
    private static final class SystemDirectory {
        static final String PATH = query();

        private static String query() {
            SymbolLookup kernel32 = SymbolLookup.libraryLookup("kernel32.dll", Arena.global());
            MethodHandle get = Linker.nativeLinker().downcallHandle(
                    kernel32.find("GetSystemDirectoryW").orElseThrow(
                            () -> new UnsatisfiedLinkError("kernel32.dll does not export GetSystemDirectoryW")),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            try (Arena a = Arena.ofConfined()) {
                MemorySegment buf = a.allocate(2L * (MAX_PATH + 1));
                int n = (int) get.invokeExact(buf, MAX_PATH + 1);
                if (n <= 0 || n > MAX_PATH) {
                    throw new IllegalStateException("GetSystemDirectoryW failed (returned " + n + ")");
                }
                return new String(buf.asSlice(0, 2L * n).toArray(ValueLayout.JAVA_BYTE),
                        java.nio.charset.StandardCharsets.UTF_16LE);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("GetSystemDirectoryW failed: " + t, t);
            }
        }
    }
}
