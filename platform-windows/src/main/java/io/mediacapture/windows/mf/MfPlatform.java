package io.mediacapture.windows.mf;

import static io.mediacapture.windows.com.WinTypes.DWORD;
import static io.mediacapture.windows.com.WinTypes.HRESULT;
import static io.mediacapture.windows.com.WinTypes.POINTER;

import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.NativeFunction;
import io.mediacapture.windows.win32.WinLibrary;
import java.lang.foreign.FunctionDescriptor;

/**
 * The Media Foundation entry points (mfplat.dll, mf.dll, mfreadwrite.dll). Loading this class loads the
 * DLLs, so only code running on Windows touches it. {@link #startup()}/{@link #shutdown()} pair
 * MFStartup/MFShutdown, which Media Foundation counts itself; each backend calls them once.
 */
final class MfPlatform {
    private static final WinLibrary MFPLAT = WinLibrary.load("mfplat.dll");
    private static final WinLibrary MF = WinLibrary.load("mf.dll");
    private static final WinLibrary MFREADWRITE = WinLibrary.load("mfreadwrite.dll");

    private static final NativeFunction MF_STARTUP = MFPLAT.function("MFStartup", FunctionDescriptor.of(HRESULT, DWORD, DWORD));
    private static final NativeFunction MF_SHUTDOWN = MFPLAT.function("MFShutdown", FunctionDescriptor.of(HRESULT));
    private static final NativeFunction MF_CREATE_ATTRIBUTES = MFPLAT.function("MFCreateAttributes",
            FunctionDescriptor.of(HRESULT, POINTER, DWORD));
    static final NativeFunction MF_ENUM_DEVICE_SOURCES = MF.function("MFEnumDeviceSources",
            FunctionDescriptor.of(HRESULT, POINTER, POINTER, POINTER));
    private static final NativeFunction MF_CREATE_DEVICE_SOURCE = MF.function("MFCreateDeviceSource",
            FunctionDescriptor.of(HRESULT, POINTER, POINTER));
    private static final NativeFunction MF_CREATE_SOURCE_READER = MFREADWRITE.function(
            "MFCreateSourceReaderFromMediaSource", FunctionDescriptor.of(HRESULT, POINTER, POINTER, POINTER));

    private MfPlatform() {
    }

    static void startup() {
        MF_STARTUP.check(MfGuids.MF_VERSION, MfGuids.MFSTARTUP_NOSOCKET);
    }

    static void shutdown() {
        MF_SHUTDOWN.call();
    }

    static ComRef createAttributes(int initialSize) {
        return ComRef.receive("IMFAttributes", "MFCreateAttributes", out -> MF_CREATE_ATTRIBUTES.check(out, initialSize));
    }

    /** An IMFMediaSource for the camera with this symbolic link. */
    static ComRef createDeviceSource(String symbolicLink) {
        try (ComRef attrs = createAttributes(2)) {
            Attributes.setGuid(attrs, MfGuids.DEVSOURCE_ATTRIBUTE_SOURCE_TYPE, MfGuids.SOURCE_TYPE_VIDCAP);
            Attributes.setString(attrs, MfGuids.VIDCAP_SYMBOLIC_LINK, symbolicLink);
            return ComRef.receive("IMFMediaSource", "MFCreateDeviceSource", out -> MF_CREATE_DEVICE_SOURCE.check(attrs, out));
        }
    }

    /** @param attributes reader attributes (the async callback), or null for a synchronous reader */
    static ComRef createSourceReader(ComRef source, ComRef attributes) {
        return ComRef.receive("IMFSourceReader", "MFCreateSourceReaderFromMediaSource",
                out -> MF_CREATE_SOURCE_READER.check(source, attributes, out));
    }
}
