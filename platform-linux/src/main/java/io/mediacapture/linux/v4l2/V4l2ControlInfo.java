package io.mediacapture.linux.v4l2;

import java.util.List;

/**
 * One control as {@code VIDIOC_QUERYCTRL} (and, for menus, {@code VIDIOC_QUERYMENU}) describes it.
 *
 * @param id           the {@code V4L2_CID_*}
 * @param type         {@code V4L2_CTRL_TYPE_*}
 * @param name         the driver's name for it ("Brightness")
 * @param menuIndices  for a menu control the indices the driver accepts (QUERYMENU answers them; drivers
 *                     may skip some between minimum and maximum); empty otherwise
 */
public record V4l2ControlInfo(int id, int type, String name, int minimum, int maximum, int step, int defaultValue,
                       int flags, List<Integer> menuIndices) {
    public V4l2ControlInfo {
        menuIndices = List.copyOf(menuIndices);
    }
}
