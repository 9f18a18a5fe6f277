package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of propidl.h this module calls (ole32.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. PROPVARIANT clean-up.
 *
 * <p>ole32.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class propidl_h {
    propidl_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.load("ole32.dll");
    }

    private static final class PropVariantClear {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "ole32.dll", "PropVariantClear");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT PropVariantClear(PROPVARIANT *pvar)
     * }
     */
    public static FunctionDescriptor PropVariantClear$descriptor() {
        return PropVariantClear.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT PropVariantClear(PROPVARIANT *pvar)
     * }
     */
    public static MethodHandle PropVariantClear$handle() {
        return PropVariantClear.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT PropVariantClear(PROPVARIANT *pvar)
     * }
     */
    public static MemorySegment PropVariantClear$address() {
        return PropVariantClear.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT PropVariantClear(PROPVARIANT *pvar)
     * }
     */
    @CName("HRESULT PropVariantClear(PROPVARIANT *pvar)")
    public static int PropVariantClear(MemorySegment pvar) {
        var mh$ = PropVariantClear.HANDLE;
        try {
            return (int) mh$.invokeExact(pvar);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
