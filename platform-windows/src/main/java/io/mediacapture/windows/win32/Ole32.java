package io.mediacapture.windows.win32;

import static io.mediacapture.windows.com.WinTypes.DWORD;
import static io.mediacapture.windows.com.WinTypes.HRESULT;
import static io.mediacapture.windows.com.WinTypes.POINTER;

import io.mediacapture.windows.com.Apartment;
import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.ComAllocator;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.NativeFunction;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;

/** ole32.dll: apartments, object creation, the task allocator, PROPVARIANT. Windows only. */
public final class Ole32 {
    @CName("COINIT_MULTITHREADED") public static final int COINIT_MULTITHREADED = 0;
    @CName("CLSCTX_ALL") public static final int CLSCTX_ALL = 0x17;

    /** The DLL's functions, in a holder so that the constants above can be read on any OS. */
    public static final class Lib {
        private static final WinLibrary LIB = WinLibrary.load("ole32.dll");
        static final NativeFunction CO_INITIALIZE_EX = LIB.function("CoInitializeEx",
                FunctionDescriptor.of(HRESULT, POINTER, DWORD));
        static final NativeFunction CO_UNINITIALIZE = LIB.function("CoUninitialize", FunctionDescriptor.ofVoid());
        public static final NativeFunction CO_CREATE_INSTANCE = LIB.function("CoCreateInstance",
                FunctionDescriptor.of(HRESULT, POINTER, POINTER, DWORD, POINTER, POINTER));
        static final NativeFunction CO_TASK_MEM_FREE = LIB.function("CoTaskMemFree",
                FunctionDescriptor.ofVoid(POINTER));
        public static final NativeFunction PROP_VARIANT_CLEAR = LIB.function("PropVariantClear",
                FunctionDescriptor.of(HRESULT, POINTER));

        private Lib() {
        }
    }

    /** Frees with CoTaskMemFree. */
    public static final ComAllocator TASK_ALLOCATOR = block -> {
        if (block != null && !block.equals(MemorySegment.NULL)) {
            Lib.CO_TASK_MEM_FREE.call(block);
        }
    };

    /** The multithreaded apartment. S_FALSE (already initialised on this thread) counts as joined. */
    public static final Apartment MTA = new Apartment() {
        @Override
        public void enter() {
            int hr = Lib.CO_INITIALIZE_EX.call(MemorySegment.NULL, COINIT_MULTITHREADED);
            if (HResult.failed(hr)) {
                throw new ComException("CoInitializeEx(COINIT_MULTITHREADED)", hr);
            }
        }

        @Override
        public void leave() {
            Lib.CO_UNINITIALIZE.call();
        }
    };

    private Ole32() {
    }
}
