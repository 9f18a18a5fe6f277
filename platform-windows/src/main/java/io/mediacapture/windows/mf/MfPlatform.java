package io.mediacapture.windows.mf;


import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.NativeFunction;
import io.mediacapture.windows.sdk.mfapi_h;
import io.mediacapture.windows.sdk.mfidl_h;
import io.mediacapture.windows.sdk.mfreadwrite_h;

/**
 * The Media Foundation entry points (mfplat.dll, mf.dll, mfreadwrite.dll). Loading this class loads the
 * DLLs, so only code running on Windows touches it. {@link #startup()}/{@link #shutdown()} pair
 * MFStartup/MFShutdown, which Media Foundation counts itself; each backend calls them once.
 */
final class MfPlatform {
    private static final NativeFunction MF_STARTUP = NativeFunction.of("MFStartup", mfapi_h.MFStartup$handle());
    private static final NativeFunction MF_SHUTDOWN = NativeFunction.of("MFShutdown", mfapi_h.MFShutdown$handle());
    private static final NativeFunction MF_CREATE_ATTRIBUTES = NativeFunction.of("MFCreateAttributes",
            mfapi_h.MFCreateAttributes$handle());
    static final NativeFunction MF_ENUM_DEVICE_SOURCES = NativeFunction.of("MFEnumDeviceSources",
            mfidl_h.MFEnumDeviceSources$handle());
    private static final NativeFunction MF_CREATE_DEVICE_SOURCE = NativeFunction.of("MFCreateDeviceSource",
            mfidl_h.MFCreateDeviceSource$handle());
    private static final NativeFunction MF_CREATE_SOURCE_READER = NativeFunction.of(
            "MFCreateSourceReaderFromMediaSource", mfreadwrite_h.MFCreateSourceReaderFromMediaSource$handle());

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
