package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.fcntl_h;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_capability;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.spi.BackendException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * An open {@code /dev/videoN} descriptor and the {@link V4l2Calls} that reach it. Owns the descriptor:
 * {@link #close()} releases it. Opened non-blocking, so {@code VIDIOC_DQBUF} answers EAGAIN instead of waiting.
 * Not thread-safe by itself; the capture source serialises its use.
 */
final class V4l2Node implements AutoCloseable {
    private final V4l2Calls calls;
    private final String path;
    private final int fd;
    private boolean closed;

    private V4l2Node(V4l2Calls calls, String path, int fd) {
        this.calls = calls;
        this.path = path;
        this.fd = fd;
    }

    /** {@link #open(V4l2Calls, String)} through the C library. */
    static V4l2Node open(String path) throws BackendException {
        return open(V4l2Calls.SYSTEM, path);
    }

    /**
     * Opens {@code path} read-write, non-blocking, through {@code calls}.
     *
     * @throws BackendException NOT_FOUND (gone), PERMISSION_DENIED (EACCES), BUSY (EBUSY) or FAILED
     */
    static V4l2Node open(V4l2Calls calls, String path) throws BackendException {
        int fd = calls.open(path, fcntl_h.O_RDWR() | fcntl_h.O_NONBLOCK() | fcntl_h.O_CLOEXEC());
        if (fd < 0) {
            throw V4l2Errors.of(Errno.exception("open(" + path + ")", -fd), V4l2Errors.Phase.OPEN,
                    "cannot open camera " + path);
        }
        return new V4l2Node(calls, path, fd);
    }

    /**
     * A descriptor opened elsewhere, closed through the C library (tests: a stand-in for a camera whose driver
     * answers are scripted).
     */
    static V4l2Node adopt(String path, int fd) {
        return new V4l2Node(V4l2Calls.SYSTEM, path, fd);
    }

    String path() {
        return path;
    }

    int fd() {
        return fd;
    }

    /** The calls that reach this node's descriptor. */
    V4l2Calls calls() {
        return calls;
    }

    /** What {@code VIDIOC_QUERYCAP} says about the node. */
    record Capability(String driver, String card, String busInfo, int capabilities, int deviceCaps) {
        /** The caps of this node (device_caps when the driver fills it, as all current drivers do). */
        int nodeCaps() {
            return (capabilities & videodev2_h.V4L2_CAP_DEVICE_CAPS()) != 0 ? deviceCaps : capabilities;
        }

        /** A single-planar capture node with streaming I/O: the only kind this backend reads. */
        boolean isStreamingCapture() {
            int c = nodeCaps();
            return (c & videodev2_h.V4L2_CAP_VIDEO_CAPTURE()) != 0 && (c & videodev2_h.V4L2_CAP_STREAMING()) != 0;
        }
    }

    Capability queryCap() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cap = v4l2_capability.allocate(arena);
            calls.ioctl(fd, Vidioc.VIDIOC_QUERYCAP, cap, "VIDIOC_QUERYCAP");
            return new Capability(cString(v4l2_capability.driver(cap)), cString(v4l2_capability.card(cap)),
                    cString(v4l2_capability.bus_info(cap)), v4l2_capability.capabilities(cap),
                    v4l2_capability.device_caps(cap));
        }
    }

    /** A fixed-size char array that the kernel NUL-terminates unless the text fills it. */
    static String cString(MemorySegment chars) {
        int n = 0;
        while (n < chars.byteSize() && chars.get(java.lang.foreign.ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        byte[] b = chars.asSlice(0, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        return new String(b, StandardCharsets.UTF_8).trim();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            calls.close(fd);
        }
    }

    @Override
    public String toString() {
        return path;
    }
}
