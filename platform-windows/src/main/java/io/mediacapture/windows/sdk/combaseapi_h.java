package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of combaseapi.h this module calls (ole32.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. Apartments, object creation and the task allocator.
 *
 * <p>ole32.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class combaseapi_h {
    combaseapi_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.load("ole32.dll");
    }

    private static final class CoInitializeEx {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "ole32.dll", "CoInitializeEx");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT CoInitializeEx(LPVOID pvReserved, DWORD dwCoInit)
     * }
     */
    public static FunctionDescriptor CoInitializeEx$descriptor() {
        return CoInitializeEx.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT CoInitializeEx(LPVOID pvReserved, DWORD dwCoInit)
     * }
     */
    public static MethodHandle CoInitializeEx$handle() {
        return CoInitializeEx.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT CoInitializeEx(LPVOID pvReserved, DWORD dwCoInit)
     * }
     */
    public static MemorySegment CoInitializeEx$address() {
        return CoInitializeEx.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT CoInitializeEx(LPVOID pvReserved, DWORD dwCoInit)
     * }
     */
    @CName("HRESULT CoInitializeEx(LPVOID pvReserved, DWORD dwCoInit)")
    public static int CoInitializeEx(MemorySegment pvReserved, int dwCoInit) {
        var mh$ = CoInitializeEx.HANDLE;
        try {
            return (int) mh$.invokeExact(pvReserved, dwCoInit);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class CoUninitialize {
        static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "ole32.dll", "CoUninitialize");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void CoUninitialize(void)
     * }
     */
    public static FunctionDescriptor CoUninitialize$descriptor() {
        return CoUninitialize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void CoUninitialize(void)
     * }
     */
    public static MethodHandle CoUninitialize$handle() {
        return CoUninitialize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void CoUninitialize(void)
     * }
     */
    public static MemorySegment CoUninitialize$address() {
        return CoUninitialize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void CoUninitialize(void)
     * }
     */
    @CName("void CoUninitialize(void)")
    public static void CoUninitialize() {
        var mh$ = CoUninitialize.HANDLE;
        try {
            mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class CoCreateInstance {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "ole32.dll", "CoCreateInstance");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter, DWORD dwClsContext, REFIID riid, LPVOID *ppv)
     * }
     */
    public static FunctionDescriptor CoCreateInstance$descriptor() {
        return CoCreateInstance.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter, DWORD dwClsContext, REFIID riid, LPVOID *ppv)
     * }
     */
    public static MethodHandle CoCreateInstance$handle() {
        return CoCreateInstance.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter, DWORD dwClsContext, REFIID riid, LPVOID *ppv)
     * }
     */
    public static MemorySegment CoCreateInstance$address() {
        return CoCreateInstance.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter, DWORD dwClsContext, REFIID riid, LPVOID *ppv)
     * }
     */
    @CName("HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter, DWORD dwClsContext, REFIID riid, LPVOID *ppv)")
    public static int CoCreateInstance(MemorySegment rclsid, MemorySegment pUnkOuter, int dwClsContext, MemorySegment riid, MemorySegment ppv) {
        var mh$ = CoCreateInstance.HANDLE;
        try {
            return (int) mh$.invokeExact(rclsid, pUnkOuter, dwClsContext, riid, ppv);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class CoTaskMemFree {
        static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "ole32.dll", "CoTaskMemFree");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void CoTaskMemFree(LPVOID pv)
     * }
     */
    public static FunctionDescriptor CoTaskMemFree$descriptor() {
        return CoTaskMemFree.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void CoTaskMemFree(LPVOID pv)
     * }
     */
    public static MethodHandle CoTaskMemFree$handle() {
        return CoTaskMemFree.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void CoTaskMemFree(LPVOID pv)
     * }
     */
    public static MemorySegment CoTaskMemFree$address() {
        return CoTaskMemFree.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void CoTaskMemFree(LPVOID pv)
     * }
     */
    @CName("void CoTaskMemFree(LPVOID pv)")
    public static void CoTaskMemFree(MemorySegment pv) {
        var mh$ = CoTaskMemFree.HANDLE;
        try {
            mh$.invokeExact(pv);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
