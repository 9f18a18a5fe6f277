package io.mediacapture.bindings.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.libc.AbiChecks;
import io.mediacapture.bindings.v4l2.inline.Vidioc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The V4L2 structs, constants and ioctl numbers against linux/videodev2.h through the C compiler. (The
 * bindings meet a real driver in the QEMU rig's tests.)
 */
class V4l2AbiTest {
    private static final List<String> HEADERS = List.of("sys/time.h", "time.h", "linux/videodev2.h");

    /** Every {@code --include-struct} of bindings/jextract/v4l2.args, so a struct added there is checked too. */
    @Test
    void structsMatchTheHeader() throws Exception {
        List<Class<?>> structs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("basedir", "."), "jextract", "v4l2.args"))) {
            if (line.startsWith("--include-struct ")) {
                structs.add(Class.forName(getClass().getPackageName() + "." + line.substring(17).strip()));
            }
        }
        assertTrue(structs.containsAll(List.of(v4l2_format.class, v4l2_buffer.class, v4l2_event.class,
                v4l2_meta_format.class, v4l2_querymenu.class)), "structs from v4l2.args: " + structs);
        AbiChecks.assertStructs(HEADERS, List.of(), structs);
    }

    @Test
    void constantsMatchTheHeader() {
        AbiChecks.assertConstants(HEADERS, List.of(), videodev2_h.class);
    }

    @Test
    void ioctlRequestNumbersComputedFromJavaSizesMatchTheHeader() {
        AbiChecks.assertConstants(HEADERS, List.of(), Vidioc.class);
    }

    @Test
    void fourccMatchesThePixelFormatConstants() {
        assertEquals(videodev2_h.V4L2_PIX_FMT_YUYV(), Vidioc.fourcc("YUYV"));
        assertEquals(videodev2_h.V4L2_PIX_FMT_MJPEG(), Vidioc.v4l2_fourcc('M', 'J', 'P', 'G'));
        assertEquals("NV12", Vidioc.fourccToString(videodev2_h.V4L2_PIX_FMT_NV12()));
        assertEquals("YUYV-BE", Vidioc.fourccToString(videodev2_h.V4L2_PIX_FMT_YUYV() | 0x80000000));
        assertThrows(IllegalArgumentException.class, () -> Vidioc.fourcc("YUV"));
        assertThrows(IllegalArgumentException.class, () -> Vidioc.v4l2_fourcc('Y', 'U', 'V', '\u00e9'));
    }

    @Test
    void accessorsReadWhatTheyWrite() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = v4l2_buffer.allocate(arena);
            v4l2_buffer.index(buf, 3);
            v4l2_buffer.m.offset(v4l2_buffer.m(buf), 0x1000);
            timeval.tv_usec(v4l2_buffer.timestamp(buf), 999_999L);
            v4l2_buffer.request_fd(buf, -1);
            assertEquals(3, v4l2_buffer.index(buf));
            assertEquals(0x1000, v4l2_buffer.m.offset(v4l2_buffer.m(buf)));
            assertEquals(999_999L, timeval.tv_usec(v4l2_buffer.timestamp(buf)));
            assertEquals(-1, v4l2_buffer.reserved(buf), "request_fd and reserved share storage");

            MemorySegment sizes = v4l2_frmsizeenum.allocate(arena);
            v4l2_frmsize_stepwise.max_height(v4l2_frmsizeenum.stepwise(sizes), 1080);
            assertEquals(1080, v4l2_frmsize_stepwise.max_height(v4l2_frmsizeenum.stepwise(sizes)));

            MemorySegment cap = v4l2_capability.allocate(arena);
            v4l2_capability.driver(cap, 0, (byte) 'v');
            assertEquals('v', v4l2_capability.driver(cap, 0));
            assertThrows(IndexOutOfBoundsException.class, () -> v4l2_capability.driver(cap, 16));
        }
    }
}
