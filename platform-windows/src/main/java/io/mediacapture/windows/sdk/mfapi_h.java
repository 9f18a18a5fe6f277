package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of mfapi.h this module calls (mfplat.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. Media Foundation start-up and attribute stores.
 *
 * <p>mfplat.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class mfapi_h {
    mfapi_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.load("mfplat.dll");
    }

    private static final class MFStartup {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_INT,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "mfplat.dll", "MFStartup");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT MFStartup(ULONG Version, DWORD dwFlags)
     * }
     */
    public static FunctionDescriptor MFStartup$descriptor() {
        return MFStartup.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT MFStartup(ULONG Version, DWORD dwFlags)
     * }
     */
    public static MethodHandle MFStartup$handle() {
        return MFStartup.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT MFStartup(ULONG Version, DWORD dwFlags)
     * }
     */
    public static MemorySegment MFStartup$address() {
        return MFStartup.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT MFStartup(ULONG Version, DWORD dwFlags)
     * }
     */
    @CName("HRESULT MFStartup(ULONG Version, DWORD dwFlags)")
    public static int MFStartup(int Version, int dwFlags) {
        var mh$ = MFStartup.HANDLE;
        try {
            return (int) mh$.invokeExact(Version, dwFlags);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class MFShutdown {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "mfplat.dll", "MFShutdown");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT MFShutdown(void)
     * }
     */
    public static FunctionDescriptor MFShutdown$descriptor() {
        return MFShutdown.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT MFShutdown(void)
     * }
     */
    public static MethodHandle MFShutdown$handle() {
        return MFShutdown.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT MFShutdown(void)
     * }
     */
    public static MemorySegment MFShutdown$address() {
        return MFShutdown.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT MFShutdown(void)
     * }
     */
    @CName("HRESULT MFShutdown(void)")
    public static int MFShutdown() {
        var mh$ = MFShutdown.HANDLE;
        try {
            return (int) mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class MFCreateAttributes {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "mfplat.dll", "MFCreateAttributes");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT MFCreateAttributes(IMFAttributes **ppMFAttributes, UINT32 cInitialSize)
     * }
     */
    public static FunctionDescriptor MFCreateAttributes$descriptor() {
        return MFCreateAttributes.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT MFCreateAttributes(IMFAttributes **ppMFAttributes, UINT32 cInitialSize)
     * }
     */
    public static MethodHandle MFCreateAttributes$handle() {
        return MFCreateAttributes.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT MFCreateAttributes(IMFAttributes **ppMFAttributes, UINT32 cInitialSize)
     * }
     */
    public static MemorySegment MFCreateAttributes$address() {
        return MFCreateAttributes.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT MFCreateAttributes(IMFAttributes **ppMFAttributes, UINT32 cInitialSize)
     * }
     */
    @CName("HRESULT MFCreateAttributes(IMFAttributes **ppMFAttributes, UINT32 cInitialSize)")
    public static int MFCreateAttributes(MemorySegment ppMFAttributes, int cInitialSize) {
        var mh$ = MFCreateAttributes.HANDLE;
        try {
            return (int) mh$.invokeExact(ppMFAttributes, cInitialSize);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
