package io.mediacapture.windows.sdk;

import io.mediacapture.windows.com.CName;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The functions of mfreadwrite.h this module calls (mfreadwrite.dll), in jextract's shape: {@code foo$descriptor()},
 * {@code foo$handle()}, {@code foo$address()} and {@code foo(...)}. The source reader.
 *
 * <p>mfreadwrite.dll is loaded when a function is first used (each function is bound in its own holder class, as
 * jextract does), never when this class is, so that nothing is loaded on other OSes. The prototype named by
 * each function's {@code @CName} is checked against the MinGW-w64 headers by {@code WindowsAbiTest}, and
 * the Java parameter and return types against its C types' sizes.
 */
public final class mfreadwrite_h {
    mfreadwrite_h() {
        // Should not be called directly
    }

    private static final class Library {
        static final SymbolLookup LOOKUP = SystemLibrary.load("mfreadwrite.dll");
    }

    private static final class MFCreateSourceReaderFromMediaSource {
        static final FunctionDescriptor DESC = FunctionDescriptor.of(
            Win64.C_INT,
            Win64.C_POINTER,
            Win64.C_POINTER,
            Win64.C_POINTER
        );
        static final MemorySegment ADDR = SystemLibrary.find(Library.LOOKUP, "mfreadwrite.dll", "MFCreateSourceReaderFromMediaSource");
        static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * HRESULT MFCreateSourceReaderFromMediaSource(IMFMediaSource *pMediaSource, IMFAttributes *pAttributes, IMFSourceReader **ppSourceReader)
     * }
     */
    public static FunctionDescriptor MFCreateSourceReaderFromMediaSource$descriptor() {
        return MFCreateSourceReaderFromMediaSource.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * HRESULT MFCreateSourceReaderFromMediaSource(IMFMediaSource *pMediaSource, IMFAttributes *pAttributes, IMFSourceReader **ppSourceReader)
     * }
     */
    public static MethodHandle MFCreateSourceReaderFromMediaSource$handle() {
        return MFCreateSourceReaderFromMediaSource.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * HRESULT MFCreateSourceReaderFromMediaSource(IMFMediaSource *pMediaSource, IMFAttributes *pAttributes, IMFSourceReader **ppSourceReader)
     * }
     */
    public static MemorySegment MFCreateSourceReaderFromMediaSource$address() {
        return MFCreateSourceReaderFromMediaSource.ADDR;
    }

    /**
     * {@snippet lang=c :
     * HRESULT MFCreateSourceReaderFromMediaSource(IMFMediaSource *pMediaSource, IMFAttributes *pAttributes, IMFSourceReader **ppSourceReader)
     * }
     */
    @CName("HRESULT MFCreateSourceReaderFromMediaSource(IMFMediaSource *pMediaSource, IMFAttributes *pAttributes, IMFSourceReader **ppSourceReader)")
    public static int MFCreateSourceReaderFromMediaSource(MemorySegment pMediaSource, MemorySegment pAttributes, MemorySegment ppSourceReader) {
        var mh$ = MFCreateSourceReaderFromMediaSource.HANDLE;
        try {
            return (int) mh$.invokeExact(pMediaSource, pAttributes, ppSourceReader);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
