package io.mediacapture.windows.mf;

import static io.mediacapture.windows.com.WinTypes.DWORD;
import static io.mediacapture.windows.com.WinTypes.POINTER;
import static io.mediacapture.windows.com.WinTypes.UINT64;

import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.Guid;

/**
 * The Media Foundation interfaces this backend calls, as vtable slots (checked against mfidl.h,
 * mfobjects.h and mfreadwrite.h by the ABI test). Derived interfaces (IMFActivate, IMFMediaType,
 * IMFSample) inherit IMFAttributes' slots 3..32, so its methods are called through them as well.
 */
final class MfInterfaces {
    private MfInterfaces() {
    }

    static final class IMFAttributes {
        static final ComMethod GET_UINT32 = ComMethod.hr("IMFAttributes", "GetUINT32", 7, POINTER, POINTER);
        static final ComMethod GET_UINT64 = ComMethod.hr("IMFAttributes", "GetUINT64", 8, POINTER, POINTER);
        static final ComMethod GET_GUID = ComMethod.hr("IMFAttributes", "GetGUID", 10, POINTER, POINTER);
        static final ComMethod GET_ALLOCATED_STRING = ComMethod.hr("IMFAttributes", "GetAllocatedString", 13,
                POINTER, POINTER, POINTER);
        static final ComMethod SET_UINT32 = ComMethod.hr("IMFAttributes", "SetUINT32", 21, POINTER, DWORD);
        static final ComMethod SET_UINT64 = ComMethod.hr("IMFAttributes", "SetUINT64", 22, POINTER, UINT64);
        static final ComMethod SET_GUID = ComMethod.hr("IMFAttributes", "SetGUID", 24, POINTER, POINTER);
        static final ComMethod SET_STRING = ComMethod.hr("IMFAttributes", "SetString", 25, POINTER, POINTER);
        static final ComMethod SET_UNKNOWN = ComMethod.hr("IMFAttributes", "SetUnknown", 27, POINTER, POINTER);
    }

    static final class IMFActivate {
        static final ComMethod ACTIVATE_OBJECT = ComMethod.hr("IMFActivate", "ActivateObject", 33, POINTER, POINTER);
        static final ComMethod SHUTDOWN_OBJECT = ComMethod.hr("IMFActivate", "ShutdownObject", 34);
    }

    static final class IMFMediaSource {
        @CName("IID_IMFMediaSource")
        static final Guid IID = Guid.parse("{279A808D-AEC7-40C8-9C6B-A6B492C78A66}");
        static final ComMethod SHUTDOWN = ComMethod.hr("IMFMediaSource", "Shutdown", 12);
    }

    static final class IMFSourceReader {
        static final ComMethod SET_STREAM_SELECTION = ComMethod.hr("IMFSourceReader", "SetStreamSelection", 4,
                DWORD, DWORD);
        static final ComMethod GET_NATIVE_MEDIA_TYPE = ComMethod.hr("IMFSourceReader", "GetNativeMediaType", 5,
                DWORD, DWORD, POINTER);
        static final ComMethod SET_CURRENT_MEDIA_TYPE = ComMethod.hr("IMFSourceReader", "SetCurrentMediaType", 7,
                DWORD, POINTER, POINTER);
        static final ComMethod READ_SAMPLE = ComMethod.hr("IMFSourceReader", "ReadSample", 9,
                DWORD, DWORD, POINTER, POINTER, POINTER, POINTER);
        static final ComMethod FLUSH = ComMethod.hr("IMFSourceReader", "Flush", 10, DWORD);
    }

    static final class IMFSourceReaderCallback {
        @CName("IID_IMFSourceReaderCallback")
        static final Guid IID = Guid.parse("{DEEC8D99-FA1D-4D82-84C2-2C8969944867}");
        static final ComMethod ON_READ_SAMPLE = ComMethod.hr("IMFSourceReaderCallback", "OnReadSample", 3,
                DWORD /* HRESULT */, DWORD, DWORD, UINT64, POINTER);
        static final ComMethod ON_FLUSH = ComMethod.hr("IMFSourceReaderCallback", "OnFlush", 4, DWORD);
        static final ComMethod ON_EVENT = ComMethod.hr("IMFSourceReaderCallback", "OnEvent", 5, DWORD, POINTER);
    }

    static final class IMFSample {
        static final ComMethod GET_BUFFER_COUNT = ComMethod.hr("IMFSample", "GetBufferCount", 39, POINTER);
        static final ComMethod CONVERT_TO_CONTIGUOUS_BUFFER = ComMethod.hr("IMFSample", "ConvertToContiguousBuffer",
                41, POINTER);
    }

    static final class IMFMediaBuffer {
        static final ComMethod LOCK = ComMethod.hr("IMFMediaBuffer", "Lock", 3, POINTER, POINTER, POINTER);
        static final ComMethod UNLOCK = ComMethod.hr("IMFMediaBuffer", "Unlock", 4);
    }

    static final class IMF2DBuffer {
        @CName("IID_IMF2DBuffer")
        static final Guid IID = Guid.parse("{7DC9D5F9-9ED9-44EC-9BBF-0600BB589FBB}");
        static final ComMethod LOCK_2D = ComMethod.hr("IMF2DBuffer", "Lock2D", 3, POINTER, POINTER);
        static final ComMethod UNLOCK_2D = ComMethod.hr("IMF2DBuffer", "Unlock2D", 4);
        static final ComMethod IS_CONTIGUOUS_FORMAT = ComMethod.hr("IMF2DBuffer", "IsContiguousFormat", 6, POINTER);
        static final ComMethod GET_CONTIGUOUS_LENGTH = ComMethod.hr("IMF2DBuffer", "GetContiguousLength", 7, POINTER);
    }
}
