package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.v4l2.inline.Vidioc;
import java.util.List;

/**
 * One pixel format of a capture node as {@code VIDIOC_ENUM_FMT} and friends report it, with the sizes
 * (stepwise ranges already reduced to {@link FrameSizes#representativeSizes}) and the intervals of each.
 *
 * @param fourcc       the V4L2 pixel format
 * @param flags        {@code V4L2_FMT_FLAG_*}
 * @param description  the driver's name for it
 * @param sizes        sizes in the driver's order
 * @param stepwise     whether the sizes came from a stepwise/continuous range rather than a discrete list
 */
record FormatDescription(int fourcc, int flags, String description, List<SizeEntry> sizes, boolean stepwise) {
    FormatDescription {
        sizes = List.copyOf(sizes);
    }

    /** One frame size and the intervals the device offers at it. */
    record SizeEntry(FrameSizes.Size size, FrameSizes.Intervals intervals) {}

    String fourccName() {
        return Vidioc.fourccToString(fourcc);
    }
}
