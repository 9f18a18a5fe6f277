package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_captureparm;
import io.mediacapture.bindings.v4l2.v4l2_fract;
import io.mediacapture.bindings.v4l2.v4l2_streamparm;
import io.mediacapture.bindings.v4l2.videodev2_h;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** {@code VIDIOC_S_PARM}: the frame interval the solver chose. */
final class StreamParameters {
    private StreamParameters() {}

    /**
     * Asks for {@code frameRate} frames per second. Drivers without frame-rate control (no
     * {@code V4L2_CAP_TIMEPERFRAME}) answer ENOTTY or EINVAL; they stream at their one rate, which is the
     * rate they enumerated, so that is not an error.
     *
     * @throws ErrnoException for EBUSY and ENODEV, which are
     */
    static void setFrameRate(V4l2Node node, double frameRate) {
        if (!(frameRate > 0)) {
            return;
        }
        FrameSizes.Fraction interval = intervalFor(frameRate);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment parm = v4l2_streamparm.allocate(arena);
            v4l2_streamparm.type(parm, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
            MemorySegment capture = v4l2_streamparm.parm.capture(v4l2_streamparm.parm(parm));
            MemorySegment tpf = v4l2_captureparm.timeperframe(capture);
            v4l2_fract.numerator(tpf, interval.numerator());
            v4l2_fract.denominator(tpf, interval.denominator());
            int r = node.calls().ioctl(node.fd(), Vidioc.VIDIOC_S_PARM, parm);
            if (r < 0 && (-r == errno_h.EBUSY() || V4l2Errors.isDeviceGone(-r))) {
                throw new ErrnoException("ioctl(VIDIOC_S_PARM)", -r);
            }
        }
    }

    /** The frame interval for a rate: 1/n for whole rates, else in thousandths (29.97 -> 1000/29970). */
    static FrameSizes.Fraction intervalFor(double frameRate) {
        long whole = Math.round(frameRate);
        if (Math.abs(frameRate - whole) < 1e-6 && whole > 0) {
            return new FrameSizes.Fraction(1, (int) whole);
        }
        return new FrameSizes.Fraction(1000, (int) Math.round(frameRate * 1000));
    }
}
