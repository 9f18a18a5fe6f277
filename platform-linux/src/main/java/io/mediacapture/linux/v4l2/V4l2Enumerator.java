package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_captureparm;
import io.mediacapture.bindings.v4l2.v4l2_fmtdesc;
import io.mediacapture.bindings.v4l2.v4l2_format;
import io.mediacapture.bindings.v4l2.v4l2_fract;
import io.mediacapture.bindings.v4l2.v4l2_frmival_stepwise;
import io.mediacapture.bindings.v4l2.v4l2_frmivalenum;
import io.mediacapture.bindings.v4l2.v4l2_frmsize_discrete;
import io.mediacapture.bindings.v4l2.v4l2_frmsize_stepwise;
import io.mediacapture.bindings.v4l2.v4l2_frmsizeenum;
import io.mediacapture.bindings.v4l2.v4l2_pix_format;
import io.mediacapture.bindings.v4l2.v4l2_streamparm;
import io.mediacapture.bindings.v4l2.videodev2_h;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists what a capture node offers with {@code VIDIOC_ENUM_FMT}, {@code VIDIOC_ENUM_FRAMESIZES} and
 * {@code VIDIOC_ENUM_FRAMEINTERVALS}, through the node's {@link V4l2Calls}. The end of each list is the driver's
 * EINVAL; any other error (ENODEV when the device vanished meanwhile) is thrown as the
 * {@link io.mediacapture.bindings.libc.ErrnoException}.
 */
final class V4l2Enumerator {
    private V4l2Enumerator() {}

    /** A frame interval for sizes whose driver lists none (no ENUM_FRAMEINTERVALS): its current one, else 1/30 s. */
    private static final FrameSizes.Fraction FALLBACK_INTERVAL = new FrameSizes.Fraction(1, 30);

    static List<FormatDescription> formats(V4l2Node node) {
        V4l2Calls calls = node.calls();
        int fd = node.fd();
        List<FormatDescription> out = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment desc = v4l2_fmtdesc.allocate(arena);
            for (int i = 0; ; i++) {
                desc.fill((byte) 0);
                v4l2_fmtdesc.index(desc, i);
                v4l2_fmtdesc.type(desc, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
                if (!answered(calls.ioctl(fd, Vidioc.VIDIOC_ENUM_FMT, desc), "VIDIOC_ENUM_FMT")) {
                    break;
                }
                int fourcc = v4l2_fmtdesc.pixelformat(desc);
                List<FrameSizes.Size> sizes = new ArrayList<>();
                boolean stepwise = sizes(calls, fd, fourcc, arena, sizes);
                if (sizes.isEmpty()) {
                    currentSizeFor(calls, fd, fourcc, arena, sizes);
                }
                List<FormatDescription.SizeEntry> entries = new ArrayList<>();
                for (FrameSizes.Size s : sizes) {
                    entries.add(new FormatDescription.SizeEntry(s, intervals(calls, fd, fourcc, s, arena)));
                }
                out.add(new FormatDescription(fourcc, v4l2_fmtdesc.flags(desc),
                        V4l2Node.cString(v4l2_fmtdesc.description(desc)), entries, stepwise));
            }
        }
        return out;
    }

    /** Fills {@code into}; returns whether the driver gave a stepwise/continuous range. */
    private static boolean sizes(V4l2Calls calls, int fd, int fourcc, Arena arena, List<FrameSizes.Size> into) {
        MemorySegment e = v4l2_frmsizeenum.allocate(arena);
        for (int i = 0; ; i++) {
            e.fill((byte) 0);
            v4l2_frmsizeenum.index(e, i);
            v4l2_frmsizeenum.pixel_format(e, fourcc);
            if (!answered(calls.ioctl(fd, Vidioc.VIDIOC_ENUM_FRAMESIZES, e), "VIDIOC_ENUM_FRAMESIZES")) {
                return false;
            }
            int type = v4l2_frmsizeenum.type(e);
            if (type == videodev2_h.V4L2_FRMSIZE_TYPE_DISCRETE()) {
                MemorySegment d = v4l2_frmsizeenum.discrete(e);
                into.add(new FrameSizes.Size(v4l2_frmsize_discrete.width(d), v4l2_frmsize_discrete.height(d)));
            } else {
                MemorySegment s = v4l2_frmsizeenum.stepwise(e);
                boolean continuous = type == videodev2_h.V4L2_FRMSIZE_TYPE_CONTINUOUS();
                into.addAll(FrameSizes.representativeSizes(new FrameSizes.SizeRange(
                        v4l2_frmsize_stepwise.min_width(s), v4l2_frmsize_stepwise.max_width(s),
                        continuous ? 1 : Math.max(1, v4l2_frmsize_stepwise.step_width(s)),
                        v4l2_frmsize_stepwise.min_height(s), v4l2_frmsize_stepwise.max_height(s),
                        continuous ? 1 : Math.max(1, v4l2_frmsize_stepwise.step_height(s)))));
                return true; // a range is the only entry, at index 0
            }
        }
    }

    /** For drivers without ENUM_FRAMESIZES: the size TRY_FMT gives for this format. */
    private static void currentSizeFor(V4l2Calls calls, int fd, int fourcc, Arena arena, List<FrameSizes.Size> into) {
        MemorySegment fmt = v4l2_format.allocate(arena);
        v4l2_format.type(fmt, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
        if (calls.ioctl(fd, Vidioc.VIDIOC_G_FMT, fmt) < 0) {
            return;
        }
        MemorySegment pix = v4l2_format.fmt.pix(v4l2_format.fmt(fmt));
        v4l2_pix_format.pixelformat(pix, fourcc);
        if (calls.ioctl(fd, Vidioc.VIDIOC_TRY_FMT, fmt) >= 0 && v4l2_pix_format.pixelformat(pix) == fourcc
                && v4l2_pix_format.width(pix) > 0 && v4l2_pix_format.height(pix) > 0) {
            into.add(new FrameSizes.Size(v4l2_pix_format.width(pix), v4l2_pix_format.height(pix)));
        }
    }

    private static FrameSizes.Intervals intervals(V4l2Calls calls, int fd, int fourcc, FrameSizes.Size size, Arena arena) {
        MemorySegment e = v4l2_frmivalenum.allocate(arena);
        List<FrameSizes.Fraction> discrete = new ArrayList<>();
        for (int i = 0; ; i++) {
            e.fill((byte) 0);
            v4l2_frmivalenum.index(e, i);
            v4l2_frmivalenum.pixel_format(e, fourcc);
            v4l2_frmivalenum.width(e, size.width());
            v4l2_frmivalenum.height(e, size.height());
            if (!answered(calls.ioctl(fd, Vidioc.VIDIOC_ENUM_FRAMEINTERVALS, e), "VIDIOC_ENUM_FRAMEINTERVALS")) {
                break;
            }
            if (v4l2_frmivalenum.type(e) == videodev2_h.V4L2_FRMIVAL_TYPE_DISCRETE()) {
                fraction(v4l2_frmivalenum.discrete(e)).ifPresent(discrete::add);
            } else {
                MemorySegment s = v4l2_frmivalenum.stepwise(e);
                var min = fraction(v4l2_frmival_stepwise.min(s));
                var max = fraction(v4l2_frmival_stepwise.max(s));
                var step = fraction(v4l2_frmival_stepwise.step(s)).orElse(new FrameSizes.Fraction(1, 1_000_000));
                if (min.isPresent() && max.isPresent() && min.get().rate() >= max.get().rate()) {
                    return new FrameSizes.Intervals.Range(min.get(), max.get(), step);
                }
                break;
            }
        }
        if (discrete.isEmpty()) {
            discrete.add(currentInterval(calls, fd, arena));
        }
        return new FrameSizes.Intervals.Discrete(discrete);
    }

    private static FrameSizes.Fraction currentInterval(V4l2Calls calls, int fd, Arena arena) {
        MemorySegment parm = v4l2_streamparm.allocate(arena);
        v4l2_streamparm.type(parm, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
        if (calls.ioctl(fd, Vidioc.VIDIOC_G_PARM, parm) >= 0) {
            var f = fraction(v4l2_captureparm.timeperframe(v4l2_streamparm.parm.capture(v4l2_streamparm.parm(parm))));
            if (f.isPresent()) {
                return f.get();
            }
        }
        return FALLBACK_INTERVAL;
    }

    private static java.util.Optional<FrameSizes.Fraction> fraction(MemorySegment f) {
        int n = v4l2_fract.numerator(f);
        int d = v4l2_fract.denominator(f);
        return n > 0 && d > 0 ? java.util.Optional.of(new FrameSizes.Fraction(n, d)) : java.util.Optional.empty();
    }

    /**
     * Whether an ENUM ioctl returned an entry. EINVAL ends the list; ENOTTY means the driver has no such
     * list. Anything else (ENODEV: unplugged) is a real failure.
     */
    private static boolean answered(int r, String request) {
        if (r >= 0) {
            return true;
        }
        if (r == -errno_h.EINVAL() || r == -errno_h.ENOTTY()) {
            return false;
        }
        throw Errno.exception("ioctl(" + request + ")", -r);
    }
}
