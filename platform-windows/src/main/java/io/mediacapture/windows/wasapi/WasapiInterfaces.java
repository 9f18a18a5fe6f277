package io.mediacapture.windows.wasapi;

import static io.mediacapture.windows.com.WinTypes.DWORD;
import static io.mediacapture.windows.com.WinTypes.POINTER;
import static io.mediacapture.windows.com.WinTypes.UINT64;

import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.com.PropertyKey;
import io.mediacapture.windows.com.WinTypes;
import io.mediacapture.windows.sdk.PROPERTYKEY;

/** The Core Audio interfaces, GUIDs and constants this backend uses (checked against mmdeviceapi.h, audioclient.h). */
final class WasapiInterfaces {
    private WasapiInterfaces() {
    }

    @CName("eCapture") static final int E_CAPTURE = 1;
    @CName("eConsole") static final int E_CONSOLE = 0;
    @CName("DEVICE_STATE_ACTIVE") static final int DEVICE_STATE_ACTIVE = 1;
    @CName("STGM_READ") static final int STGM_READ = 0;
    @CName("AUDCLNT_SHAREMODE_SHARED") static final int SHAREMODE_SHARED = 0;
    @CName("AUDCLNT_STREAMFLAGS_EVENTCALLBACK") static final int STREAMFLAGS_EVENTCALLBACK = 0x00040000;
    @CName("AUDCLNT_STREAMFLAGS_AUTOCONVERTPCM") static final int STREAMFLAGS_AUTOCONVERTPCM = 0x80000000;
    @CName("AUDCLNT_STREAMFLAGS_SRC_DEFAULT_QUALITY") static final int STREAMFLAGS_SRC_DEFAULT_QUALITY = 0x08000000;
    @CName("AUDCLNT_BUFFERFLAGS_DATA_DISCONTINUITY") static final int BUFFERFLAGS_DATA_DISCONTINUITY = 0x1;
    @CName("AUDCLNT_BUFFERFLAGS_SILENT") static final int BUFFERFLAGS_SILENT = 0x2;
    @CName("VT_LPWSTR") static final short VT_LPWSTR = 31;
    @CName("VT_CLSID") static final short VT_CLSID = 72;
    @CName("VT_BLOB") static final short VT_BLOB = 65;

    @CName("CLSID_MMDeviceEnumerator") static final Guid CLSID_MM_DEVICE_ENUMERATOR =
            Guid.parse("{BCDE0395-E52F-467C-8E3D-C4579291692E}");
    @CName("PKEY_Device_FriendlyName") static final PropertyKey PKEY_DEVICE_FRIENDLY_NAME =
            PropertyKey.of("{A45C254E-DF1C-4EFD-8020-67D146A850E0}", 14);
    /** The shared-mode engine's device format (a WAVEFORMATEX blob): readable without activating a client. */
    @CName("PKEY_AudioEngine_DeviceFormat") static final PropertyKey PKEY_AUDIO_ENGINE_DEVICE_FORMAT =
            PropertyKey.of("{F19F064D-082C-4E27-BC73-6882A1BB8E4C}", 0);
    /** PKEY_Device_ContainerId, the same key as DEVPKEY_Device_ContainerId (MinGW-w64 names only the latter). */
    @CName("DEVPKEY_Device_ContainerId") static final PropertyKey PKEY_DEVICE_CONTAINER_ID =
            PropertyKey.of("{8C7ED206-3F8A-4827-B3AB-AE9E1FAEFC6C}", 2);

    static final class IMMDeviceEnumerator {
        @CName("IID_IMMDeviceEnumerator") static final Guid IID = Guid.parse("{A95664D2-9614-4F35-A746-DE8DB63617E6}");
        static final ComMethod ENUM_AUDIO_ENDPOINTS = ComMethod.hr("IMMDeviceEnumerator", "EnumAudioEndpoints", 3,
                DWORD, DWORD, POINTER);
        static final ComMethod GET_DEFAULT_AUDIO_ENDPOINT = ComMethod.hr("IMMDeviceEnumerator", "GetDefaultAudioEndpoint",
                4, DWORD, DWORD, POINTER);
        static final ComMethod GET_DEVICE = ComMethod.hr("IMMDeviceEnumerator", "GetDevice", 5, POINTER, POINTER);
        static final ComMethod REGISTER_NOTIFICATION = ComMethod.hr("IMMDeviceEnumerator",
                "RegisterEndpointNotificationCallback", 6, POINTER);
        static final ComMethod UNREGISTER_NOTIFICATION = ComMethod.hr("IMMDeviceEnumerator",
                "UnregisterEndpointNotificationCallback", 7, POINTER);
    }

    static final class IMMDeviceCollection {
        static final ComMethod GET_COUNT = ComMethod.hr("IMMDeviceCollection", "GetCount", 3, POINTER);
        static final ComMethod ITEM = ComMethod.hr("IMMDeviceCollection", "Item", 4, DWORD, POINTER);
    }

    static final class IMMDevice {
        static final ComMethod ACTIVATE = ComMethod.hr("IMMDevice", "Activate", 3, POINTER, DWORD, POINTER, POINTER);
        static final ComMethod OPEN_PROPERTY_STORE = ComMethod.hr("IMMDevice", "OpenPropertyStore", 4, DWORD, POINTER);
        static final ComMethod GET_ID = ComMethod.hr("IMMDevice", "GetId", 5, POINTER);
    }

    static final class IPropertyStore {
        static final ComMethod GET_VALUE = ComMethod.hr("IPropertyStore", "GetValue", 5, POINTER, POINTER);
    }

    static final class IAudioClient {
        @CName("IID_IAudioClient") static final Guid IID = Guid.parse("{1CB9AD4C-DBFA-4C32-B178-C2F568A703B2}");
        static final ComMethod INITIALIZE = ComMethod.hr("IAudioClient", "Initialize", 3,
                DWORD, DWORD, UINT64, UINT64, POINTER, POINTER);
        static final ComMethod GET_MIX_FORMAT = ComMethod.hr("IAudioClient", "GetMixFormat", 8, POINTER);
        static final ComMethod GET_DEVICE_PERIOD = ComMethod.hr("IAudioClient", "GetDevicePeriod", 9, POINTER, POINTER);
        static final ComMethod START = ComMethod.hr("IAudioClient", "Start", 10);
        static final ComMethod STOP = ComMethod.hr("IAudioClient", "Stop", 11);
        static final ComMethod SET_EVENT_HANDLE = ComMethod.hr("IAudioClient", "SetEventHandle", 13, POINTER);
        static final ComMethod GET_SERVICE = ComMethod.hr("IAudioClient", "GetService", 14, POINTER, POINTER);
    }

    static final class IAudioCaptureClient {
        @CName("IID_IAudioCaptureClient") static final Guid IID = Guid.parse("{C8ADBD64-E71E-48A0-A4DE-185C395CD317}");
        static final ComMethod GET_BUFFER = ComMethod.hr("IAudioCaptureClient", "GetBuffer", 3,
                POINTER, POINTER, POINTER, POINTER, POINTER);
        static final ComMethod RELEASE_BUFFER = ComMethod.hr("IAudioCaptureClient", "ReleaseBuffer", 4, DWORD);
        static final ComMethod GET_NEXT_PACKET_SIZE = ComMethod.hr("IAudioCaptureClient", "GetNextPacketSize", 5, POINTER);
    }

    static final class IMMNotificationClient {
        @CName("IID_IMMNotificationClient") static final Guid IID = Guid.parse("{7991EEC9-7E89-4D85-8390-6C703CEC60C0}");
        static final ComMethod ON_DEVICE_STATE_CHANGED = ComMethod.hr("IMMNotificationClient", "OnDeviceStateChanged", 3,
                POINTER, DWORD);
        static final ComMethod ON_DEVICE_ADDED = ComMethod.hr("IMMNotificationClient", "OnDeviceAdded", 4, POINTER);
        static final ComMethod ON_DEVICE_REMOVED = ComMethod.hr("IMMNotificationClient", "OnDeviceRemoved", 5, POINTER);
        static final ComMethod ON_DEFAULT_DEVICE_CHANGED = ComMethod.hr("IMMNotificationClient", "OnDefaultDeviceChanged",
                6, DWORD, DWORD, POINTER);
        static final ComMethod ON_PROPERTY_VALUE_CHANGED = ComMethod.hr("IMMNotificationClient", "OnPropertyValueChanged",
                7, POINTER, PROPERTYKEY.layout());
    }
}
