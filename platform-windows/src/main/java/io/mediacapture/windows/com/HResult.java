package io.mediacapture.windows.com;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * HRESULT values this module names, and the rules for reading one: negative (severity bit set) is a
 * failure; {@code S_FALSE} and other positive values are successes. Every constant here is checked
 * against the MinGW-w64 headers.
 */
public final class HResult {
    private HResult() {
    }

    @CName("S_OK") public static final int S_OK = 0;
    @CName("S_FALSE") public static final int S_FALSE = 1;
    @CName("E_NOTIMPL") public static final int E_NOTIMPL = 0x80004001;
    @CName("E_NOINTERFACE") public static final int E_NOINTERFACE = 0x80004002;
    @CName("E_POINTER") public static final int E_POINTER = 0x80004003;
    @CName("E_ABORT") public static final int E_ABORT = 0x80004004;
    @CName("E_FAIL") public static final int E_FAIL = 0x80004005;
    @CName("E_UNEXPECTED") public static final int E_UNEXPECTED = 0x8000FFFF;
    @CName("E_ACCESSDENIED") public static final int E_ACCESSDENIED = 0x80070005;
    @CName("E_HANDLE") public static final int E_HANDLE = 0x80070006;
    @CName("E_OUTOFMEMORY") public static final int E_OUTOFMEMORY = 0x8007000E;
    @CName("E_INVALIDARG") public static final int E_INVALIDARG = 0x80070057;
    @CName("RPC_E_CHANGED_MODE") public static final int RPC_E_CHANGED_MODE = 0x80010106;
    @CName("CO_E_NOTINITIALIZED") public static final int CO_E_NOTINITIALIZED = 0x800401F0;
    @CName("REGDB_E_CLASSNOTREG") public static final int REGDB_E_CLASSNOTREG = 0x80040154;
    @CName("HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)") public static final int E_FILE_NOT_FOUND = 0x80070002;
    @CName("HRESULT_FROM_WIN32(ERROR_SHARING_VIOLATION)") public static final int E_SHARING_VIOLATION = 0x80070020;
    @CName("HRESULT_FROM_WIN32(ERROR_BUSY)") public static final int E_BUSY = 0x800700AA;
    @CName("HRESULT_FROM_WIN32(ERROR_DEVICE_NOT_CONNECTED)") public static final int E_DEVICE_NOT_CONNECTED = 0x8007048F;
    @CName("HRESULT_FROM_WIN32(ERROR_DEVICE_REMOVED)") public static final int E_DEVICE_REMOVED = 0x80070651;
    @CName("HRESULT_FROM_WIN32(ERROR_NOT_FOUND)") public static final int E_NOT_FOUND = 0x80070490;

    // Media Foundation (mferror.h)
    @CName("MF_E_NO_MORE_TYPES") public static final int MF_E_NO_MORE_TYPES = 0xC00D36B9;
    @CName("MF_E_INVALIDMEDIATYPE") public static final int MF_E_INVALIDMEDIATYPE = 0xC00D36B4;
    @CName("MF_E_INVALIDREQUEST") public static final int MF_E_INVALIDREQUEST = 0xC00D36B2;
    @CName("MF_E_INVALIDSTREAMNUMBER") public static final int MF_E_INVALIDSTREAMNUMBER = 0xC00D36B3;
    @CName("MF_E_ATTRIBUTENOTFOUND") public static final int MF_E_ATTRIBUTENOTFOUND = 0xC00D36E6;
    @CName("MF_E_NOTACCEPTING") public static final int MF_E_NOTACCEPTING = 0xC00D36B5;
    @CName("MF_E_SHUTDOWN") public static final int MF_E_SHUTDOWN = 0xC00D3E85;
    @CName("MF_E_HW_MFT_FAILED_START_STREAMING") public static final int MF_E_HW_MFT_FAILED_START_STREAMING = 0xC00D3704;
    @CName("MF_E_VIDEO_RECORDING_DEVICE_INVALIDATED") public static final int MF_E_VIDEO_RECORDING_DEVICE_INVALIDATED = 0xC00D3EA2;
    @CName("MF_E_VIDEO_RECORDING_DEVICE_PREEMPTED") public static final int MF_E_VIDEO_RECORDING_DEVICE_PREEMPTED = 0xC00D3EA3;
    @CName("MF_E_UNSUPPORTED_CAPTURE_DEVICE_PRESENT") public static final int MF_E_UNSUPPORTED_CAPTURE_DEVICE_PRESENT = 0xC00DABED;

    // WASAPI (audioclient.h)
    @CName("AUDCLNT_E_NOT_INITIALIZED") public static final int AUDCLNT_E_NOT_INITIALIZED = 0x88890001;
    @CName("AUDCLNT_E_UNSUPPORTED_FORMAT") public static final int AUDCLNT_E_UNSUPPORTED_FORMAT = 0x88890008;
    @CName("AUDCLNT_E_DEVICE_INVALIDATED") public static final int AUDCLNT_E_DEVICE_INVALIDATED = 0x88890004;
    @CName("AUDCLNT_E_DEVICE_IN_USE") public static final int AUDCLNT_E_DEVICE_IN_USE = 0x8889000A;
    @CName("AUDCLNT_E_SERVICE_NOT_RUNNING") public static final int AUDCLNT_E_SERVICE_NOT_RUNNING = 0x88890010;
    @CName("AUDCLNT_E_ENDPOINT_CREATE_FAILED") public static final int AUDCLNT_E_ENDPOINT_CREATE_FAILED = 0x8889000F;
    @CName("AUDCLNT_E_BUFFER_SIZE_NOT_ALIGNED") public static final int AUDCLNT_E_BUFFER_SIZE_NOT_ALIGNED = 0x88890019;
    @CName("AUDCLNT_E_RESOURCES_INVALIDATED") public static final int AUDCLNT_E_RESOURCES_INVALIDATED = 0x88890026;
    @CName("AUDCLNT_S_BUFFER_EMPTY") public static final int AUDCLNT_S_BUFFER_EMPTY = 0x08890001;

    private static final Map<Integer, String> NAMES = names();

    public static boolean failed(int hr) {
        return hr < 0;
    }

    public static boolean succeeded(int hr) {
        return hr >= 0;
    }

    /** The constant's name, e.g. "E_ACCESSDENIED", or the hex value for codes this module does not name. */
    public static String name(int hr) {
        String n = NAMES.get(hr);
        return n != null ? n : hex(hr);
    }

    public static String hex(int hr) {
        return String.format("0x%08X", hr);
    }

    /** The facility (bits 16..28): 7 = WIN32, 0xD = MEDIASERVER (Media Foundation), 0x889 = AUDCLNT. */
    public static int facility(int hr) {
        return (hr >>> 16) & 0x1FFF;
    }

    /** {@code HRESULT_FROM_WIN32}: a Win32 error code as an HRESULT. */
    public static int fromWin32(int error) {
        return error <= 0 ? error : (error & 0xFFFF) | (7 << 16) | 0x80000000;
    }

    /**
     * Returns {@code hr} when it is a success, else throws.
     *
     * @param call what was called, e.g. "IMFSourceReader::ReadSample"
     * @throws ComException carrying {@code hr}
     */
    public static int check(int hr, String call) {
        if (failed(hr)) {
            throw new ComException(call, hr);
        }
        return hr;
    }

    private static Map<Integer, String> names() {
        Map<Integer, String> m = new HashMap<>();
        for (Field f : HResult.class.getDeclaredFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(CName.class)) {
                try {
                    m.putIfAbsent(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return Map.copyOf(m);
    }
}
