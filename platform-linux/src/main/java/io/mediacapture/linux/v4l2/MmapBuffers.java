package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_buffer;
import io.mediacapture.bindings.v4l2.v4l2_requestbuffers;
import io.mediacapture.bindings.v4l2.videodev2_h;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The driver's capture buffers, requested with {@code VIDIOC_REQBUFS} and mapped into this process. Owns
 * the mappings through a shared arena: {@link #unmap()} releases them all, and must only run once no
 * frame points into them any more (the source tracks that). The mappings stay valid after the device's
 * descriptor is closed (the kernel orphans the buffers until they are unmapped).
 */
final class MmapBuffers {
    private final Arena arena = Arena.ofShared();
    private final MemorySegment[] mapped;

    private MmapBuffers(MemorySegment[] mapped) {
        this.mapped = mapped;
    }

    /**
     * Requests {@code count} buffers (the driver may grant more or fewer) and maps each.
     *
     * @throws io.mediacapture.bindings.libc.ErrnoException when the driver refuses (EBUSY: another file
     *         handle streams) or a mapping fails
     */
    static MmapBuffers request(int fd, int count) {
        return request(V4l2Calls.SYSTEM, fd, count);
    }

    /** As {@link #request(int, int)}, through {@code calls}. */
    static MmapBuffers request(V4l2Calls calls, int fd, int count) {
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment req = v4l2_requestbuffers.allocate(tmp);
            v4l2_requestbuffers.count(req, count);
            v4l2_requestbuffers.type(req, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
            v4l2_requestbuffers.memory(req, videodev2_h.V4L2_MEMORY_MMAP());
            calls.ioctl(fd, Vidioc.VIDIOC_REQBUFS, req, "VIDIOC_REQBUFS");
            int granted = v4l2_requestbuffers.count(req);
            if (granted < 2) {
                throw new IllegalStateException("the driver granted " + granted + " capture buffers; streaming needs 2");
            }
            MmapBuffers b = new MmapBuffers(new MemorySegment[granted]);
            try {
                MemorySegment buf = v4l2_buffer.allocate(tmp);
                for (int i = 0; i < granted; i++) {
                    buf.fill((byte) 0);
                    v4l2_buffer.index(buf, i);
                    v4l2_buffer.type(buf, videodev2_h.V4L2_BUF_TYPE_VIDEO_CAPTURE());
                    v4l2_buffer.memory(buf, videodev2_h.V4L2_MEMORY_MMAP());
                    calls.ioctl(fd, Vidioc.VIDIOC_QUERYBUF, buf, "VIDIOC_QUERYBUF");
                    long length = Integer.toUnsignedLong(v4l2_buffer.length(buf));
                    long offset = Integer.toUnsignedLong(v4l2_buffer.m.offset(v4l2_buffer.m(buf)));
                    b.mapped[i] = calls.mapShared(fd, length, offset, b.arena);
                }
            } catch (RuntimeException e) {
                b.unmap();
                throw e;
            }
            return b;
        }
    }

    /** Buffers mapped elsewhere (tests: plain memory standing in for the driver's). */
    static MmapBuffers of(MemorySegment... mappings) {
        return new MmapBuffers(mappings.clone());
    }

    int count() {
        return mapped.length;
    }

    /** The whole mapping of buffer {@code index}; valid until {@link #unmap()}. */
    MemorySegment segment(int index) {
        return mapped[index];
    }

    /** Unmaps every buffer. Idempotent. */
    void unmap() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }
}
