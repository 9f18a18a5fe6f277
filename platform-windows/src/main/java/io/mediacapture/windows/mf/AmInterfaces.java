package io.mediacapture.windows.mf;

import static io.mediacapture.windows.com.WinTypes.LONG;
import static io.mediacapture.windows.com.WinTypes.POINTER;

import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.Guid;

/**
 * The DirectShow-era camera control interfaces that Media Foundation's device sources still expose (strmif.h):
 * {@code IAMVideoProcAmp} (picture) and {@code IAMCameraControl} (lens, exposure, pan/tilt), reached with
 * QueryInterface on the {@code IMFMediaSource}. Both have the same three methods after IUnknown. Slots, IIDs and
 * the property and flag values are checked against the MinGW headers by the ABI test.
 */
final class AmInterfaces {
    private AmInterfaces() {
    }

    static final class IAMVideoProcAmp {
        @CName("IID_IAMVideoProcAmp")
        static final Guid IID = Guid.parse("{C6E13360-30AC-11D0-A18C-00A0C9118956}");
        /** GetRange(Property, *pMin, *pMax, *pSteppingDelta, *pDefault, *pCapsFlags). */
        static final ComMethod GET_RANGE = ComMethod.hr("IAMVideoProcAmp", "GetRange", 3,
                LONG, POINTER, POINTER, POINTER, POINTER, POINTER);
        static final ComMethod SET = ComMethod.hr("IAMVideoProcAmp", "Set", 4, LONG, LONG, LONG);
        static final ComMethod GET = ComMethod.hr("IAMVideoProcAmp", "Get", 5, LONG, POINTER, POINTER);
    }

    static final class IAMCameraControl {
        @CName("IID_IAMCameraControl")
        static final Guid IID = Guid.parse("{C6E13370-30AC-11D0-A18C-00A0C9118956}");
        static final ComMethod GET_RANGE = ComMethod.hr("IAMCameraControl", "GetRange", 3,
                LONG, POINTER, POINTER, POINTER, POINTER, POINTER);
        static final ComMethod SET = ComMethod.hr("IAMCameraControl", "Set", 4, LONG, LONG, LONG);
        static final ComMethod GET = ComMethod.hr("IAMCameraControl", "Get", 5, LONG, POINTER, POINTER);
    }

    // enum VideoProcAmpProperty
    @CName("VideoProcAmp_Brightness") static final int VIDEO_PROC_AMP_BRIGHTNESS = 0;
    @CName("VideoProcAmp_Contrast") static final int VIDEO_PROC_AMP_CONTRAST = 1;
    @CName("VideoProcAmp_Saturation") static final int VIDEO_PROC_AMP_SATURATION = 3;
    @CName("VideoProcAmp_Sharpness") static final int VIDEO_PROC_AMP_SHARPNESS = 4;
    @CName("VideoProcAmp_WhiteBalance") static final int VIDEO_PROC_AMP_WHITE_BALANCE = 7;
    @CName("VideoProcAmp_Flags_Auto") static final int VIDEO_PROC_AMP_FLAGS_AUTO = 1;
    @CName("VideoProcAmp_Flags_Manual") static final int VIDEO_PROC_AMP_FLAGS_MANUAL = 2;

    // enum CameraControlProperty
    @CName("CameraControl_Pan") static final int CAMERA_CONTROL_PAN = 0;
    @CName("CameraControl_Tilt") static final int CAMERA_CONTROL_TILT = 1;
    @CName("CameraControl_Zoom") static final int CAMERA_CONTROL_ZOOM = 3;
    @CName("CameraControl_Exposure") static final int CAMERA_CONTROL_EXPOSURE = 4;
    @CName("CameraControl_Focus") static final int CAMERA_CONTROL_FOCUS = 6;
    @CName("CameraControl_Flags_Auto") static final int CAMERA_CONTROL_FLAGS_AUTO = 1;
    @CName("CameraControl_Flags_Manual") static final int CAMERA_CONTROL_FLAGS_MANUAL = 2;
}
