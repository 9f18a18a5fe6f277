package io.mediacapture.windows.win32;


import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.NativeFunction;
import io.mediacapture.windows.sdk.handleapi_h;
import io.mediacapture.windows.sdk.synchapi_h;
import java.lang.foreign.MemorySegment;

/** kernel32.dll: the event objects WASAPI signals. Windows only. */
public final class Kernel32 {
    @CName("WAIT_OBJECT_0") public static final int WAIT_OBJECT_0 = 0;
    @CName("WAIT_TIMEOUT") public static final int WAIT_TIMEOUT = 0x102;
    @CName("WAIT_FAILED") public static final int WAIT_FAILED = 0xFFFFFFFF;

    /** The DLL's functions, in a holder so that the constants above can be read on any OS. */
    public static final class Lib {
        static final NativeFunction CREATE_EVENT = NativeFunction.of("CreateEventW", synchapi_h.CreateEventW$handle());
        static final NativeFunction SET_EVENT = NativeFunction.of("SetEvent", synchapi_h.SetEvent$handle());
        static final NativeFunction CLOSE_HANDLE = NativeFunction.of("CloseHandle", handleapi_h.CloseHandle$handle());
        static final NativeFunction WAIT_FOR_MULTIPLE = NativeFunction.of("WaitForMultipleObjects",
                synchapi_h.WaitForMultipleObjects$handle());

        private Lib() {
        }
    }

    private Kernel32() {
    }

    /** An unnamed auto-reset event, not signalled. @throws IllegalStateException when the OS refuses */
    public static MemorySegment createEvent() {
        MemorySegment h = Lib.CREATE_EVENT.callForAddress(MemorySegment.NULL, 0, 0, MemorySegment.NULL);
        if (h.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("CreateEventW failed (out of kernel objects?)");
        }
        return h;
    }

    public static boolean setEvent(MemorySegment event) {
        return Lib.SET_EVENT.call(event) != 0;
    }

    public static boolean closeHandle(MemorySegment handle) {
        return Lib.CLOSE_HANDLE.call(handle) != 0;
    }

    /** {@code WaitForMultipleObjects(count, handles, FALSE, ms)}: WAIT_OBJECT_0 + i, WAIT_TIMEOUT or WAIT_FAILED. */
    public static int waitAny(MemorySegment handles, int count, int millis) {
        return Lib.WAIT_FOR_MULTIPLE.call(count, handles, 0, millis);
    }
}
