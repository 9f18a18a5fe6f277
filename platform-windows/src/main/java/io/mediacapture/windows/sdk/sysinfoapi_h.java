package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of sysinfoapi.h this module calls (kernel32.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. The system directory, from which every other DLL is loaded. kernel32.dll is a KnownDLL, so it is loaded by name.
 *
 * <p>kernel32.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class sysinfoapi_h {
    sysinfoapi_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.kernel32();
    }

    private static final class GetSystemDirectoryW {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "kernel32.dll", "GetSystemDirectoryW");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * UINT GetSystemDirectoryW(LPWSTR lpBuffer, UINT uSize)
     * }
     */
    public static FunctionDescriptor GetSystemDirectoryW$descriptor() {
        return GetSystemDirectoryW.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * UINT GetSystemDirectoryW(LPWSTR lpBuffer, UINT uSize)
     * }
     */
    public static MethodHandle GetSystemDirectoryW$handle() {
        return GetSystemDirectoryW.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * UINT GetSystemDirectoryW(LPWSTR lpBuffer, UINT uSize)
     * }
     */
    public static MemorySegment GetSystemDirectoryW$address() {
        return GetSystemDirectoryW.ADDR;
    }

    /**
     * {@snippet lang=c :
     * UINT GetSystemDirectoryW(LPWSTR lpBuffer, UINT uSize)
     * }
     */
    @CName("UINT GetSystemDirectoryW(LPWSTR lpBuffer, UINT uSize)")
    public static int GetSystemDirectoryW(MemorySegment lpBuffer, int uSize) {
        var mh$ = GetSystemDirectoryW.HANDLE;
        try {
            return (int) mh$.invokeExact(lpBuffer, uSize);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
