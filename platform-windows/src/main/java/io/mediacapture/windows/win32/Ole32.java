package io.mediacapture.windows.win32;

import io.mediacapture.windows.com.Apartment;
import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.ComAllocator;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.NativeFunction;
import io.mediacapture.windows.sdk.combaseapi_h;
import io.mediacapture.windows.sdk.propidl_h;
import java.lang.foreign.MemorySegment;

/** ole32.dll: apartments, object creation, the task allocator, PROPVARIANT. Windows only. */
public final class Ole32 {
    @CName("COINIT_MULTITHREADED") public static final int COINIT_MULTITHREADED = 0;
    @CName("CLSCTX_ALL") public static final int CLSCTX_ALL = 0x17;

    /** The DLL's functions, in a holder so that the constants above can be read on any OS. */
    public static final class Lib {
        static final NativeFunction CO_INITIALIZE_EX = NativeFunction.of("CoInitializeEx",
                combaseapi_h.CoInitializeEx$handle());
        static final NativeFunction CO_UNINITIALIZE = NativeFunction.of("CoUninitialize", combaseapi_h.CoUninitialize$handle());
        public static final NativeFunction CO_CREATE_INSTANCE = NativeFunction.of("CoCreateInstance",
                combaseapi_h.CoCreateInstance$handle());
        static final NativeFunction CO_TASK_MEM_FREE = NativeFunction.of("CoTaskMemFree", combaseapi_h.CoTaskMemFree$handle());
        public static final NativeFunction PROP_VARIANT_CLEAR = NativeFunction.of("PropVariantClear",
                propidl_h.PropVariantClear$handle());

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
