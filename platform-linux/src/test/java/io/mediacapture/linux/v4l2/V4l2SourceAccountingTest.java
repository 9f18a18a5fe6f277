package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.VideoFrame;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.libc.fcntl_h;
import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.bindings.libc.pollfd;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_buffer;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.linux.StopSignal;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V4l2Source's buffer accounting on the host, through its OS seam ({@link V4l2Calls}) with a scripted driver: frames
 * point into their buffers and closing them queues the buffers back; once fewer than two buffers are left to the
 * driver, frames are copied and their buffers queued back at once; ENODEV (an unplug) ends the capture as
 * DEVICE_LOST. The QEMU guest checks the same against vivid; this runs on every host.
 */
class V4l2SourceAccountingTest {
    private static final int W = 4;
    private static final int H = 2;
    private static final long FRAME_BYTES = W * H * 2L; // YUY2
    private static final long PULL = TimeUnit.MILLISECONDS.toNanos(20);

    private final Arena arena = Arena.ofShared();

    @AfterEach
    void free() {
        arena.close();
    }

    /** A driver with four buffers: DQBUF hands out the scripted indices (or errors), then EAGAIN. */
    static final class ScriptedDriver implements V4l2Calls {
        final Deque<Integer> dequeue = new ArrayDeque<>(); // buffer index, or -errno
        final List<Integer> queuedIndices = new ArrayList<>();
        int queryCap;

        @Override
        public int open(String path, int flags) {
            throw new AssertionError("the source is given an open node; nothing opens " + path);
        }

        @Override
        public void close(int fd) {
            throw new AssertionError("the adopted node closes its own descriptor");
        }

        @Override
        public int ioctl(int fd, long request, MemorySegment arg) {
            if (request == Vidioc.VIDIOC_QBUF) {
                queuedIndices.add(v4l2_buffer.index(arg));
                return 0;
            }
            if (request == Vidioc.VIDIOC_DQBUF) {
                Integer next = dequeue.poll();
                if (next == null) {
                    return -errno_h.EAGAIN();
                }
                if (next < 0) {
                    return next;
                }
                v4l2_buffer.index(arg, next);
                v4l2_buffer.bytesused(arg, (int) FRAME_BYTES);
                v4l2_buffer.flags(arg, 0);
                return 0;
            }
            if (request == Vidioc.VIDIOC_QUERYCAP) {
                return queryCap;
            }
            return 0; // STREAMON, STREAMOFF, REQBUFS(0)
        }

        @Override
        public int poll(MemorySegment fds, long count, int timeoutMillis) {
            if (dequeue.isEmpty()) {
                return 0;
            }
            pollfd.revents(fds, (short) poll_h.POLLIN());
            return 1;
        }

        @Override
        public MemorySegment mapShared(int fd, long length, long offset, Arena arena) {
            return arena.allocate(length);
        }
    }

    /** Keeps the frames it gets, open. */
    static final class HoldingSink implements SourceSink {
        final List<VideoFrame> frames = new CopyOnWriteArrayList<>();
        final List<BackendException> ends = new CopyOnWriteArrayList<>();

        @Override
        public void deliver(VideoFrame frame) {
            frames.add(frame);
        }

        @Override
        public void deliver(io.mediacapture.AudioData data) {
            data.close();
            throw new AssertionError("audio from a camera");
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                      long timestamp, long duration) {
            data.release();
            throw new AssertionError("compressed frames from a YUY2 camera");
        }

        @Override
        public void muted(boolean muted) {}

        @Override
        public void ended(BackendException reason) {
            ends.add(reason);
        }
    }

    private MemorySegment[] mappings;

    private V4l2Source open(ScriptedDriver driver, HoldingSink sink, AtomicInteger lost) throws BackendException {
        mappings = new MemorySegment[4];
        for (int i = 0; i < mappings.length; i++) {
            mappings[i] = arena.allocate(FRAME_BYTES);
            mappings[i].fill((byte) (i + 1)); // each buffer's bytes name it
        }
        // A real descriptor for the node to own and close; every call on it goes to the scripted driver.
        V4l2Node node = V4l2Node.adopt("/dev/null (scripted camera)", Syscalls.open("/dev/null", fcntl_h.O_RDWR()));
        CaptureFormat format = CaptureFormat.of(videodev2_h.V4L2_PIX_FMT_YUYV(), NativeVideoFormat.YUY2, W, H, 0,
                FRAME_BYTES);
        V4l2Source s = new V4l2Source(driver, node, sink, lost::incrementAndGet, format, 30, MmapBuffers.of(mappings),
                StopSignal.open());
        s.start();
        return s;
    }

    private static byte firstByte(VideoFrame f) {
        return f.plane(0).get(ValueLayout.JAVA_BYTE, 0);
    }

    @Test
    void framesPointIntoTheirBuffersAndClosingThemQueuesTheBuffersBack() throws Exception {
        ScriptedDriver driver = new ScriptedDriver();
        HoldingSink sink = new HoldingSink();
        try (V4l2Source s = open(driver, sink, new AtomicInteger())) {
            assertEquals(List.of(0, 1, 2, 3), driver.queuedIndices, "start queues every buffer");
            driver.queuedIndices.clear();
            driver.dequeue.add(0);
            assertTrue(s.pull(PULL));
            assertEquals(1, sink.frames.size());
            VideoFrame f = sink.frames.getFirst();
            assertEquals(1, firstByte(f), "the frame reads buffer 0 in place");
            assertEquals(List.of(), driver.queuedIndices, "the buffer stays out while the frame is open");
            f.close();
            assertEquals(List.of(0), driver.queuedIndices, "closing the frame queues its buffer back");
        }
    }

    @Test
    void withTooFewBuffersLeftToTheDriverFramesAreCopiedAndTheirBuffersGoBackAtOnce() throws Exception {
        ScriptedDriver driver = new ScriptedDriver();
        HoldingSink sink = new HoldingSink();
        try (V4l2Source s = open(driver, sink, new AtomicInteger())) {
            driver.queuedIndices.clear();
            driver.dequeue.addAll(List.of(0, 1, 2));
            assertTrue(s.pull(PULL));
            assertEquals(3, sink.frames.size());
            // Buffers 0 and 1 went out zero-copy (4 -> 3 -> 2 queued); with 1 left to the driver, buffer 2's frame is a copy.
            assertEquals(List.of(2), driver.queuedIndices, "the copied frame's buffer went straight back");
            VideoFrame copy = sink.frames.get(2);
            assertEquals(3, firstByte(copy), "the copy has buffer 2's bytes");
            mappings[2].fill((byte) 9); // the driver fills buffer 2 again
            assertEquals(3, firstByte(copy), "a copy does not change with the buffer");
            assertNotEquals(9, firstByte(sink.frames.get(0)));
            sink.frames.forEach(VideoFrame::close);
            assertEquals(List.of(2, 0, 1), driver.queuedIndices, "the zero-copy frames' buffers come back on close");
        }
    }

    @Test
    void enodevEndsTheCaptureAsDeviceLost() throws Exception {
        ScriptedDriver driver = new ScriptedDriver();
        HoldingSink sink = new HoldingSink();
        AtomicInteger lost = new AtomicInteger();
        try (V4l2Source s = open(driver, sink, lost)) {
            driver.dequeue.add(-errno_h.ENODEV());
            assertFalse(s.pull(PULL), "an unplugged camera ends the capture");
            assertEquals(1, sink.ends.size());
            assertEquals(BackendException.Kind.DEVICE_LOST, sink.ends.getFirst().kind());
            assertEquals(1, lost.get(), "the backend hears of the loss");
            assertFalse(s.pull(PULL), "and stays ended");
        }
    }

    @Test
    void aFrameHeldPastCloseStaysReadableAndItsBufferIsNotQueuedAgain() throws Exception {
        ScriptedDriver driver = new ScriptedDriver();
        HoldingSink sink = new HoldingSink();
        V4l2Source s = open(driver, sink, new AtomicInteger());
        driver.dequeue.add(1);
        assertTrue(s.pull(PULL));
        s.close();
        driver.queuedIndices.clear();
        VideoFrame f = sink.frames.getFirst();
        assertEquals(2, firstByte(f), "readable after the source closed");
        f.close();
        assertEquals(List.of(), driver.queuedIndices, "no QBUF after teardown");
    }
}
