package io.mediacapture.bindings.v4l2.inline;

import static io.mediacapture.bindings.libc.inline.Ioctl._IOR;
import static io.mediacapture.bindings.libc.inline.Ioctl._IOW;
import static io.mediacapture.bindings.libc.inline.Ioctl._IOWR;

import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.bindings.v4l2.v4l2_buffer;
import io.mediacapture.bindings.v4l2.v4l2_capability;
import io.mediacapture.bindings.v4l2.v4l2_control;
import io.mediacapture.bindings.v4l2.v4l2_event;
import io.mediacapture.bindings.v4l2.v4l2_event_subscription;
import io.mediacapture.bindings.v4l2.v4l2_fmtdesc;
import io.mediacapture.bindings.v4l2.v4l2_format;
import io.mediacapture.bindings.v4l2.v4l2_frmivalenum;
import io.mediacapture.bindings.v4l2.v4l2_frmsizeenum;
import io.mediacapture.bindings.v4l2.v4l2_queryctrl;
import io.mediacapture.bindings.v4l2.v4l2_querymenu;
import io.mediacapture.bindings.v4l2.v4l2_requestbuffers;
import io.mediacapture.bindings.v4l2.v4l2_streamparm;

/**
 * The {@code VIDIOC_*} request numbers of {@code <linux/videodev2.h>}, computed as the C macros compute
 * them ({@code _IOWR('V', nr, struct ...)}) from the sizes of the Java struct layouts, so a wrong layout
 * shows up as a wrong request number (which the ABI test compares with the C values) rather than as a
 * kernel writing past a buffer. Also {@code v4l2_fourcc}. Hand-written: these are macros.
 */
public final class Vidioc {
    private Vidioc() {}

    private static final int V = 'V';

    public static final long VIDIOC_QUERYCAP = _IOR(V, 0, v4l2_capability.sizeof());
    public static final long VIDIOC_ENUM_FMT = _IOWR(V, 2, v4l2_fmtdesc.sizeof());
    public static final long VIDIOC_G_FMT = _IOWR(V, 4, v4l2_format.sizeof());
    public static final long VIDIOC_S_FMT = _IOWR(V, 5, v4l2_format.sizeof());
    public static final long VIDIOC_REQBUFS = _IOWR(V, 8, v4l2_requestbuffers.sizeof());
    public static final long VIDIOC_QUERYBUF = _IOWR(V, 9, v4l2_buffer.sizeof());
    public static final long VIDIOC_QBUF = _IOWR(V, 15, v4l2_buffer.sizeof());
    public static final long VIDIOC_DQBUF = _IOWR(V, 17, v4l2_buffer.sizeof());
    public static final long VIDIOC_STREAMON = _IOW(V, 18, videodev2_h.C_INT.byteSize());
    public static final long VIDIOC_STREAMOFF = _IOW(V, 19, videodev2_h.C_INT.byteSize());
    public static final long VIDIOC_G_PARM = _IOWR(V, 21, v4l2_streamparm.sizeof());
    public static final long VIDIOC_S_PARM = _IOWR(V, 22, v4l2_streamparm.sizeof());
    public static final long VIDIOC_G_CTRL = _IOWR(V, 27, v4l2_control.sizeof());
    public static final long VIDIOC_S_CTRL = _IOWR(V, 28, v4l2_control.sizeof());
    public static final long VIDIOC_QUERYCTRL = _IOWR(V, 36, v4l2_queryctrl.sizeof());
    public static final long VIDIOC_QUERYMENU = _IOWR(V, 37, v4l2_querymenu.sizeof());
    public static final long VIDIOC_TRY_FMT = _IOWR(V, 64, v4l2_format.sizeof());
    public static final long VIDIOC_ENUM_FRAMESIZES = _IOWR(V, 74, v4l2_frmsizeenum.sizeof());
    public static final long VIDIOC_ENUM_FRAMEINTERVALS = _IOWR(V, 75, v4l2_frmivalenum.sizeof());
    public static final long VIDIOC_DQEVENT = _IOR(V, 89, v4l2_event.sizeof());
    public static final long VIDIOC_SUBSCRIBE_EVENT = _IOW(V, 90, v4l2_event_subscription.sizeof());
    public static final long VIDIOC_UNSUBSCRIBE_EVENT = _IOW(V, 91, v4l2_event_subscription.sizeof());

    /** {@code v4l2_fourcc(a, b, c, d)}: four ASCII characters, the first in the lowest byte. */
    public static int v4l2_fourcc(char a, char b, char c, char d) {
        for (char ch : new char[] {a, b, c, d}) {
            if (ch > 0x7f) {
                throw new IllegalArgumentException("fourcc characters must be ASCII, got U+" + Integer.toHexString(ch));
            }
        }
        return a | (b << 8) | (c << 16) | (d << 24);
    }

    /** {@code v4l2_fourcc} of a four-character string, e.g. {@code "YUYV"}. */
    public static int fourcc(String code) {
        if (code.length() != 4) {
            throw new IllegalArgumentException("a fourcc has 4 characters, got \"" + code + "\"");
        }
        return v4l2_fourcc(code.charAt(0), code.charAt(1), code.charAt(2), code.charAt(3));
    }

    /**
     * The four characters of a fourcc, e.g. {@code "YUYV"}; a set bit 31 ({@code V4L2_PIX_FMT_FLAG_BE_...})
     * is shown as a {@code -BE} suffix, as v4l2-ctl prints it.
     */
    public static String fourccToString(int fourcc) {
        StringBuilder s = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            int ch = (fourcc >>> (8 * i)) & (i == 3 ? 0x7f : 0xff);
            s.append(ch >= 0x20 && ch < 0x7f ? (char) ch : '?');
        }
        return (fourcc & 0x80000000) != 0 ? s + "-BE" : s.toString();
    }
}
