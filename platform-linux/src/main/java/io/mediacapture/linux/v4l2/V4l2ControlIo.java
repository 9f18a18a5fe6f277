package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_control;
import io.mediacapture.bindings.v4l2.v4l2_event;
import io.mediacapture.bindings.v4l2.v4l2_event_subscription;
import io.mediacapture.bindings.v4l2.v4l2_queryctrl;
import io.mediacapture.bindings.v4l2.v4l2_querymenu;
import io.mediacapture.bindings.v4l2.videodev2_h;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The control ioctls on an open node: {@code VIDIOC_QUERYCTRL} (walked with {@code V4L2_CTRL_FLAG_NEXT_CTRL}),
 * {@code VIDIOC_QUERYMENU}, {@code VIDIOC_G_CTRL}/{@code VIDIOC_S_CTRL}, and the {@code V4L2_EVENT_CTRL}
 * subscription with {@code VIDIOC_DQEVENT}. Stateless; callers serialise use of a descriptor with its close.
 */
final class V4l2ControlIo {
    private V4l2ControlIo() {
    }

    /**
     * Every control of the node, classes and disabled ones included (the mapping filters).
     *
     * @throws ErrnoException for an error other than the end of the list
     */
    static List<V4l2ControlInfo> query(int fd) {
        return query(V4l2Calls.SYSTEM, fd);
    }

    /** As {@link #query(int)}, through {@code calls}. */
    static List<V4l2ControlInfo> query(V4l2Calls calls, int fd) {
        List<V4l2ControlInfo> out = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment q = v4l2_queryctrl.allocate(arena);
            MemorySegment menu = v4l2_querymenu.allocate(arena);
            int next = videodev2_h.V4L2_CTRL_FLAG_NEXT_CTRL();
            for (int guard = 0; guard < 4096; guard++) {
                q.fill((byte) 0);
                v4l2_queryctrl.id(q, next);
                int r = calls.ioctl(fd, Vidioc.VIDIOC_QUERYCTRL, q);
                if (r == -errno_h.EINVAL() || r == -errno_h.ENOTTY()) {
                    break; // end of the list, or a driver without controls
                }
                if (r < 0) {
                    throw Errno.exception("ioctl(VIDIOC_QUERYCTRL)", -r);
                }
                int id = v4l2_queryctrl.id(q);
                int type = v4l2_queryctrl.type(q);
                List<Integer> items = new ArrayList<>();
                if (type == videodev2_h.V4L2_CTRL_TYPE_MENU() || type == videodev2_h.V4L2_CTRL_TYPE_INTEGER_MENU()) {
                    for (int i = Math.max(0, v4l2_queryctrl.minimum(q)); i <= v4l2_queryctrl.maximum(q) && i < 256; i++) {
                        menu.fill((byte) 0);
                        v4l2_querymenu.id(menu, id);
                        v4l2_querymenu.index(menu, i);
                        if (calls.ioctl(fd, Vidioc.VIDIOC_QUERYMENU, menu) >= 0) {
                            items.add(i); // EINVAL: the driver skips this index
                        }
                    }
                }
                out.add(new V4l2ControlInfo(id, type, V4l2Node.cString(v4l2_queryctrl.name(q)), v4l2_queryctrl.minimum(q),
                        v4l2_queryctrl.maximum(q), v4l2_queryctrl.step(q), v4l2_queryctrl.default_value(q),
                        v4l2_queryctrl.flags(q), items));
                next = id | videodev2_h.V4L2_CTRL_FLAG_NEXT_CTRL();
            }
        }
        return out;
    }

    /** {@code VIDIOC_G_CTRL}. @throws ErrnoException as the driver answers */
    static int get(int fd, int id) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment c = v4l2_control.allocate(arena);
            v4l2_control.id(c, id);
            Syscalls.ioctl(fd, Vidioc.VIDIOC_G_CTRL, c, "VIDIOC_G_CTRL");
            return v4l2_control.value(c);
        }
    }

    /** {@code VIDIOC_S_CTRL}; returns 0 or {@code -errno} (EINVAL/ERANGE: bad value, EBUSY/EACCES: locked). */
    static int set(int fd, int id, int value) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment c = v4l2_control.allocate(arena);
            v4l2_control.id(c, id);
            v4l2_control.value(c, value);
            return Math.min(0, Syscalls.ioctlOrErrno(fd, Vidioc.VIDIOC_S_CTRL, c));
        }
    }

    /** Subscribes to {@code V4L2_EVENT_CTRL} for control {@code id}; false when the driver has no events. */
    static boolean subscribe(int fd, int id) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = v4l2_event_subscription.allocate(arena);
            v4l2_event_subscription.type(s, videodev2_h.V4L2_EVENT_CTRL());
            v4l2_event_subscription.id(s, id);
            return Syscalls.ioctlOrErrno(fd, Vidioc.VIDIOC_SUBSCRIBE_EVENT, s) >= 0;
        }
    }

    /**
     * Dequeues every pending event into {@code event} (scratch memory of the caller's).
     *
     * @return how many control events there were
     */
    static int drainEvents(int fd, MemorySegment event) {
        int n = 0;
        for (int guard = 0; guard < 1024; guard++) {
            event.fill((byte) 0);
            if (Syscalls.ioctlOrErrno(fd, Vidioc.VIDIOC_DQEVENT, event) < 0) {
                break; // ENOENT: none left
            }
            if (v4l2_event.type(event) == videodev2_h.V4L2_EVENT_CTRL()) {
                n++;
            }
        }
        return n;
    }
}
