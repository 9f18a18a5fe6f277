// Generated-shape source: what jextract emits for
//   jextract @bindings/jextract/v4l2.args
// with bindings/jextract/v4l2.args:
//   --output bindings/src/main/java
//   --target-package io.mediacapture.bindings.v4l2
//   --header-class-name videodev2_h
//   --include-struct v4l2_capability
//   --include-struct v4l2_fmtdesc
//   --include-struct v4l2_fract
//   --include-struct v4l2_frmsize_discrete
//   --include-struct v4l2_frmsize_stepwise
//   --include-struct v4l2_frmsizeenum
//   --include-struct v4l2_frmival_stepwise
//   --include-struct v4l2_frmivalenum
//   --include-struct v4l2_pix_format
//   --include-struct v4l2_rect
//   --include-struct v4l2_window
//   --include-struct v4l2_format
//   --include-struct v4l2_captureparm
//   --include-struct v4l2_streamparm
//   --include-struct v4l2_requestbuffers
//   --include-struct timeval
//   --include-struct timespec
//   --include-struct v4l2_timecode
//   --include-struct v4l2_buffer
//   --include-struct v4l2_control
//   --include-struct v4l2_queryctrl
//   --include-struct v4l2_event_subscription
//   --include-struct v4l2_event_src_change
//   --include-struct v4l2_event_ctrl
//   --include-struct v4l2_event
//   --include-constant V4L2_CAP_VIDEO_CAPTURE
//   --include-constant V4L2_CAP_VIDEO_OUTPUT
//   --include-constant V4L2_CAP_VIDEO_OVERLAY
//   --include-constant V4L2_CAP_VBI_CAPTURE
//   --include-constant V4L2_CAP_VBI_OUTPUT
//   --include-constant V4L2_CAP_SLICED_VBI_CAPTURE
//   --include-constant V4L2_CAP_SLICED_VBI_OUTPUT
//   --include-constant V4L2_CAP_RDS_CAPTURE
//   --include-constant V4L2_CAP_VIDEO_OUTPUT_OVERLAY
//   --include-constant V4L2_CAP_HW_FREQ_SEEK
//   --include-constant V4L2_CAP_RDS_OUTPUT
//   --include-constant V4L2_CAP_VIDEO_CAPTURE_MPLANE
//   --include-constant V4L2_CAP_VIDEO_OUTPUT_MPLANE
//   --include-constant V4L2_CAP_VIDEO_M2M_MPLANE
//   --include-constant V4L2_CAP_VIDEO_M2M
//   --include-constant V4L2_CAP_TUNER
//   --include-constant V4L2_CAP_AUDIO
//   --include-constant V4L2_CAP_RADIO
//   --include-constant V4L2_CAP_MODULATOR
//   --include-constant V4L2_CAP_SDR_CAPTURE
//   --include-constant V4L2_CAP_EXT_PIX_FORMAT
//   --include-constant V4L2_CAP_SDR_OUTPUT
//   --include-constant V4L2_CAP_META_CAPTURE
//   --include-constant V4L2_CAP_READWRITE
//   --include-constant V4L2_CAP_STREAMING
//   --include-constant V4L2_CAP_META_OUTPUT
//   --include-constant V4L2_CAP_TOUCH
//   --include-constant V4L2_CAP_IO_MC
//   --include-constant V4L2_CAP_DEVICE_CAPS
//   --include-constant V4L2_CAP_TIMEPERFRAME
//   --include-constant V4L2_BUF_FLAG_MAPPED
//   --include-constant V4L2_BUF_FLAG_QUEUED
//   --include-constant V4L2_BUF_FLAG_DONE
//   --include-constant V4L2_BUF_FLAG_KEYFRAME
//   --include-constant V4L2_BUF_FLAG_PFRAME
//   --include-constant V4L2_BUF_FLAG_BFRAME
//   --include-constant V4L2_BUF_FLAG_ERROR
//   --include-constant V4L2_BUF_FLAG_IN_REQUEST
//   --include-constant V4L2_BUF_FLAG_TIMECODE
//   --include-constant V4L2_BUF_FLAG_M2M_HOLD_CAPTURE_BUF
//   --include-constant V4L2_BUF_FLAG_PREPARED
//   --include-constant V4L2_BUF_FLAG_NO_CACHE_INVALIDATE
//   --include-constant V4L2_BUF_FLAG_NO_CACHE_CLEAN
//   --include-constant V4L2_BUF_FLAG_TIMESTAMP_MASK
//   --include-constant V4L2_BUF_FLAG_TIMESTAMP_UNKNOWN
//   --include-constant V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC
//   --include-constant V4L2_BUF_FLAG_TIMESTAMP_COPY
//   --include-constant V4L2_BUF_FLAG_TSTAMP_SRC_MASK
//   --include-constant V4L2_BUF_FLAG_TSTAMP_SRC_EOF
//   --include-constant V4L2_BUF_FLAG_TSTAMP_SRC_SOE
//   --include-constant V4L2_BUF_FLAG_LAST
//   --include-constant V4L2_BUF_FLAG_REQUEST_FD
//   --include-constant V4L2_EVENT_ALL
//   --include-constant V4L2_EVENT_VSYNC
//   --include-constant V4L2_EVENT_EOS
//   --include-constant V4L2_EVENT_CTRL
//   --include-constant V4L2_EVENT_FRAME_SYNC
//   --include-constant V4L2_EVENT_SOURCE_CHANGE
//   --include-constant V4L2_EVENT_MOTION_DET
//   --include-constant V4L2_EVENT_PRIVATE_START
//   --include-constant V4L2_EVENT_CTRL_CH_VALUE
//   --include-constant V4L2_EVENT_CTRL_CH_FLAGS
//   --include-constant V4L2_EVENT_CTRL_CH_RANGE
//   --include-constant V4L2_EVENT_CTRL_CH_DIMENSIONS
//   --include-constant V4L2_EVENT_SRC_CH_RESOLUTION
//   --include-constant V4L2_EVENT_MD_FL_HAVE_FRAME_SEQ
//   --include-constant V4L2_EVENT_SUB_FL_SEND_INITIAL
//   --include-constant V4L2_EVENT_SUB_FL_ALLOW_FEEDBACK
//   --include-constant V4L2_CTRL_FLAG_DISABLED
//   --include-constant V4L2_CTRL_FLAG_GRABBED
//   --include-constant V4L2_CTRL_FLAG_READ_ONLY
//   --include-constant V4L2_CTRL_FLAG_UPDATE
//   --include-constant V4L2_CTRL_FLAG_INACTIVE
//   --include-constant V4L2_CTRL_FLAG_SLIDER
//   --include-constant V4L2_CTRL_FLAG_WRITE_ONLY
//   --include-constant V4L2_CTRL_FLAG_VOLATILE
//   --include-constant V4L2_CTRL_FLAG_HAS_PAYLOAD
//   --include-constant V4L2_CTRL_FLAG_EXECUTE_ON_WRITE
//   --include-constant V4L2_CTRL_FLAG_MODIFY_LAYOUT
//   --include-constant V4L2_CTRL_FLAG_DYNAMIC_ARRAY
//   --include-constant V4L2_CTRL_FLAG_NEXT_CTRL
//   --include-constant V4L2_CTRL_FLAG_NEXT_COMPOUND
//   --include-constant V4L2_BUF_TYPE_VIDEO_CAPTURE
//   --include-constant V4L2_BUF_TYPE_VIDEO_OUTPUT
//   --include-constant V4L2_BUF_TYPE_VIDEO_OVERLAY
//   --include-constant V4L2_BUF_TYPE_VBI_CAPTURE
//   --include-constant V4L2_BUF_TYPE_VBI_OUTPUT
//   --include-constant V4L2_BUF_TYPE_SLICED_VBI_CAPTURE
//   --include-constant V4L2_BUF_TYPE_SLICED_VBI_OUTPUT
//   --include-constant V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY
//   --include-constant V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE
//   --include-constant V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE
//   --include-constant V4L2_BUF_TYPE_SDR_CAPTURE
//   --include-constant V4L2_BUF_TYPE_SDR_OUTPUT
//   --include-constant V4L2_BUF_TYPE_META_CAPTURE
//   --include-constant V4L2_BUF_TYPE_META_OUTPUT
//   --include-constant V4L2_MEMORY_MMAP
//   --include-constant V4L2_MEMORY_USERPTR
//   --include-constant V4L2_MEMORY_OVERLAY
//   --include-constant V4L2_MEMORY_DMABUF
//   --include-constant V4L2_FIELD_ANY
//   --include-constant V4L2_FIELD_NONE
//   --include-constant V4L2_FIELD_TOP
//   --include-constant V4L2_FIELD_BOTTOM
//   --include-constant V4L2_FIELD_INTERLACED
//   --include-constant V4L2_FIELD_SEQ_TB
//   --include-constant V4L2_FIELD_SEQ_BT
//   --include-constant V4L2_FIELD_ALTERNATE
//   --include-constant V4L2_FIELD_INTERLACED_TB
//   --include-constant V4L2_FIELD_INTERLACED_BT
//   --include-constant V4L2_FRMSIZE_TYPE_DISCRETE
//   --include-constant V4L2_FRMSIZE_TYPE_CONTINUOUS
//   --include-constant V4L2_FRMSIZE_TYPE_STEPWISE
//   --include-constant V4L2_FRMIVAL_TYPE_DISCRETE
//   --include-constant V4L2_FRMIVAL_TYPE_CONTINUOUS
//   --include-constant V4L2_FRMIVAL_TYPE_STEPWISE
//   --include-constant V4L2_FMT_FLAG_COMPRESSED
//   --include-constant V4L2_FMT_FLAG_EMULATED
//   --include-constant V4L2_BUF_CAP_SUPPORTS_MMAP
//   --include-constant V4L2_BUF_CAP_SUPPORTS_USERPTR
//   --include-constant V4L2_BUF_CAP_SUPPORTS_DMABUF
//   --include-constant V4L2_BUF_CAP_SUPPORTS_ORPHANED_BUFS
//   --include-constant V4L2_CTRL_TYPE_INTEGER
//   --include-constant V4L2_CTRL_TYPE_BOOLEAN
//   --include-constant V4L2_CTRL_TYPE_MENU
//   --include-constant V4L2_CTRL_TYPE_BUTTON
//   --include-constant V4L2_CTRL_TYPE_INTEGER64
//   --include-constant V4L2_CTRL_TYPE_CTRL_CLASS
//   --include-constant V4L2_CTRL_TYPE_STRING
//   --include-constant V4L2_CTRL_TYPE_BITMASK
//   --include-constant V4L2_CTRL_TYPE_INTEGER_MENU
//   --include-constant V4L2_COLORSPACE_DEFAULT
//   --include-constant V4L2_COLORSPACE_SMPTE170M
//   --include-constant V4L2_COLORSPACE_REC709
//   --include-constant V4L2_COLORSPACE_JPEG
//   --include-constant V4L2_COLORSPACE_SRGB
//   --include-constant V4L2_PIX_FMT_YUYV
//   --include-constant V4L2_PIX_FMT_YVYU
//   --include-constant V4L2_PIX_FMT_UYVY
//   --include-constant V4L2_PIX_FMT_VYUY
//   --include-constant V4L2_PIX_FMT_NV12
//   --include-constant V4L2_PIX_FMT_NV21
//   --include-constant V4L2_PIX_FMT_NV16
//   --include-constant V4L2_PIX_FMT_NV61
//   --include-constant V4L2_PIX_FMT_NV24
//   --include-constant V4L2_PIX_FMT_YUV420
//   --include-constant V4L2_PIX_FMT_YVU420
//   --include-constant V4L2_PIX_FMT_YUV422P
//   --include-constant V4L2_PIX_FMT_YUV411P
//   --include-constant V4L2_PIX_FMT_RGB24
//   --include-constant V4L2_PIX_FMT_BGR24
//   --include-constant V4L2_PIX_FMT_RGB565
//   --include-constant V4L2_PIX_FMT_RGB555
//   --include-constant V4L2_PIX_FMT_XRGB32
//   --include-constant V4L2_PIX_FMT_XBGR32
//   --include-constant V4L2_PIX_FMT_ARGB32
//   --include-constant V4L2_PIX_FMT_ABGR32
//   --include-constant V4L2_PIX_FMT_RGB32
//   --include-constant V4L2_PIX_FMT_BGR32
//   --include-constant V4L2_PIX_FMT_RGBX32
//   --include-constant V4L2_PIX_FMT_BGRX32
//   --include-constant V4L2_PIX_FMT_GREY
//   --include-constant V4L2_PIX_FMT_Y16
//   --include-constant V4L2_PIX_FMT_Z16
//   --include-constant V4L2_PIX_FMT_MJPEG
//   --include-constant V4L2_PIX_FMT_JPEG
//   --include-constant V4L2_PIX_FMT_H264
//   --include-constant V4L2_PIX_FMT_HEVC
//   --include-constant V4L2_PIX_FMT_VP8
//   --include-constant V4L2_PIX_FMT_VP9
//   --include-constant V4L2_PIX_FMT_SBGGR8
//   --include-constant V4L2_PIX_FMT_SGBRG8
//   --include-constant V4L2_PIX_FMT_SGRBG8
//   --include-constant V4L2_PIX_FMT_SRGGB8
//   --include-constant V4L2_CID_BASE
//   --include-constant V4L2_CID_USER_BASE
//   --include-constant V4L2_CID_BRIGHTNESS
//   --include-constant V4L2_CID_CONTRAST
//   --include-constant V4L2_CID_SATURATION
//   --include-constant V4L2_CID_HUE
//   --include-constant V4L2_CID_AUTO_WHITE_BALANCE
//   --include-constant V4L2_CID_GAMMA
//   --include-constant V4L2_CID_GAIN
//   --include-constant V4L2_CID_POWER_LINE_FREQUENCY
//   --include-constant V4L2_CID_WHITE_BALANCE_TEMPERATURE
//   --include-constant V4L2_CID_SHARPNESS
//   --include-constant V4L2_CID_BACKLIGHT_COMPENSATION
//   --include-constant V4L2_CID_CAMERA_CLASS_BASE
//   --include-constant V4L2_CID_EXPOSURE_AUTO
//   --include-constant V4L2_CID_EXPOSURE_ABSOLUTE
//   --include-constant V4L2_CID_EXPOSURE_AUTO_PRIORITY
//   --include-constant V4L2_CID_FOCUS_ABSOLUTE
//   --include-constant V4L2_CID_FOCUS_AUTO
//   --include-constant V4L2_CID_ZOOM_ABSOLUTE
//   --include-constant V4L2_CID_PAN_ABSOLUTE
//   --include-constant V4L2_CID_TILT_ABSOLUTE
//   --include-constant V4L2_EXPOSURE_AUTO
//   --include-constant V4L2_EXPOSURE_MANUAL
//   --include-constant V4L2_EXPOSURE_SHUTTER_PRIORITY
//   --include-constant V4L2_EXPOSURE_APERTURE_PRIORITY
//   --include-struct v4l2_querymenu
//   /usr/include/linux/videodev2.h
// Written without jextract (not installed here); layouts use the native linker's canonical C layouts
// and computed padding instead of the literal offsets jextract would print. Checked against the real
// headers by the ABI tests.
package io.mediacapture.bindings.v4l2;

import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.*;
import java.util.function.*;

import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@code <linux/videodev2.h>}: the V4L2 constants a capture client uses. The structs are separate classes; the {@code VIDIOC_*} request numbers are macros over struct sizes and live in {@link io.mediacapture.bindings.v4l2.inline.Vidioc}.
 */
@SuppressWarnings({"unused", "restricted"})
public class videodev2_h {

    videodev2_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types as the native linker lays them out on this platform. C_LONG/C_SIZE_T are cast to OfLong:
    // on an ILP32 platform that cast fails at class initialisation instead of corrupting memory later.
    public static final ValueLayout.OfBoolean C_BOOL = (ValueLayout.OfBoolean) LINKER.canonicalLayouts().get("bool");
    public static final ValueLayout.OfByte C_CHAR = (ValueLayout.OfByte) LINKER.canonicalLayouts().get("char");
    public static final ValueLayout.OfShort C_SHORT = (ValueLayout.OfShort) LINKER.canonicalLayouts().get("short");
    public static final ValueLayout.OfInt C_INT = (ValueLayout.OfInt) LINKER.canonicalLayouts().get("int");
    public static final ValueLayout.OfLong C_LONG_LONG = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("long long");
    public static final ValueLayout.OfFloat C_FLOAT = (ValueLayout.OfFloat) LINKER.canonicalLayouts().get("float");
    public static final ValueLayout.OfDouble C_DOUBLE = (ValueLayout.OfDouble) LINKER.canonicalLayouts().get("double");
    public static final AddressLayout C_POINTER = ((AddressLayout) LINKER.canonicalLayouts().get("void*"))
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, JAVA_BYTE));
    public static final ValueLayout.OfLong C_LONG = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("long");
    public static final ValueLayout.OfLong C_SIZE_T = (ValueLayout.OfLong) LINKER.canonicalLayouts().get("size_t");

    static MemorySegment findOrThrow(String symbol) {
        // The C library is always mapped into the JVM: the linker's default lookup finds its symbols.
        return LINKER.defaultLookup().find(symbol)
                .orElseThrow(() -> new UnsatisfiedLinkError("libc symbol not found: " + symbol));
    }

    private static final int V4L2_CAP_VIDEO_CAPTURE = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_CAPTURE = 1
     * }
     */
    public static int V4L2_CAP_VIDEO_CAPTURE() {
        return V4L2_CAP_VIDEO_CAPTURE;
    }

    private static final int V4L2_CAP_VIDEO_OUTPUT = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_OUTPUT = 2
     * }
     */
    public static int V4L2_CAP_VIDEO_OUTPUT() {
        return V4L2_CAP_VIDEO_OUTPUT;
    }

    private static final int V4L2_CAP_VIDEO_OVERLAY = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_OVERLAY = 4
     * }
     */
    public static int V4L2_CAP_VIDEO_OVERLAY() {
        return V4L2_CAP_VIDEO_OVERLAY;
    }

    private static final int V4L2_CAP_VBI_CAPTURE = (int) 16L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VBI_CAPTURE = 16
     * }
     */
    public static int V4L2_CAP_VBI_CAPTURE() {
        return V4L2_CAP_VBI_CAPTURE;
    }

    private static final int V4L2_CAP_VBI_OUTPUT = (int) 32L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VBI_OUTPUT = 32
     * }
     */
    public static int V4L2_CAP_VBI_OUTPUT() {
        return V4L2_CAP_VBI_OUTPUT;
    }

    private static final int V4L2_CAP_SLICED_VBI_CAPTURE = (int) 64L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_SLICED_VBI_CAPTURE = 64
     * }
     */
    public static int V4L2_CAP_SLICED_VBI_CAPTURE() {
        return V4L2_CAP_SLICED_VBI_CAPTURE;
    }

    private static final int V4L2_CAP_SLICED_VBI_OUTPUT = (int) 128L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_SLICED_VBI_OUTPUT = 128
     * }
     */
    public static int V4L2_CAP_SLICED_VBI_OUTPUT() {
        return V4L2_CAP_SLICED_VBI_OUTPUT;
    }

    private static final int V4L2_CAP_RDS_CAPTURE = (int) 256L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_RDS_CAPTURE = 256
     * }
     */
    public static int V4L2_CAP_RDS_CAPTURE() {
        return V4L2_CAP_RDS_CAPTURE;
    }

    private static final int V4L2_CAP_VIDEO_OUTPUT_OVERLAY = (int) 512L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_OUTPUT_OVERLAY = 512
     * }
     */
    public static int V4L2_CAP_VIDEO_OUTPUT_OVERLAY() {
        return V4L2_CAP_VIDEO_OUTPUT_OVERLAY;
    }

    private static final int V4L2_CAP_HW_FREQ_SEEK = (int) 1024L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_HW_FREQ_SEEK = 1024
     * }
     */
    public static int V4L2_CAP_HW_FREQ_SEEK() {
        return V4L2_CAP_HW_FREQ_SEEK;
    }

    private static final int V4L2_CAP_RDS_OUTPUT = (int) 2048L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_RDS_OUTPUT = 2048
     * }
     */
    public static int V4L2_CAP_RDS_OUTPUT() {
        return V4L2_CAP_RDS_OUTPUT;
    }

    private static final int V4L2_CAP_VIDEO_CAPTURE_MPLANE = (int) 4096L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_CAPTURE_MPLANE = 4096
     * }
     */
    public static int V4L2_CAP_VIDEO_CAPTURE_MPLANE() {
        return V4L2_CAP_VIDEO_CAPTURE_MPLANE;
    }

    private static final int V4L2_CAP_VIDEO_OUTPUT_MPLANE = (int) 8192L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_OUTPUT_MPLANE = 8192
     * }
     */
    public static int V4L2_CAP_VIDEO_OUTPUT_MPLANE() {
        return V4L2_CAP_VIDEO_OUTPUT_MPLANE;
    }

    private static final int V4L2_CAP_VIDEO_M2M_MPLANE = (int) 16384L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_M2M_MPLANE = 16384
     * }
     */
    public static int V4L2_CAP_VIDEO_M2M_MPLANE() {
        return V4L2_CAP_VIDEO_M2M_MPLANE;
    }

    private static final int V4L2_CAP_VIDEO_M2M = (int) 32768L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_VIDEO_M2M = 32768
     * }
     */
    public static int V4L2_CAP_VIDEO_M2M() {
        return V4L2_CAP_VIDEO_M2M;
    }

    private static final int V4L2_CAP_TUNER = (int) 65536L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_TUNER = 65536
     * }
     */
    public static int V4L2_CAP_TUNER() {
        return V4L2_CAP_TUNER;
    }

    private static final int V4L2_CAP_AUDIO = (int) 131072L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_AUDIO = 131072
     * }
     */
    public static int V4L2_CAP_AUDIO() {
        return V4L2_CAP_AUDIO;
    }

    private static final int V4L2_CAP_RADIO = (int) 262144L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_RADIO = 262144
     * }
     */
    public static int V4L2_CAP_RADIO() {
        return V4L2_CAP_RADIO;
    }

    private static final int V4L2_CAP_MODULATOR = (int) 524288L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_MODULATOR = 524288
     * }
     */
    public static int V4L2_CAP_MODULATOR() {
        return V4L2_CAP_MODULATOR;
    }

    private static final int V4L2_CAP_SDR_CAPTURE = (int) 1048576L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_SDR_CAPTURE = 1048576
     * }
     */
    public static int V4L2_CAP_SDR_CAPTURE() {
        return V4L2_CAP_SDR_CAPTURE;
    }

    private static final int V4L2_CAP_EXT_PIX_FORMAT = (int) 2097152L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_EXT_PIX_FORMAT = 2097152
     * }
     */
    public static int V4L2_CAP_EXT_PIX_FORMAT() {
        return V4L2_CAP_EXT_PIX_FORMAT;
    }

    private static final int V4L2_CAP_SDR_OUTPUT = (int) 4194304L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_SDR_OUTPUT = 4194304
     * }
     */
    public static int V4L2_CAP_SDR_OUTPUT() {
        return V4L2_CAP_SDR_OUTPUT;
    }

    private static final int V4L2_CAP_META_CAPTURE = (int) 8388608L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_META_CAPTURE = 8388608
     * }
     */
    public static int V4L2_CAP_META_CAPTURE() {
        return V4L2_CAP_META_CAPTURE;
    }

    private static final int V4L2_CAP_READWRITE = (int) 16777216L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_READWRITE = 16777216
     * }
     */
    public static int V4L2_CAP_READWRITE() {
        return V4L2_CAP_READWRITE;
    }

    private static final int V4L2_CAP_STREAMING = (int) 67108864L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_STREAMING = 67108864
     * }
     */
    public static int V4L2_CAP_STREAMING() {
        return V4L2_CAP_STREAMING;
    }

    private static final int V4L2_CAP_META_OUTPUT = (int) 134217728L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_META_OUTPUT = 134217728
     * }
     */
    public static int V4L2_CAP_META_OUTPUT() {
        return V4L2_CAP_META_OUTPUT;
    }

    private static final int V4L2_CAP_TOUCH = (int) 268435456L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_TOUCH = 268435456
     * }
     */
    public static int V4L2_CAP_TOUCH() {
        return V4L2_CAP_TOUCH;
    }

    private static final int V4L2_CAP_IO_MC = (int) 536870912L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_IO_MC = 536870912
     * }
     */
    public static int V4L2_CAP_IO_MC() {
        return V4L2_CAP_IO_MC;
    }

    private static final int V4L2_CAP_DEVICE_CAPS = (int) -2147483648L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_DEVICE_CAPS = 2147483648
     * }
     */
    public static int V4L2_CAP_DEVICE_CAPS() {
        return V4L2_CAP_DEVICE_CAPS;
    }

    private static final int V4L2_CAP_TIMEPERFRAME = (int) 4096L;

    /**
     * {@snippet lang=c :
     * V4L2_CAP_TIMEPERFRAME = 4096
     * }
     */
    public static int V4L2_CAP_TIMEPERFRAME() {
        return V4L2_CAP_TIMEPERFRAME;
    }

    private static final int V4L2_BUF_FLAG_MAPPED = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_MAPPED = 1
     * }
     */
    public static int V4L2_BUF_FLAG_MAPPED() {
        return V4L2_BUF_FLAG_MAPPED;
    }

    private static final int V4L2_BUF_FLAG_QUEUED = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_QUEUED = 2
     * }
     */
    public static int V4L2_BUF_FLAG_QUEUED() {
        return V4L2_BUF_FLAG_QUEUED;
    }

    private static final int V4L2_BUF_FLAG_DONE = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_DONE = 4
     * }
     */
    public static int V4L2_BUF_FLAG_DONE() {
        return V4L2_BUF_FLAG_DONE;
    }

    private static final int V4L2_BUF_FLAG_KEYFRAME = (int) 8L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_KEYFRAME = 8
     * }
     */
    public static int V4L2_BUF_FLAG_KEYFRAME() {
        return V4L2_BUF_FLAG_KEYFRAME;
    }

    private static final int V4L2_BUF_FLAG_PFRAME = (int) 16L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_PFRAME = 16
     * }
     */
    public static int V4L2_BUF_FLAG_PFRAME() {
        return V4L2_BUF_FLAG_PFRAME;
    }

    private static final int V4L2_BUF_FLAG_BFRAME = (int) 32L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_BFRAME = 32
     * }
     */
    public static int V4L2_BUF_FLAG_BFRAME() {
        return V4L2_BUF_FLAG_BFRAME;
    }

    private static final int V4L2_BUF_FLAG_ERROR = (int) 64L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_ERROR = 64
     * }
     */
    public static int V4L2_BUF_FLAG_ERROR() {
        return V4L2_BUF_FLAG_ERROR;
    }

    private static final int V4L2_BUF_FLAG_IN_REQUEST = (int) 128L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_IN_REQUEST = 128
     * }
     */
    public static int V4L2_BUF_FLAG_IN_REQUEST() {
        return V4L2_BUF_FLAG_IN_REQUEST;
    }

    private static final int V4L2_BUF_FLAG_TIMECODE = (int) 256L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TIMECODE = 256
     * }
     */
    public static int V4L2_BUF_FLAG_TIMECODE() {
        return V4L2_BUF_FLAG_TIMECODE;
    }

    private static final int V4L2_BUF_FLAG_M2M_HOLD_CAPTURE_BUF = (int) 512L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_M2M_HOLD_CAPTURE_BUF = 512
     * }
     */
    public static int V4L2_BUF_FLAG_M2M_HOLD_CAPTURE_BUF() {
        return V4L2_BUF_FLAG_M2M_HOLD_CAPTURE_BUF;
    }

    private static final int V4L2_BUF_FLAG_PREPARED = (int) 1024L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_PREPARED = 1024
     * }
     */
    public static int V4L2_BUF_FLAG_PREPARED() {
        return V4L2_BUF_FLAG_PREPARED;
    }

    private static final int V4L2_BUF_FLAG_NO_CACHE_INVALIDATE = (int) 2048L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_NO_CACHE_INVALIDATE = 2048
     * }
     */
    public static int V4L2_BUF_FLAG_NO_CACHE_INVALIDATE() {
        return V4L2_BUF_FLAG_NO_CACHE_INVALIDATE;
    }

    private static final int V4L2_BUF_FLAG_NO_CACHE_CLEAN = (int) 4096L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_NO_CACHE_CLEAN = 4096
     * }
     */
    public static int V4L2_BUF_FLAG_NO_CACHE_CLEAN() {
        return V4L2_BUF_FLAG_NO_CACHE_CLEAN;
    }

    private static final int V4L2_BUF_FLAG_TIMESTAMP_MASK = (int) 57344L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TIMESTAMP_MASK = 57344
     * }
     */
    public static int V4L2_BUF_FLAG_TIMESTAMP_MASK() {
        return V4L2_BUF_FLAG_TIMESTAMP_MASK;
    }

    private static final int V4L2_BUF_FLAG_TIMESTAMP_UNKNOWN = (int) 0L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TIMESTAMP_UNKNOWN = 0
     * }
     */
    public static int V4L2_BUF_FLAG_TIMESTAMP_UNKNOWN() {
        return V4L2_BUF_FLAG_TIMESTAMP_UNKNOWN;
    }

    private static final int V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC = (int) 8192L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC = 8192
     * }
     */
    public static int V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC() {
        return V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
    }

    private static final int V4L2_BUF_FLAG_TIMESTAMP_COPY = (int) 16384L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TIMESTAMP_COPY = 16384
     * }
     */
    public static int V4L2_BUF_FLAG_TIMESTAMP_COPY() {
        return V4L2_BUF_FLAG_TIMESTAMP_COPY;
    }

    private static final int V4L2_BUF_FLAG_TSTAMP_SRC_MASK = (int) 458752L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TSTAMP_SRC_MASK = 458752
     * }
     */
    public static int V4L2_BUF_FLAG_TSTAMP_SRC_MASK() {
        return V4L2_BUF_FLAG_TSTAMP_SRC_MASK;
    }

    private static final int V4L2_BUF_FLAG_TSTAMP_SRC_EOF = (int) 0L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TSTAMP_SRC_EOF = 0
     * }
     */
    public static int V4L2_BUF_FLAG_TSTAMP_SRC_EOF() {
        return V4L2_BUF_FLAG_TSTAMP_SRC_EOF;
    }

    private static final int V4L2_BUF_FLAG_TSTAMP_SRC_SOE = (int) 65536L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_TSTAMP_SRC_SOE = 65536
     * }
     */
    public static int V4L2_BUF_FLAG_TSTAMP_SRC_SOE() {
        return V4L2_BUF_FLAG_TSTAMP_SRC_SOE;
    }

    private static final int V4L2_BUF_FLAG_LAST = (int) 1048576L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_LAST = 1048576
     * }
     */
    public static int V4L2_BUF_FLAG_LAST() {
        return V4L2_BUF_FLAG_LAST;
    }

    private static final int V4L2_BUF_FLAG_REQUEST_FD = (int) 8388608L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_FLAG_REQUEST_FD = 8388608
     * }
     */
    public static int V4L2_BUF_FLAG_REQUEST_FD() {
        return V4L2_BUF_FLAG_REQUEST_FD;
    }

    private static final int V4L2_EVENT_ALL = (int) 0L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_ALL = 0
     * }
     */
    public static int V4L2_EVENT_ALL() {
        return V4L2_EVENT_ALL;
    }

    private static final int V4L2_EVENT_VSYNC = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_VSYNC = 1
     * }
     */
    public static int V4L2_EVENT_VSYNC() {
        return V4L2_EVENT_VSYNC;
    }

    private static final int V4L2_EVENT_EOS = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_EOS = 2
     * }
     */
    public static int V4L2_EVENT_EOS() {
        return V4L2_EVENT_EOS;
    }

    private static final int V4L2_EVENT_CTRL = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_CTRL = 3
     * }
     */
    public static int V4L2_EVENT_CTRL() {
        return V4L2_EVENT_CTRL;
    }

    private static final int V4L2_EVENT_FRAME_SYNC = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_FRAME_SYNC = 4
     * }
     */
    public static int V4L2_EVENT_FRAME_SYNC() {
        return V4L2_EVENT_FRAME_SYNC;
    }

    private static final int V4L2_EVENT_SOURCE_CHANGE = (int) 5L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_SOURCE_CHANGE = 5
     * }
     */
    public static int V4L2_EVENT_SOURCE_CHANGE() {
        return V4L2_EVENT_SOURCE_CHANGE;
    }

    private static final int V4L2_EVENT_MOTION_DET = (int) 6L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_MOTION_DET = 6
     * }
     */
    public static int V4L2_EVENT_MOTION_DET() {
        return V4L2_EVENT_MOTION_DET;
    }

    private static final int V4L2_EVENT_PRIVATE_START = (int) 134217728L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_PRIVATE_START = 134217728
     * }
     */
    public static int V4L2_EVENT_PRIVATE_START() {
        return V4L2_EVENT_PRIVATE_START;
    }

    private static final int V4L2_EVENT_CTRL_CH_VALUE = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_CTRL_CH_VALUE = 1
     * }
     */
    public static int V4L2_EVENT_CTRL_CH_VALUE() {
        return V4L2_EVENT_CTRL_CH_VALUE;
    }

    private static final int V4L2_EVENT_CTRL_CH_FLAGS = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_CTRL_CH_FLAGS = 2
     * }
     */
    public static int V4L2_EVENT_CTRL_CH_FLAGS() {
        return V4L2_EVENT_CTRL_CH_FLAGS;
    }

    private static final int V4L2_EVENT_CTRL_CH_RANGE = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_CTRL_CH_RANGE = 4
     * }
     */
    public static int V4L2_EVENT_CTRL_CH_RANGE() {
        return V4L2_EVENT_CTRL_CH_RANGE;
    }

    private static final int V4L2_EVENT_CTRL_CH_DIMENSIONS = (int) 8L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_CTRL_CH_DIMENSIONS = 8
     * }
     */
    public static int V4L2_EVENT_CTRL_CH_DIMENSIONS() {
        return V4L2_EVENT_CTRL_CH_DIMENSIONS;
    }

    private static final int V4L2_EVENT_SRC_CH_RESOLUTION = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_SRC_CH_RESOLUTION = 1
     * }
     */
    public static int V4L2_EVENT_SRC_CH_RESOLUTION() {
        return V4L2_EVENT_SRC_CH_RESOLUTION;
    }

    private static final int V4L2_EVENT_MD_FL_HAVE_FRAME_SEQ = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_MD_FL_HAVE_FRAME_SEQ = 1
     * }
     */
    public static int V4L2_EVENT_MD_FL_HAVE_FRAME_SEQ() {
        return V4L2_EVENT_MD_FL_HAVE_FRAME_SEQ;
    }

    private static final int V4L2_EVENT_SUB_FL_SEND_INITIAL = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_SUB_FL_SEND_INITIAL = 1
     * }
     */
    public static int V4L2_EVENT_SUB_FL_SEND_INITIAL() {
        return V4L2_EVENT_SUB_FL_SEND_INITIAL;
    }

    private static final int V4L2_EVENT_SUB_FL_ALLOW_FEEDBACK = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_EVENT_SUB_FL_ALLOW_FEEDBACK = 2
     * }
     */
    public static int V4L2_EVENT_SUB_FL_ALLOW_FEEDBACK() {
        return V4L2_EVENT_SUB_FL_ALLOW_FEEDBACK;
    }

    private static final int V4L2_CTRL_FLAG_DISABLED = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_DISABLED = 1
     * }
     */
    public static int V4L2_CTRL_FLAG_DISABLED() {
        return V4L2_CTRL_FLAG_DISABLED;
    }

    private static final int V4L2_CTRL_FLAG_GRABBED = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_GRABBED = 2
     * }
     */
    public static int V4L2_CTRL_FLAG_GRABBED() {
        return V4L2_CTRL_FLAG_GRABBED;
    }

    private static final int V4L2_CTRL_FLAG_READ_ONLY = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_READ_ONLY = 4
     * }
     */
    public static int V4L2_CTRL_FLAG_READ_ONLY() {
        return V4L2_CTRL_FLAG_READ_ONLY;
    }

    private static final int V4L2_CTRL_FLAG_UPDATE = (int) 8L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_UPDATE = 8
     * }
     */
    public static int V4L2_CTRL_FLAG_UPDATE() {
        return V4L2_CTRL_FLAG_UPDATE;
    }

    private static final int V4L2_CTRL_FLAG_INACTIVE = (int) 16L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_INACTIVE = 16
     * }
     */
    public static int V4L2_CTRL_FLAG_INACTIVE() {
        return V4L2_CTRL_FLAG_INACTIVE;
    }

    private static final int V4L2_CTRL_FLAG_SLIDER = (int) 32L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_SLIDER = 32
     * }
     */
    public static int V4L2_CTRL_FLAG_SLIDER() {
        return V4L2_CTRL_FLAG_SLIDER;
    }

    private static final int V4L2_CTRL_FLAG_WRITE_ONLY = (int) 64L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_WRITE_ONLY = 64
     * }
     */
    public static int V4L2_CTRL_FLAG_WRITE_ONLY() {
        return V4L2_CTRL_FLAG_WRITE_ONLY;
    }

    private static final int V4L2_CTRL_FLAG_VOLATILE = (int) 128L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_VOLATILE = 128
     * }
     */
    public static int V4L2_CTRL_FLAG_VOLATILE() {
        return V4L2_CTRL_FLAG_VOLATILE;
    }

    private static final int V4L2_CTRL_FLAG_HAS_PAYLOAD = (int) 256L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_HAS_PAYLOAD = 256
     * }
     */
    public static int V4L2_CTRL_FLAG_HAS_PAYLOAD() {
        return V4L2_CTRL_FLAG_HAS_PAYLOAD;
    }

    private static final int V4L2_CTRL_FLAG_EXECUTE_ON_WRITE = (int) 512L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_EXECUTE_ON_WRITE = 512
     * }
     */
    public static int V4L2_CTRL_FLAG_EXECUTE_ON_WRITE() {
        return V4L2_CTRL_FLAG_EXECUTE_ON_WRITE;
    }

    private static final int V4L2_CTRL_FLAG_MODIFY_LAYOUT = (int) 1024L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_MODIFY_LAYOUT = 1024
     * }
     */
    public static int V4L2_CTRL_FLAG_MODIFY_LAYOUT() {
        return V4L2_CTRL_FLAG_MODIFY_LAYOUT;
    }

    private static final int V4L2_CTRL_FLAG_DYNAMIC_ARRAY = (int) 2048L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_DYNAMIC_ARRAY = 2048
     * }
     */
    public static int V4L2_CTRL_FLAG_DYNAMIC_ARRAY() {
        return V4L2_CTRL_FLAG_DYNAMIC_ARRAY;
    }

    private static final int V4L2_CTRL_FLAG_NEXT_CTRL = (int) -2147483648L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_NEXT_CTRL = 2147483648
     * }
     */
    public static int V4L2_CTRL_FLAG_NEXT_CTRL() {
        return V4L2_CTRL_FLAG_NEXT_CTRL;
    }

    private static final int V4L2_CTRL_FLAG_NEXT_COMPOUND = (int) 1073741824L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_FLAG_NEXT_COMPOUND = 1073741824
     * }
     */
    public static int V4L2_CTRL_FLAG_NEXT_COMPOUND() {
        return V4L2_CTRL_FLAG_NEXT_COMPOUND;
    }

    private static final int V4L2_BUF_TYPE_VIDEO_CAPTURE = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VIDEO_CAPTURE = 1
     * }
     */
    public static int V4L2_BUF_TYPE_VIDEO_CAPTURE() {
        return V4L2_BUF_TYPE_VIDEO_CAPTURE;
    }

    private static final int V4L2_BUF_TYPE_VIDEO_OUTPUT = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VIDEO_OUTPUT = 2
     * }
     */
    public static int V4L2_BUF_TYPE_VIDEO_OUTPUT() {
        return V4L2_BUF_TYPE_VIDEO_OUTPUT;
    }

    private static final int V4L2_BUF_TYPE_VIDEO_OVERLAY = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VIDEO_OVERLAY = 3
     * }
     */
    public static int V4L2_BUF_TYPE_VIDEO_OVERLAY() {
        return V4L2_BUF_TYPE_VIDEO_OVERLAY;
    }

    private static final int V4L2_BUF_TYPE_VBI_CAPTURE = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VBI_CAPTURE = 4
     * }
     */
    public static int V4L2_BUF_TYPE_VBI_CAPTURE() {
        return V4L2_BUF_TYPE_VBI_CAPTURE;
    }

    private static final int V4L2_BUF_TYPE_VBI_OUTPUT = (int) 5L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VBI_OUTPUT = 5
     * }
     */
    public static int V4L2_BUF_TYPE_VBI_OUTPUT() {
        return V4L2_BUF_TYPE_VBI_OUTPUT;
    }

    private static final int V4L2_BUF_TYPE_SLICED_VBI_CAPTURE = (int) 6L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_SLICED_VBI_CAPTURE = 6
     * }
     */
    public static int V4L2_BUF_TYPE_SLICED_VBI_CAPTURE() {
        return V4L2_BUF_TYPE_SLICED_VBI_CAPTURE;
    }

    private static final int V4L2_BUF_TYPE_SLICED_VBI_OUTPUT = (int) 7L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_SLICED_VBI_OUTPUT = 7
     * }
     */
    public static int V4L2_BUF_TYPE_SLICED_VBI_OUTPUT() {
        return V4L2_BUF_TYPE_SLICED_VBI_OUTPUT;
    }

    private static final int V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY = (int) 8L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY = 8
     * }
     */
    public static int V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY() {
        return V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY;
    }

    private static final int V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE = (int) 9L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE = 9
     * }
     */
    public static int V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE() {
        return V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE;
    }

    private static final int V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE = (int) 10L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE = 10
     * }
     */
    public static int V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE() {
        return V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE;
    }

    private static final int V4L2_BUF_TYPE_SDR_CAPTURE = (int) 11L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_SDR_CAPTURE = 11
     * }
     */
    public static int V4L2_BUF_TYPE_SDR_CAPTURE() {
        return V4L2_BUF_TYPE_SDR_CAPTURE;
    }

    private static final int V4L2_BUF_TYPE_SDR_OUTPUT = (int) 12L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_SDR_OUTPUT = 12
     * }
     */
    public static int V4L2_BUF_TYPE_SDR_OUTPUT() {
        return V4L2_BUF_TYPE_SDR_OUTPUT;
    }

    private static final int V4L2_BUF_TYPE_META_CAPTURE = (int) 13L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_META_CAPTURE = 13
     * }
     */
    public static int V4L2_BUF_TYPE_META_CAPTURE() {
        return V4L2_BUF_TYPE_META_CAPTURE;
    }

    private static final int V4L2_BUF_TYPE_META_OUTPUT = (int) 14L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_TYPE_META_OUTPUT = 14
     * }
     */
    public static int V4L2_BUF_TYPE_META_OUTPUT() {
        return V4L2_BUF_TYPE_META_OUTPUT;
    }

    private static final int V4L2_MEMORY_MMAP = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_MEMORY_MMAP = 1
     * }
     */
    public static int V4L2_MEMORY_MMAP() {
        return V4L2_MEMORY_MMAP;
    }

    private static final int V4L2_MEMORY_USERPTR = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_MEMORY_USERPTR = 2
     * }
     */
    public static int V4L2_MEMORY_USERPTR() {
        return V4L2_MEMORY_USERPTR;
    }

    private static final int V4L2_MEMORY_OVERLAY = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_MEMORY_OVERLAY = 3
     * }
     */
    public static int V4L2_MEMORY_OVERLAY() {
        return V4L2_MEMORY_OVERLAY;
    }

    private static final int V4L2_MEMORY_DMABUF = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_MEMORY_DMABUF = 4
     * }
     */
    public static int V4L2_MEMORY_DMABUF() {
        return V4L2_MEMORY_DMABUF;
    }

    private static final int V4L2_FIELD_ANY = (int) 0L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_ANY = 0
     * }
     */
    public static int V4L2_FIELD_ANY() {
        return V4L2_FIELD_ANY;
    }

    private static final int V4L2_FIELD_NONE = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_NONE = 1
     * }
     */
    public static int V4L2_FIELD_NONE() {
        return V4L2_FIELD_NONE;
    }

    private static final int V4L2_FIELD_TOP = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_TOP = 2
     * }
     */
    public static int V4L2_FIELD_TOP() {
        return V4L2_FIELD_TOP;
    }

    private static final int V4L2_FIELD_BOTTOM = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_BOTTOM = 3
     * }
     */
    public static int V4L2_FIELD_BOTTOM() {
        return V4L2_FIELD_BOTTOM;
    }

    private static final int V4L2_FIELD_INTERLACED = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_INTERLACED = 4
     * }
     */
    public static int V4L2_FIELD_INTERLACED() {
        return V4L2_FIELD_INTERLACED;
    }

    private static final int V4L2_FIELD_SEQ_TB = (int) 5L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_SEQ_TB = 5
     * }
     */
    public static int V4L2_FIELD_SEQ_TB() {
        return V4L2_FIELD_SEQ_TB;
    }

    private static final int V4L2_FIELD_SEQ_BT = (int) 6L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_SEQ_BT = 6
     * }
     */
    public static int V4L2_FIELD_SEQ_BT() {
        return V4L2_FIELD_SEQ_BT;
    }

    private static final int V4L2_FIELD_ALTERNATE = (int) 7L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_ALTERNATE = 7
     * }
     */
    public static int V4L2_FIELD_ALTERNATE() {
        return V4L2_FIELD_ALTERNATE;
    }

    private static final int V4L2_FIELD_INTERLACED_TB = (int) 8L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_INTERLACED_TB = 8
     * }
     */
    public static int V4L2_FIELD_INTERLACED_TB() {
        return V4L2_FIELD_INTERLACED_TB;
    }

    private static final int V4L2_FIELD_INTERLACED_BT = (int) 9L;

    /**
     * {@snippet lang=c :
     * V4L2_FIELD_INTERLACED_BT = 9
     * }
     */
    public static int V4L2_FIELD_INTERLACED_BT() {
        return V4L2_FIELD_INTERLACED_BT;
    }

    private static final int V4L2_FRMSIZE_TYPE_DISCRETE = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_FRMSIZE_TYPE_DISCRETE = 1
     * }
     */
    public static int V4L2_FRMSIZE_TYPE_DISCRETE() {
        return V4L2_FRMSIZE_TYPE_DISCRETE;
    }

    private static final int V4L2_FRMSIZE_TYPE_CONTINUOUS = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_FRMSIZE_TYPE_CONTINUOUS = 2
     * }
     */
    public static int V4L2_FRMSIZE_TYPE_CONTINUOUS() {
        return V4L2_FRMSIZE_TYPE_CONTINUOUS;
    }

    private static final int V4L2_FRMSIZE_TYPE_STEPWISE = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_FRMSIZE_TYPE_STEPWISE = 3
     * }
     */
    public static int V4L2_FRMSIZE_TYPE_STEPWISE() {
        return V4L2_FRMSIZE_TYPE_STEPWISE;
    }

    private static final int V4L2_FRMIVAL_TYPE_DISCRETE = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_FRMIVAL_TYPE_DISCRETE = 1
     * }
     */
    public static int V4L2_FRMIVAL_TYPE_DISCRETE() {
        return V4L2_FRMIVAL_TYPE_DISCRETE;
    }

    private static final int V4L2_FRMIVAL_TYPE_CONTINUOUS = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_FRMIVAL_TYPE_CONTINUOUS = 2
     * }
     */
    public static int V4L2_FRMIVAL_TYPE_CONTINUOUS() {
        return V4L2_FRMIVAL_TYPE_CONTINUOUS;
    }

    private static final int V4L2_FRMIVAL_TYPE_STEPWISE = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_FRMIVAL_TYPE_STEPWISE = 3
     * }
     */
    public static int V4L2_FRMIVAL_TYPE_STEPWISE() {
        return V4L2_FRMIVAL_TYPE_STEPWISE;
    }

    private static final int V4L2_FMT_FLAG_COMPRESSED = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_FMT_FLAG_COMPRESSED = 1
     * }
     */
    public static int V4L2_FMT_FLAG_COMPRESSED() {
        return V4L2_FMT_FLAG_COMPRESSED;
    }

    private static final int V4L2_FMT_FLAG_EMULATED = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_FMT_FLAG_EMULATED = 2
     * }
     */
    public static int V4L2_FMT_FLAG_EMULATED() {
        return V4L2_FMT_FLAG_EMULATED;
    }

    private static final int V4L2_BUF_CAP_SUPPORTS_MMAP = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_CAP_SUPPORTS_MMAP = 1
     * }
     */
    public static int V4L2_BUF_CAP_SUPPORTS_MMAP() {
        return V4L2_BUF_CAP_SUPPORTS_MMAP;
    }

    private static final int V4L2_BUF_CAP_SUPPORTS_USERPTR = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_CAP_SUPPORTS_USERPTR = 2
     * }
     */
    public static int V4L2_BUF_CAP_SUPPORTS_USERPTR() {
        return V4L2_BUF_CAP_SUPPORTS_USERPTR;
    }

    private static final int V4L2_BUF_CAP_SUPPORTS_DMABUF = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_CAP_SUPPORTS_DMABUF = 4
     * }
     */
    public static int V4L2_BUF_CAP_SUPPORTS_DMABUF() {
        return V4L2_BUF_CAP_SUPPORTS_DMABUF;
    }

    private static final int V4L2_BUF_CAP_SUPPORTS_ORPHANED_BUFS = (int) 16L;

    /**
     * {@snippet lang=c :
     * V4L2_BUF_CAP_SUPPORTS_ORPHANED_BUFS = 16
     * }
     */
    public static int V4L2_BUF_CAP_SUPPORTS_ORPHANED_BUFS() {
        return V4L2_BUF_CAP_SUPPORTS_ORPHANED_BUFS;
    }

    private static final int V4L2_CTRL_TYPE_INTEGER = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_INTEGER = 1
     * }
     */
    public static int V4L2_CTRL_TYPE_INTEGER() {
        return V4L2_CTRL_TYPE_INTEGER;
    }

    private static final int V4L2_CTRL_TYPE_BOOLEAN = (int) 2L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_BOOLEAN = 2
     * }
     */
    public static int V4L2_CTRL_TYPE_BOOLEAN() {
        return V4L2_CTRL_TYPE_BOOLEAN;
    }

    private static final int V4L2_CTRL_TYPE_MENU = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_MENU = 3
     * }
     */
    public static int V4L2_CTRL_TYPE_MENU() {
        return V4L2_CTRL_TYPE_MENU;
    }

    private static final int V4L2_CTRL_TYPE_BUTTON = (int) 4L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_BUTTON = 4
     * }
     */
    public static int V4L2_CTRL_TYPE_BUTTON() {
        return V4L2_CTRL_TYPE_BUTTON;
    }

    private static final int V4L2_CTRL_TYPE_INTEGER64 = (int) 5L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_INTEGER64 = 5
     * }
     */
    public static int V4L2_CTRL_TYPE_INTEGER64() {
        return V4L2_CTRL_TYPE_INTEGER64;
    }

    private static final int V4L2_CTRL_TYPE_CTRL_CLASS = (int) 6L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_CTRL_CLASS = 6
     * }
     */
    public static int V4L2_CTRL_TYPE_CTRL_CLASS() {
        return V4L2_CTRL_TYPE_CTRL_CLASS;
    }

    private static final int V4L2_CTRL_TYPE_STRING = (int) 7L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_STRING = 7
     * }
     */
    public static int V4L2_CTRL_TYPE_STRING() {
        return V4L2_CTRL_TYPE_STRING;
    }

    private static final int V4L2_CTRL_TYPE_BITMASK = (int) 8L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_BITMASK = 8
     * }
     */
    public static int V4L2_CTRL_TYPE_BITMASK() {
        return V4L2_CTRL_TYPE_BITMASK;
    }

    private static final int V4L2_CTRL_TYPE_INTEGER_MENU = (int) 9L;

    /**
     * {@snippet lang=c :
     * V4L2_CTRL_TYPE_INTEGER_MENU = 9
     * }
     */
    public static int V4L2_CTRL_TYPE_INTEGER_MENU() {
        return V4L2_CTRL_TYPE_INTEGER_MENU;
    }

    private static final int V4L2_COLORSPACE_DEFAULT = (int) 0L;

    /**
     * {@snippet lang=c :
     * V4L2_COLORSPACE_DEFAULT = 0
     * }
     */
    public static int V4L2_COLORSPACE_DEFAULT() {
        return V4L2_COLORSPACE_DEFAULT;
    }

    private static final int V4L2_COLORSPACE_SMPTE170M = (int) 1L;

    /**
     * {@snippet lang=c :
     * V4L2_COLORSPACE_SMPTE170M = 1
     * }
     */
    public static int V4L2_COLORSPACE_SMPTE170M() {
        return V4L2_COLORSPACE_SMPTE170M;
    }

    private static final int V4L2_COLORSPACE_REC709 = (int) 3L;

    /**
     * {@snippet lang=c :
     * V4L2_COLORSPACE_REC709 = 3
     * }
     */
    public static int V4L2_COLORSPACE_REC709() {
        return V4L2_COLORSPACE_REC709;
    }

    private static final int V4L2_COLORSPACE_JPEG = (int) 7L;

    /**
     * {@snippet lang=c :
     * V4L2_COLORSPACE_JPEG = 7
     * }
     */
    public static int V4L2_COLORSPACE_JPEG() {
        return V4L2_COLORSPACE_JPEG;
    }

    private static final int V4L2_COLORSPACE_SRGB = (int) 8L;

    /**
     * {@snippet lang=c :
     * V4L2_COLORSPACE_SRGB = 8
     * }
     */
    public static int V4L2_COLORSPACE_SRGB() {
        return V4L2_COLORSPACE_SRGB;
    }

    private static final int V4L2_PIX_FMT_YUYV = (int) 1448695129L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_YUYV = 1448695129
     * }
     */
    public static int V4L2_PIX_FMT_YUYV() {
        return V4L2_PIX_FMT_YUYV;
    }

    private static final int V4L2_PIX_FMT_YVYU = (int) 1431918169L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_YVYU = 1431918169
     * }
     */
    public static int V4L2_PIX_FMT_YVYU() {
        return V4L2_PIX_FMT_YVYU;
    }

    private static final int V4L2_PIX_FMT_UYVY = (int) 1498831189L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_UYVY = 1498831189
     * }
     */
    public static int V4L2_PIX_FMT_UYVY() {
        return V4L2_PIX_FMT_UYVY;
    }

    private static final int V4L2_PIX_FMT_VYUY = (int) 1498765654L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_VYUY = 1498765654
     * }
     */
    public static int V4L2_PIX_FMT_VYUY() {
        return V4L2_PIX_FMT_VYUY;
    }

    private static final int V4L2_PIX_FMT_NV12 = (int) 842094158L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_NV12 = 842094158
     * }
     */
    public static int V4L2_PIX_FMT_NV12() {
        return V4L2_PIX_FMT_NV12;
    }

    private static final int V4L2_PIX_FMT_NV21 = (int) 825382478L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_NV21 = 825382478
     * }
     */
    public static int V4L2_PIX_FMT_NV21() {
        return V4L2_PIX_FMT_NV21;
    }

    private static final int V4L2_PIX_FMT_NV16 = (int) 909203022L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_NV16 = 909203022
     * }
     */
    public static int V4L2_PIX_FMT_NV16() {
        return V4L2_PIX_FMT_NV16;
    }

    private static final int V4L2_PIX_FMT_NV61 = (int) 825644622L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_NV61 = 825644622
     * }
     */
    public static int V4L2_PIX_FMT_NV61() {
        return V4L2_PIX_FMT_NV61;
    }

    private static final int V4L2_PIX_FMT_NV24 = (int) 875714126L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_NV24 = 875714126
     * }
     */
    public static int V4L2_PIX_FMT_NV24() {
        return V4L2_PIX_FMT_NV24;
    }

    private static final int V4L2_PIX_FMT_YUV420 = (int) 842093913L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_YUV420 = 842093913
     * }
     */
    public static int V4L2_PIX_FMT_YUV420() {
        return V4L2_PIX_FMT_YUV420;
    }

    private static final int V4L2_PIX_FMT_YVU420 = (int) 842094169L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_YVU420 = 842094169
     * }
     */
    public static int V4L2_PIX_FMT_YVU420() {
        return V4L2_PIX_FMT_YVU420;
    }

    private static final int V4L2_PIX_FMT_YUV422P = (int) 1345466932L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_YUV422P = 1345466932
     * }
     */
    public static int V4L2_PIX_FMT_YUV422P() {
        return V4L2_PIX_FMT_YUV422P;
    }

    private static final int V4L2_PIX_FMT_YUV411P = (int) 1345401140L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_YUV411P = 1345401140
     * }
     */
    public static int V4L2_PIX_FMT_YUV411P() {
        return V4L2_PIX_FMT_YUV411P;
    }

    private static final int V4L2_PIX_FMT_RGB24 = (int) 859981650L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_RGB24 = 859981650
     * }
     */
    public static int V4L2_PIX_FMT_RGB24() {
        return V4L2_PIX_FMT_RGB24;
    }

    private static final int V4L2_PIX_FMT_BGR24 = (int) 861030210L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_BGR24 = 861030210
     * }
     */
    public static int V4L2_PIX_FMT_BGR24() {
        return V4L2_PIX_FMT_BGR24;
    }

    private static final int V4L2_PIX_FMT_RGB565 = (int) 1346520914L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_RGB565 = 1346520914
     * }
     */
    public static int V4L2_PIX_FMT_RGB565() {
        return V4L2_PIX_FMT_RGB565;
    }

    private static final int V4L2_PIX_FMT_RGB555 = (int) 1329743698L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_RGB555 = 1329743698
     * }
     */
    public static int V4L2_PIX_FMT_RGB555() {
        return V4L2_PIX_FMT_RGB555;
    }

    private static final int V4L2_PIX_FMT_XRGB32 = (int) 875714626L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_XRGB32 = 875714626
     * }
     */
    public static int V4L2_PIX_FMT_XRGB32() {
        return V4L2_PIX_FMT_XRGB32;
    }

    private static final int V4L2_PIX_FMT_XBGR32 = (int) 875713112L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_XBGR32 = 875713112
     * }
     */
    public static int V4L2_PIX_FMT_XBGR32() {
        return V4L2_PIX_FMT_XBGR32;
    }

    private static final int V4L2_PIX_FMT_ARGB32 = (int) 875708738L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_ARGB32 = 875708738
     * }
     */
    public static int V4L2_PIX_FMT_ARGB32() {
        return V4L2_PIX_FMT_ARGB32;
    }

    private static final int V4L2_PIX_FMT_ABGR32 = (int) 875713089L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_ABGR32 = 875713089
     * }
     */
    public static int V4L2_PIX_FMT_ABGR32() {
        return V4L2_PIX_FMT_ABGR32;
    }

    private static final int V4L2_PIX_FMT_RGB32 = (int) 876758866L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_RGB32 = 876758866
     * }
     */
    public static int V4L2_PIX_FMT_RGB32() {
        return V4L2_PIX_FMT_RGB32;
    }

    private static final int V4L2_PIX_FMT_BGR32 = (int) 877807426L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_BGR32 = 877807426
     * }
     */
    public static int V4L2_PIX_FMT_BGR32() {
        return V4L2_PIX_FMT_BGR32;
    }

    private static final int V4L2_PIX_FMT_RGBX32 = (int) 875709016L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_RGBX32 = 875709016
     * }
     */
    public static int V4L2_PIX_FMT_RGBX32() {
        return V4L2_PIX_FMT_RGBX32;
    }

    private static final int V4L2_PIX_FMT_BGRX32 = (int) 875714642L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_BGRX32 = 875714642
     * }
     */
    public static int V4L2_PIX_FMT_BGRX32() {
        return V4L2_PIX_FMT_BGRX32;
    }

    private static final int V4L2_PIX_FMT_GREY = (int) 1497715271L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_GREY = 1497715271
     * }
     */
    public static int V4L2_PIX_FMT_GREY() {
        return V4L2_PIX_FMT_GREY;
    }

    private static final int V4L2_PIX_FMT_Y16 = (int) 540422489L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_Y16 = 540422489
     * }
     */
    public static int V4L2_PIX_FMT_Y16() {
        return V4L2_PIX_FMT_Y16;
    }

    private static final int V4L2_PIX_FMT_Z16 = (int) 540422490L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_Z16 = 540422490
     * }
     */
    public static int V4L2_PIX_FMT_Z16() {
        return V4L2_PIX_FMT_Z16;
    }

    private static final int V4L2_PIX_FMT_MJPEG = (int) 1196444237L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_MJPEG = 1196444237
     * }
     */
    public static int V4L2_PIX_FMT_MJPEG() {
        return V4L2_PIX_FMT_MJPEG;
    }

    private static final int V4L2_PIX_FMT_JPEG = (int) 1195724874L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_JPEG = 1195724874
     * }
     */
    public static int V4L2_PIX_FMT_JPEG() {
        return V4L2_PIX_FMT_JPEG;
    }

    private static final int V4L2_PIX_FMT_H264 = (int) 875967048L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_H264 = 875967048
     * }
     */
    public static int V4L2_PIX_FMT_H264() {
        return V4L2_PIX_FMT_H264;
    }

    private static final int V4L2_PIX_FMT_HEVC = (int) 1129727304L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_HEVC = 1129727304
     * }
     */
    public static int V4L2_PIX_FMT_HEVC() {
        return V4L2_PIX_FMT_HEVC;
    }

    private static final int V4L2_PIX_FMT_VP8 = (int) 808996950L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_VP8 = 808996950
     * }
     */
    public static int V4L2_PIX_FMT_VP8() {
        return V4L2_PIX_FMT_VP8;
    }

    private static final int V4L2_PIX_FMT_VP9 = (int) 809062486L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_VP9 = 809062486
     * }
     */
    public static int V4L2_PIX_FMT_VP9() {
        return V4L2_PIX_FMT_VP9;
    }

    private static final int V4L2_PIX_FMT_SBGGR8 = (int) 825770306L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_SBGGR8 = 825770306
     * }
     */
    public static int V4L2_PIX_FMT_SBGGR8() {
        return V4L2_PIX_FMT_SBGGR8;
    }

    private static final int V4L2_PIX_FMT_SGBRG8 = (int) 1196573255L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_SGBRG8 = 1196573255
     * }
     */
    public static int V4L2_PIX_FMT_SGBRG8() {
        return V4L2_PIX_FMT_SGBRG8;
    }

    private static final int V4L2_PIX_FMT_SGRBG8 = (int) 1195528775L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_SGRBG8 = 1195528775
     * }
     */
    public static int V4L2_PIX_FMT_SGRBG8() {
        return V4L2_PIX_FMT_SGRBG8;
    }

    private static final int V4L2_PIX_FMT_SRGGB8 = (int) 1111967570L;

    /**
     * {@snippet lang=c :
     * V4L2_PIX_FMT_SRGGB8 = 1111967570
     * }
     */
    public static int V4L2_PIX_FMT_SRGGB8() {
        return V4L2_PIX_FMT_SRGGB8;
    }

    private static final int V4L2_CID_BASE = (int) 9963776L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_BASE = 9963776
     * }
     */
    public static int V4L2_CID_BASE() {
        return V4L2_CID_BASE;
    }

    private static final int V4L2_CID_USER_BASE = (int) 9963776L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_USER_BASE = 9963776
     * }
     */
    public static int V4L2_CID_USER_BASE() {
        return V4L2_CID_USER_BASE;
    }

    private static final int V4L2_CID_BRIGHTNESS = (int) 9963776L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_BRIGHTNESS = 9963776
     * }
     */
    public static int V4L2_CID_BRIGHTNESS() {
        return V4L2_CID_BRIGHTNESS;
    }

    private static final int V4L2_CID_CONTRAST = (int) 9963777L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_CONTRAST = 9963777
     * }
     */
    public static int V4L2_CID_CONTRAST() {
        return V4L2_CID_CONTRAST;
    }

    private static final int V4L2_CID_SATURATION = (int) 9963778L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_SATURATION = 9963778
     * }
     */
    public static int V4L2_CID_SATURATION() {
        return V4L2_CID_SATURATION;
    }

    private static final int V4L2_CID_HUE = (int) 9963779L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_HUE = 9963779
     * }
     */
    public static int V4L2_CID_HUE() {
        return V4L2_CID_HUE;
    }

    private static final int V4L2_CID_AUTO_WHITE_BALANCE = (int) 9963788L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_AUTO_WHITE_BALANCE = 9963788
     * }
     */
    public static int V4L2_CID_AUTO_WHITE_BALANCE() {
        return V4L2_CID_AUTO_WHITE_BALANCE;
    }

    private static final int V4L2_CID_GAMMA = (int) 9963792L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_GAMMA = 9963792
     * }
     */
    public static int V4L2_CID_GAMMA() {
        return V4L2_CID_GAMMA;
    }

    private static final int V4L2_CID_GAIN = (int) 9963795L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_GAIN = 9963795
     * }
     */
    public static int V4L2_CID_GAIN() {
        return V4L2_CID_GAIN;
    }

    private static final int V4L2_CID_POWER_LINE_FREQUENCY = (int) 9963800L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_POWER_LINE_FREQUENCY = 9963800
     * }
     */
    public static int V4L2_CID_POWER_LINE_FREQUENCY() {
        return V4L2_CID_POWER_LINE_FREQUENCY;
    }

    private static final int V4L2_CID_WHITE_BALANCE_TEMPERATURE = (int) 9963802L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_WHITE_BALANCE_TEMPERATURE = 9963802
     * }
     */
    public static int V4L2_CID_WHITE_BALANCE_TEMPERATURE() {
        return V4L2_CID_WHITE_BALANCE_TEMPERATURE;
    }

    private static final int V4L2_CID_SHARPNESS = (int) 9963803L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_SHARPNESS = 9963803
     * }
     */
    public static int V4L2_CID_SHARPNESS() {
        return V4L2_CID_SHARPNESS;
    }

    private static final int V4L2_CID_BACKLIGHT_COMPENSATION = (int) 9963804L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_BACKLIGHT_COMPENSATION = 9963804
     * }
     */
    public static int V4L2_CID_BACKLIGHT_COMPENSATION() {
        return V4L2_CID_BACKLIGHT_COMPENSATION;
    }

    private static final int V4L2_CID_CAMERA_CLASS_BASE = (int) 10094848L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_CAMERA_CLASS_BASE = 10094848
     * }
     */
    public static int V4L2_CID_CAMERA_CLASS_BASE() {
        return V4L2_CID_CAMERA_CLASS_BASE;
    }

    private static final int V4L2_CID_EXPOSURE_AUTO = (int) 10094849L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_EXPOSURE_AUTO = 10094849
     * }
     */
    public static int V4L2_CID_EXPOSURE_AUTO() {
        return V4L2_CID_EXPOSURE_AUTO;
    }

    private static final int V4L2_CID_EXPOSURE_ABSOLUTE = (int) 10094850L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_EXPOSURE_ABSOLUTE = 10094850
     * }
     */
    public static int V4L2_CID_EXPOSURE_ABSOLUTE() {
        return V4L2_CID_EXPOSURE_ABSOLUTE;
    }

    private static final int V4L2_CID_EXPOSURE_AUTO_PRIORITY = (int) 10094851L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_EXPOSURE_AUTO_PRIORITY = 10094851
     * }
     */
    public static int V4L2_CID_EXPOSURE_AUTO_PRIORITY() {
        return V4L2_CID_EXPOSURE_AUTO_PRIORITY;
    }

    private static final int V4L2_CID_FOCUS_ABSOLUTE = (int) 10094858L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_FOCUS_ABSOLUTE = 10094858
     * }
     */
    public static int V4L2_CID_FOCUS_ABSOLUTE() {
        return V4L2_CID_FOCUS_ABSOLUTE;
    }

    private static final int V4L2_CID_FOCUS_AUTO = (int) 10094860L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_FOCUS_AUTO = 10094860
     * }
     */
    public static int V4L2_CID_FOCUS_AUTO() {
        return V4L2_CID_FOCUS_AUTO;
    }

    private static final int V4L2_CID_ZOOM_ABSOLUTE = (int) 10094861L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_ZOOM_ABSOLUTE = 10094861
     * }
     */
    public static int V4L2_CID_ZOOM_ABSOLUTE() {
        return V4L2_CID_ZOOM_ABSOLUTE;
    }

    private static final int V4L2_CID_PAN_ABSOLUTE = (int) 10094856L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_PAN_ABSOLUTE = 10094856
     * }
     */
    public static int V4L2_CID_PAN_ABSOLUTE() {
        return V4L2_CID_PAN_ABSOLUTE;
    }

    private static final int V4L2_CID_TILT_ABSOLUTE = (int) 10094857L;

    /**
     * {@snippet lang=c :
     * V4L2_CID_TILT_ABSOLUTE = 10094857
     * }
     */
    public static int V4L2_CID_TILT_ABSOLUTE() {
        return V4L2_CID_TILT_ABSOLUTE;
    }

    private static final int V4L2_EXPOSURE_AUTO = (int) 0L;

    /**
     * {@snippet lang=c :
     * enum v4l2_exposure_auto_type.V4L2_EXPOSURE_AUTO = 0
     * }
     */
    public static int V4L2_EXPOSURE_AUTO() {
        return V4L2_EXPOSURE_AUTO;
    }

    private static final int V4L2_EXPOSURE_MANUAL = (int) 1L;

    /**
     * {@snippet lang=c :
     * enum v4l2_exposure_auto_type.V4L2_EXPOSURE_MANUAL = 1
     * }
     */
    public static int V4L2_EXPOSURE_MANUAL() {
        return V4L2_EXPOSURE_MANUAL;
    }

    private static final int V4L2_EXPOSURE_SHUTTER_PRIORITY = (int) 2L;

    /**
     * {@snippet lang=c :
     * enum v4l2_exposure_auto_type.V4L2_EXPOSURE_SHUTTER_PRIORITY = 2
     * }
     */
    public static int V4L2_EXPOSURE_SHUTTER_PRIORITY() {
        return V4L2_EXPOSURE_SHUTTER_PRIORITY;
    }

    private static final int V4L2_EXPOSURE_APERTURE_PRIORITY = (int) 3L;

    /**
     * {@snippet lang=c :
     * enum v4l2_exposure_auto_type.V4L2_EXPOSURE_APERTURE_PRIORITY = 3
     * }
     */
    public static int V4L2_EXPOSURE_APERTURE_PRIORITY() {
        return V4L2_EXPOSURE_APERTURE_PRIORITY;
    }
}
