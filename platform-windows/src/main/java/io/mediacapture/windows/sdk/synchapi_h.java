package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of synchapi.h this module calls (kernel32.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. Event objects and waits. kernel32.dll is a KnownDLL, so it is loaded by name.
 *
 * <p>kernel32.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class synchapi_h {
    synchapi_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.kernel32();
    }

    private static final class CreateEventW {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_INT,
            Win64.C_INT,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "kernel32.dll", "CreateEventW");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, WINBOOL bManualReset, WINBOOL bInitialState, LPCWSTR lpName)
     * }
     */
    public static FunctionDescriptor CreateEventW$descriptor() {
        return CreateEventW.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, WINBOOL bManualReset, WINBOOL bInitialState, LPCWSTR lpName)
     * }
     */
    public static MethodHandle CreateEventW$handle() {
        return CreateEventW.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, WINBOOL bManualReset, WINBOOL bInitialState, LPCWSTR lpName)
     * }
     */
    public static MemorySegment CreateEventW$address() {
        return CreateEventW.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, WINBOOL bManualReset, WINBOOL bInitialState, LPCWSTR lpName)
     * }
     */
    @CName("HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, WINBOOL bManualReset, WINBOOL bInitialState, LPCWSTR lpName)")
    public static MemorySegment CreateEventW(MemorySegment lpEventAttributes, int bManualReset, int bInitialState, MemorySegment lpName) {
        var mh$ = CreateEventW.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(lpEventAttributes, bManualReset, bInitialState, lpName);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class SetEvent {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "kernel32.dll", "SetEvent");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * WINBOOL SetEvent(HANDLE hEvent)
     * }
     */
    public static FunctionDescriptor SetEvent$descriptor() {
        return SetEvent.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * WINBOOL SetEvent(HANDLE hEvent)
     * }
     */
    public static MethodHandle SetEvent$handle() {
        return SetEvent.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * WINBOOL SetEvent(HANDLE hEvent)
     * }
     */
    public static MemorySegment SetEvent$address() {
        return SetEvent.ADDR;
    }

    /**
     * {@snippet lang=c :
     * WINBOOL SetEvent(HANDLE hEvent)
     * }
     */
    @CName("WINBOOL SetEvent(HANDLE hEvent)")
    public static int SetEvent(MemorySegment hEvent) {
        var mh$ = SetEvent.HANDLE;
        try {
            return (int) mh$.invokeExact(hEvent);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class WaitForMultipleObjects {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_INT,
            Win64.C_INT
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "kernel32.dll", "WaitForMultipleObjects");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * DWORD WaitForMultipleObjects(DWORD nCount, CONST HANDLE *lpHandles, WINBOOL bWaitAll, DWORD dwMilliseconds)
     * }
     */
    public static FunctionDescriptor WaitForMultipleObjects$descriptor() {
        return WaitForMultipleObjects.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * DWORD WaitForMultipleObjects(DWORD nCount, CONST HANDLE *lpHandles, WINBOOL bWaitAll, DWORD dwMilliseconds)
     * }
     */
    public static MethodHandle WaitForMultipleObjects$handle() {
        return WaitForMultipleObjects.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * DWORD WaitForMultipleObjects(DWORD nCount, CONST HANDLE *lpHandles, WINBOOL bWaitAll, DWORD dwMilliseconds)
     * }
     */
    public static MemorySegment WaitForMultipleObjects$address() {
        return WaitForMultipleObjects.ADDR;
    }

    /**
     * {@snippet lang=c :
     * DWORD WaitForMultipleObjects(DWORD nCount, CONST HANDLE *lpHandles, WINBOOL bWaitAll, DWORD dwMilliseconds)
     * }
     */
    @CName("DWORD WaitForMultipleObjects(DWORD nCount, CONST HANDLE *lpHandles, WINBOOL bWaitAll, DWORD dwMilliseconds)")
    public static int WaitForMultipleObjects(int nCount, MemorySegment lpHandles, int bWaitAll, int dwMilliseconds) {
        var mh$ = WaitForMultipleObjects.HANDLE;
        try {
            return (int) mh$.invokeExact(nCount, lpHandles, bWaitAll, dwMilliseconds);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
