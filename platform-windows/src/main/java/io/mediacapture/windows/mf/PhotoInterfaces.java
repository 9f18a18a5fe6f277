package io.mediacapture.windows.mf;

import static io.mediacapture.windows.com.WinTypes.DWORD;
import static io.mediacapture.windows.com.WinTypes.POINTER;
import static io.mediacapture.windows.com.WinTypes.UINT64;

import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.Guid;
import io.mediacapture.windows.com.SdkOnly;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * What the photo stream and the extended camera controls need (MediaStream Image Capture's takePhoto): the media
 * source's presentation descriptor (to find the stream whose {@code MF_DEVICESTREAM_STREAM_CATEGORY} is a photo
 * pin), {@code IKsControl} for the still trigger, and {@code IMFGetService} / {@code IMFExtendedCameraController}
 * / {@code IMFExtendedCameraControl} for the flash. {@link CName} values are checked against MinGW-w64's headers
 * by the ABI test; {@link SdkOnly} ones are missing from Debian 12's MinGW-w64 10 and were checked by hand.
 */
final class PhotoInterfaces {
    private static final String SDK = "Windows SDK 10.0.19041+ mfidl.h (the interface's MIDL_INTERFACE uuid and "
            + "declaration order) and Microsoft Learn's reference page";
    private static final String KSMEDIA = "Windows SDK ksmedia.h and the KSPROPERTY_CAMERACONTROL_EXTENDED_FLASHMODE "
            + "page on Microsoft Learn";

    private PhotoInterfaces() {
    }

    static final class IMFMediaSource {
        /** IMFMediaEventGenerator 3..6, GetCharacteristics 7, CreatePresentationDescriptor 8. */
        static final ComMethod CREATE_PRESENTATION_DESCRIPTOR = ComMethod.hr("IMFMediaSource",
                "CreatePresentationDescriptor", 8, POINTER);
    }

    /** Derives from IMFAttributes (slots 3..32). */
    static final class IMFPresentationDescriptor {
        static final ComMethod GET_STREAM_DESCRIPTOR_COUNT = ComMethod.hr("IMFPresentationDescriptor",
                "GetStreamDescriptorCount", 33, POINTER);
        static final ComMethod GET_STREAM_DESCRIPTOR_BY_INDEX = ComMethod.hr("IMFPresentationDescriptor",
                "GetStreamDescriptorByIndex", 34, DWORD, POINTER, POINTER);
    }

    static final class IKsControl {
        @CName("IID_IKsControl")
        static final Guid IID = Guid.parse("{28F54685-06FD-11D2-B27A-00A0C9223196}");
        /** KsProperty(PKSPROPERTY, ULONG length, PVOID data, ULONG dataLength, ULONG *returned): an NTSTATUS/HRESULT. */
        static final ComMethod KS_PROPERTY = ComMethod.hr("IKsControl", "KsProperty", 3,
                POINTER, DWORD, POINTER, DWORD, POINTER);
    }

    static final class IMFGetService {
        @CName("IID_IMFGetService")
        static final Guid IID = Guid.parse("{FA993888-4383-415A-A930-DD472A8CF6F7}");
        static final ComMethod GET_SERVICE = ComMethod.hr("IMFGetService", "GetService", 3, POINTER, POINTER, POINTER);
    }

    static final class IMFExtendedCameraController {
        @SdkOnly(value = "IID_IMFExtendedCameraController", checkedAgainst = SDK)
        static final Guid IID = Guid.parse("{B91EBFEE-CA03-4AF4-8A82-A31752F4A0FC}");
        @SdkOnly(value = "IMFExtendedCameraController::GetExtendedCameraControl", checkedAgainst = SDK)
        static final ComMethod GET_EXTENDED_CAMERA_CONTROL = ComMethod.hr("IMFExtendedCameraController",
                "GetExtendedCameraControl", 3, DWORD, DWORD, POINTER);
    }

    static final class IMFExtendedCameraControl {
        @SdkOnly(value = "IID_IMFExtendedCameraControl", checkedAgainst = SDK)
        static final Guid IID = Guid.parse("{38E33520-FCA1-4845-A27A-68B7C6AB3789}");
        @SdkOnly(value = "IMFExtendedCameraControl::GetCapabilities", checkedAgainst = SDK)
        static final ComMethod GET_CAPABILITIES = ComMethod.u64("IMFExtendedCameraControl", "GetCapabilities", 3);
        @SdkOnly(value = "IMFExtendedCameraControl::SetFlags", checkedAgainst = SDK)
        static final ComMethod SET_FLAGS = ComMethod.hr("IMFExtendedCameraControl", "SetFlags", 4, UINT64);
        @SdkOnly(value = "IMFExtendedCameraControl::GetFlags", checkedAgainst = SDK)
        static final ComMethod GET_FLAGS = ComMethod.u64("IMFExtendedCameraControl", "GetFlags", 5);
        @SdkOnly(value = "IMFExtendedCameraControl::CommitSettings", checkedAgainst = SDK)
        static final ComMethod COMMIT_SETTINGS = ComMethod.hr("IMFExtendedCameraControl", "CommitSettings", 8);
    }

    // ---- the photo stream

    @SdkOnly(value = "MF_DEVICESTREAM_STREAM_CATEGORY", checkedAgainst = "Windows SDK mfidl.h")
    static final Guid DEVICESTREAM_STREAM_CATEGORY = Guid.parse("{2939E7B8-A62E-4579-B674-D4073DFABBBA}");
    @SdkOnly(value = "MF_DEVICESTREAM_STREAM_ID", checkedAgainst = "Windows SDK mfidl.h")
    static final Guid DEVICESTREAM_STREAM_ID = Guid.parse("{11BD5120-D124-446B-88E6-17060257FFF9}");
    /** The independent photo pin (Windows 8.1+ camera drivers). */
    @SdkOnly(value = "PINNAME_IMAGE", checkedAgainst = "Windows SDK ksmedia.h (compared in Windows' own mfcore "
            + "code with PINNAME_VIDEO_STILL for photo streams)")
    static final Guid PINNAME_IMAGE = Guid.parse("{38A0CD98-D49B-4CE8-B48A-344667A17830}");
    /** The still pin of older (and UVC) drivers, a photo "dependent" on the video stream. */
    @CName("{STATIC_PINNAME_VIDEO_STILL}")
    static final Guid PINNAME_VIDEO_STILL = Guid.parse("{FB6C428A-0353-11D1-905F-0000C0CC16BA}");

    // ---- the still trigger

    @CName("{STATIC_PROPSETID_VIDCAP_VIDEOCONTROL}")
    static final Guid PROPSETID_VIDCAP_VIDEOCONTROL = Guid.parse("{6A2E0670-28E4-11D0-A18C-00A0C9118956}");
    @CName("KSPROPERTY_VIDEOCONTROL_MODE") static final int KSPROPERTY_VIDEOCONTROL_MODE = 3;
    @CName("KS_VideoControlFlag_Trigger") static final int KS_VIDEO_CONTROL_FLAG_TRIGGER = 0x8;
    @CName("KSPROPERTY_TYPE_SET") static final int KSPROPERTY_TYPE_SET = 0x2;
    /** KSPROPERTY_VIDEOCONTROL_MODE_S: a KSPROPERTY (Set, Id, Flags, in a union with a LONGLONG), StreamIndex, Mode. */
    @CName("KSPROPERTY_VIDEOCONTROL_MODE_S")
    static final StructLayout VIDEOCONTROL_MODE_S = MemoryLayout.structLayout(
            MemoryLayout.structLayout(MemoryLayout.unionLayout(
                    MemoryLayout.structLayout(
                            MemoryLayout.sequenceLayout(16, ValueLayout.JAVA_BYTE).withName("Set"),
                            ValueLayout.JAVA_INT.withName("Id"),
                            ValueLayout.JAVA_INT.withName("Flags")).withName("$anon1"),
                    ValueLayout.JAVA_LONG.withName("Alignment")).withName("$anon0")).withName("Property"),
            ValueLayout.JAVA_INT.withName("StreamIndex"),
            ValueLayout.JAVA_INT.withName("Mode"));

    // ---- the flash (IMFExtendedCameraControl)

    @CName("MF_CAPTURE_ENGINE_MEDIASOURCE") static final int FILTER_SCOPE = 0xFFFFFFFF;
    @SdkOnly(value = "KSPROPERTY_CAMERACONTROL_EXTENDED_FLASHMODE", checkedAgainst = KSMEDIA)
    static final int EXTENDED_FLASHMODE = 9;
    @SdkOnly(value = "KSCAMERA_EXTENDEDPROP_FLASH_OFF", checkedAgainst = KSMEDIA)
    static final long FLASH_OFF = 0x0;
    @SdkOnly(value = "KSCAMERA_EXTENDEDPROP_FLASH_ON", checkedAgainst = KSMEDIA)
    static final long FLASH_ON = 0x1;
    @SdkOnly(value = "KSCAMERA_EXTENDEDPROP_FLASH_AUTO", checkedAgainst = KSMEDIA)
    static final long FLASH_AUTO = 0x4;
    @SdkOnly(value = "KSCAMERA_EXTENDEDPROP_FLASH_REDEYEREDUCTION", checkedAgainst = KSMEDIA)
    static final long FLASH_REDEYEREDUCTION = 0x10;
}
