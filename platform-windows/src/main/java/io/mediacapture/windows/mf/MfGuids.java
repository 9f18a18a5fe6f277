package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.CName;
import io.mediacapture.windows.com.Guid;

/** Media Foundation attribute keys, media type GUIDs and constants this backend uses. */
final class MfGuids {
    private MfGuids() {
    }

    @CName("MF_VERSION") static final int MF_VERSION = 0x00020070;
    @CName("MFSTARTUP_NOSOCKET") static final int MFSTARTUP_NOSOCKET = 1;
    @CName("MF_SOURCE_READER_FIRST_VIDEO_STREAM") static final int FIRST_VIDEO_STREAM = 0xFFFFFFFC;
    @CName("MF_SOURCE_READER_ALL_STREAMS") static final int ALL_STREAMS = 0xFFFFFFFE;
    @CName("MF_SOURCE_READERF_ERROR") static final int READERF_ERROR = 0x1;
    @CName("MF_SOURCE_READERF_ENDOFSTREAM") static final int READERF_ENDOFSTREAM = 0x2;
    @CName("MF_SOURCE_READERF_NEWSTREAM") static final int READERF_NEWSTREAM = 0x4;
    @CName("MF_SOURCE_READERF_NATIVEMEDIATYPECHANGED") static final int READERF_NATIVEMEDIATYPECHANGED = 0x10;
    @CName("MF_SOURCE_READERF_CURRENTMEDIATYPECHANGED") static final int READERF_CURRENTMEDIATYPECHANGED = 0x20;
    @CName("MF_SOURCE_READERF_STREAMTICK") static final int READERF_STREAMTICK = 0x100;
    @CName("MF_SOURCE_READERF_ALLEFFECTSREMOVED") static final int READERF_ALLEFFECTSREMOVED = 0x200;

    @CName("MF_DEVSOURCE_ATTRIBUTE_SOURCE_TYPE") static final Guid DEVSOURCE_ATTRIBUTE_SOURCE_TYPE =
            Guid.parse("{C60AC5FE-252A-478F-A0EF-BC8FA5F7CAD3}");
    @CName("MF_DEVSOURCE_ATTRIBUTE_SOURCE_TYPE_VIDCAP_GUID") static final Guid SOURCE_TYPE_VIDCAP =
            Guid.parse("{8AC3587A-4AE7-42D8-99E0-0A6013EEF90F}");
    @CName("MF_DEVSOURCE_ATTRIBUTE_FRIENDLY_NAME") static final Guid DEVSOURCE_FRIENDLY_NAME =
            Guid.parse("{60D0E559-52F8-4FA2-BBCE-ACDB34A8EC01}");
    @CName("MF_DEVSOURCE_ATTRIBUTE_SOURCE_TYPE_VIDCAP_SYMBOLIC_LINK") static final Guid VIDCAP_SYMBOLIC_LINK =
            Guid.parse("{58F0AAD8-22BF-4F8A-BB3D-D2C4978C6E2F}");
    @CName("MF_SOURCE_READER_ASYNC_CALLBACK") static final Guid SOURCE_READER_ASYNC_CALLBACK =
            Guid.parse("{1E3DBEAC-BB43-4C35-B507-CD644464C965}");
    @CName("MF_READWRITE_DISABLE_CONVERTERS") static final Guid READWRITE_DISABLE_CONVERTERS =
            Guid.parse("{98D5B065-1374-4847-8D5D-31520FEE7156}");

    @CName("MF_MT_MAJOR_TYPE") static final Guid MT_MAJOR_TYPE = Guid.parse("{48EBA18E-F8C9-4687-BF11-0A74C9F96A8F}");
    @CName("MF_MT_SUBTYPE") static final Guid MT_SUBTYPE = Guid.parse("{F7E34C9A-42E8-4714-B74B-CB29D72C35E5}");
    @CName("MF_MT_FRAME_SIZE") static final Guid MT_FRAME_SIZE = Guid.parse("{1652C33D-D6B2-4012-B834-72030849A37D}");
    @CName("MF_MT_FRAME_RATE") static final Guid MT_FRAME_RATE = Guid.parse("{C459A2E8-3D2C-4E44-B132-FEE5156C7BB0}");
    @CName("MF_MT_DEFAULT_STRIDE") static final Guid MT_DEFAULT_STRIDE = Guid.parse("{644B4E48-1E02-4516-B0EB-C01CA9D49AC6}");

    @CName("MFMediaType_Video") static final Guid MEDIA_TYPE_VIDEO = Guid.parse("{73646976-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_NV12") static final Guid NV12 = Guid.parse("{3231564E-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_YUY2") static final Guid YUY2 = Guid.parse("{32595559-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_UYVY") static final Guid UYVY = Guid.parse("{59565955-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_I420") static final Guid I420 = Guid.parse("{30323449-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_IYUV") static final Guid IYUV = Guid.parse("{56555949-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_MJPG") static final Guid MJPG = Guid.parse("{47504A4D-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_RGB32") static final Guid RGB32 = Guid.parse("{00000016-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_ARGB32") static final Guid ARGB32 = Guid.parse("{00000015-0000-0010-8000-00AA00389B71}");
    @CName("MFVideoFormat_RGB24") static final Guid RGB24 = Guid.parse("{00000014-0000-0010-8000-00AA00389B71}");
}
