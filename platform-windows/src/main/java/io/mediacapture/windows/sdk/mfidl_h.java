package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of mfidl.h this module calls (mf.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. Capture devices.
 *
 * <p>mf.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class mfidl_h {
    mfidl_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.load("mf.dll");
    }

    private static final class MFEnumDeviceSources {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "mf.dll", "MFEnumDeviceSources");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT MFEnumDeviceSources(IMFAttributes *pAttributes, IMFActivate ***pppSourceActivate, UINT32 *pcSourceActivate)
     * }
     */
    public static FunctionDescriptor MFEnumDeviceSources$descriptor() {
        return MFEnumDeviceSources.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT MFEnumDeviceSources(IMFAttributes *pAttributes, IMFActivate ***pppSourceActivate, UINT32 *pcSourceActivate)
     * }
     */
    public static MethodHandle MFEnumDeviceSources$handle() {
        return MFEnumDeviceSources.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT MFEnumDeviceSources(IMFAttributes *pAttributes, IMFActivate ***pppSourceActivate, UINT32 *pcSourceActivate)
     * }
     */
    public static MemorySegment MFEnumDeviceSources$address() {
        return MFEnumDeviceSources.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT MFEnumDeviceSources(IMFAttributes *pAttributes, IMFActivate ***pppSourceActivate, UINT32 *pcSourceActivate)
     * }
     */
    @CName("HRESULT MFEnumDeviceSources(IMFAttributes *pAttributes, IMFActivate ***pppSourceActivate, UINT32 *pcSourceActivate)")
    public static int MFEnumDeviceSources(MemorySegment pAttributes, MemorySegment pppSourceActivate, MemorySegment pcSourceActivate) {
        var mh$ = MFEnumDeviceSources.HANDLE;
        try {
            return (int) mh$.invokeExact(pAttributes, pppSourceActivate, pcSourceActivate);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final class MFCreateDeviceSource {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "mf.dll", "MFCreateDeviceSource");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT MFCreateDeviceSource(IMFAttributes *pAttributes, IMFMediaSource **ppSource)
     * }
     */
    public static FunctionDescriptor MFCreateDeviceSource$descriptor() {
        return MFCreateDeviceSource.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT MFCreateDeviceSource(IMFAttributes *pAttributes, IMFMediaSource **ppSource)
     * }
     */
    public static MethodHandle MFCreateDeviceSource$handle() {
        return MFCreateDeviceSource.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT MFCreateDeviceSource(IMFAttributes *pAttributes, IMFMediaSource **ppSource)
     * }
     */
    public static MemorySegment MFCreateDeviceSource$address() {
        return MFCreateDeviceSource.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT MFCreateDeviceSource(IMFAttributes *pAttributes, IMFMediaSource **ppSource)
     * }
     */
    @CName("HRESULT MFCreateDeviceSource(IMFAttributes *pAttributes, IMFMediaSource **ppSource)")
    public static int MFCreateDeviceSource(MemorySegment pAttributes, MemorySegment ppSource) {
        var mh$ = MFCreateDeviceSource.HANDLE;
        try {
            return (int) mh$.invokeExact(pAttributes, ppSource);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
