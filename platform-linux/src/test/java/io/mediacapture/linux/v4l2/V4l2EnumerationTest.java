package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_buffer;
import io.mediacapture.bindings.v4l2.v4l2_capability;
import io.mediacapture.bindings.v4l2.v4l2_fmtdesc;
import io.mediacapture.bindings.v4l2.v4l2_format;
import io.mediacapture.bindings.v4l2.v4l2_frmivalenum;
import io.mediacapture.bindings.v4l2.v4l2_frmsize_discrete;
import io.mediacapture.bindings.v4l2.v4l2_frmsizeenum;
import io.mediacapture.bindings.v4l2.v4l2_fract;
import io.mediacapture.bindings.v4l2.v4l2_pix_format;
import io.mediacapture.bindings.v4l2.v4l2_requestbuffers;
import io.mediacapture.bindings.v4l2.videodev2_h;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.VideoMode;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The V4L2 backend's probing and opening on the host, through its OS seam ({@link V4l2Calls}) with scripted
 * drivers behind {@code video*} names in a temporary directory: nodes that are no capture device are skipped, a
 * node that vanishes (ENODEV) or fails during enumeration is skipped without failing the list, a busy device
 * reports BUSY, and every descriptor opened is closed on every path. The QEMU guest checks the same listing
 * against vivid.
 */
class V4l2EnumerationTest {
    /** videodev2.h's V4L2_CAP_META_CAPTURE (a metadata node, as vivid's video2); the bindings leave it out. */
    private static final int V4L2_CAP_META_CAPTURE = 0x00800000;

    @TempDir
    Path dev;

    /** One node's driver: what QUERYCAP says, the YUYV sizes it lists at 30 fps, and the errors it answers. */
    static final class ScriptedNode {
        int openErrno;
        int deviceCaps = videodev2_h.V4L2_CAP_VIDEO_CAPTURE() | videodev2_h.V4L2_CAP_STREAMING();
        String card = "Scripted camera";
        String busInfo = "platform:scripted";
        List<int[]> sizes = List.of(new int[] {640, 480}, new int[] {320, 240});
        final Map<Long, Integer> errors = new HashMap<>(); // ioctl request -> errno it answers

        ScriptedNode fails(long request, int errno) {
            errors.put(request, errno);
            return this;
        }
    }

    /** Scripted drivers by path; records every descriptor opened and closed, and every ioctl on a closed one. */
    static final class ScriptedDrivers implements V4l2Calls {
        final Map<String, ScriptedNode> nodes = new LinkedHashMap<>();
        final Map<Integer, String> openFds = new HashMap<>();
        final List<String> opened = new ArrayList<>();
        final List<String> closed = new ArrayList<>();
        final List<String> requests = new ArrayList<>(); // "path REQUEST"
        final List<String> misuse = new ArrayList<>();
        private int nextFd = 100_000; // never a real descriptor: nothing here reaches the kernel

        ScriptedNode add(String path) {
            ScriptedNode n = new ScriptedNode();
            nodes.put(path, n);
            return n;
        }

        @Override
        public int open(String path, int flags) {
            ScriptedNode n = nodes.get(path);
            if (n == null) {
                return -errno_h.ENOENT();
            }
            if (n.openErrno != 0) {
                return -n.openErrno;
            }
            int fd = nextFd++;
            openFds.put(fd, path);
            opened.add(path);
            return fd;
        }

        @Override
        public void close(int fd) {
            String path = openFds.remove(fd);
            if (path == null) {
                misuse.add("close of descriptor " + fd + ", which is not open");
            } else {
                closed.add(path);
            }
        }

        @Override
        public int ioctl(int fd, long request, MemorySegment arg) {
            String path = openFds.get(fd);
            if (path == null) {
                misuse.add("ioctl " + Long.toHexString(request) + " on descriptor " + fd + ", which is not open");
                return -errno_h.EBADF();
            }
            ScriptedNode n = nodes.get(path);
            requests.add(path + " " + name(request));
            Integer errno = n.errors.get(request);
            if (errno != null) {
                return -errno;
            }
            if (request == Vidioc.VIDIOC_QUERYCAP) {
                arg.fill((byte) 0);
                chars(v4l2_capability.driver(arg), "scripted");
                chars(v4l2_capability.card(arg), n.card);
                chars(v4l2_capability.bus_info(arg), n.busInfo);
                v4l2_capability.capabilities(arg, n.deviceCaps | videodev2_h.V4L2_CAP_DEVICE_CAPS());
                v4l2_capability.device_caps(arg, n.deviceCaps);
                return 0;
            }
            if (request == Vidioc.VIDIOC_ENUM_FMT) {
                if (v4l2_fmtdesc.index(arg) > 0) {
                    return -errno_h.EINVAL();
                }
                v4l2_fmtdesc.pixelformat(arg, videodev2_h.V4L2_PIX_FMT_YUYV());
                chars(v4l2_fmtdesc.description(arg), "YUYV 4:2:2");
                return 0;
            }
            if (request == Vidioc.VIDIOC_ENUM_FRAMESIZES) {
                int i = v4l2_frmsizeenum.index(arg);
                if (i >= n.sizes.size()) {
                    return -errno_h.EINVAL();
                }
                v4l2_frmsizeenum.type(arg, videodev2_h.V4L2_FRMSIZE_TYPE_DISCRETE());
                v4l2_frmsize_discrete.width(v4l2_frmsizeenum.discrete(arg), n.sizes.get(i)[0]);
                v4l2_frmsize_discrete.height(v4l2_frmsizeenum.discrete(arg), n.sizes.get(i)[1]);
                return 0;
            }
            if (request == Vidioc.VIDIOC_ENUM_FRAMEINTERVALS) {
                if (v4l2_frmivalenum.index(arg) > 0) {
                    return -errno_h.EINVAL();
                }
                v4l2_frmivalenum.type(arg, videodev2_h.V4L2_FRMIVAL_TYPE_DISCRETE());
                v4l2_fract.numerator(v4l2_frmivalenum.discrete(arg), 1);
                v4l2_fract.denominator(v4l2_frmivalenum.discrete(arg), 30);
                return 0;
            }
            if (request == Vidioc.VIDIOC_QUERYCTRL) {
                return -errno_h.EINVAL(); // no controls
            }
            if (request == Vidioc.VIDIOC_S_FMT) {
                MemorySegment pix = v4l2_format.fmt.pix(v4l2_format.fmt(arg)); // granted as asked
                v4l2_pix_format.bytesperline(pix, v4l2_pix_format.width(pix) * 2);
                v4l2_pix_format.sizeimage(pix, v4l2_pix_format.width(pix) * v4l2_pix_format.height(pix) * 2);
                return 0;
            }
            if (request == Vidioc.VIDIOC_REQBUFS) {
                return 0; // the count asked for (4), or 0 to free them
            }
            if (request == Vidioc.VIDIOC_QUERYBUF) {
                v4l2_buffer.length(arg, 640 * 480 * 2);
                return 0;
            }
            return 0; // S_PARM, STREAMOFF
        }

        @Override
        public int poll(MemorySegment fds, long count, int timeoutMillis) {
            return 0;
        }

        @Override
        public MemorySegment mapShared(int fd, long length, long offset, Arena arena) {
            return arena.allocate(length);
        }

        private static void chars(MemorySegment field, String text) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            MemorySegment.copy(b, 0, field, ValueLayout.JAVA_BYTE, 0, Math.min(b.length, (int) field.byteSize() - 1));
        }

        private static String name(long request) {
            if (request == Vidioc.VIDIOC_QUERYCAP) {
                return "QUERYCAP";
            } else if (request == Vidioc.VIDIOC_ENUM_FMT) {
                return "ENUM_FMT";
            } else if (request == Vidioc.VIDIOC_ENUM_FRAMESIZES) {
                return "ENUM_FRAMESIZES";
            } else if (request == Vidioc.VIDIOC_ENUM_FRAMEINTERVALS) {
                return "ENUM_FRAMEINTERVALS";
            } else if (request == Vidioc.VIDIOC_REQBUFS) {
                return "REQBUFS";
            }
            return Long.toHexString(request);
        }

        /** Every descriptor opened was closed once, and none was used after its close. */
        void assertAllClosed() {
            assertEquals(Map.of(), openFds, "descriptors left open");
            assertEquals(List.of(), misuse);
            assertEquals(opened.size(), closed.size(), "opened " + opened + ", closed " + closed);
        }
    }

    private final ScriptedDrivers drivers = new ScriptedDrivers();

    private static final BackendContext CONTEXT = new BackendContext() {
        @Override
        public void devicesChanged() {}

        @Override
        public System.Logger logger(String component) {
            return System.getLogger("io.mediacapture.test." + component);
        }
    };

    /** A {@code video*} name in the temporary /dev for each scripted node (the backend lists the directory). */
    private ScriptedNode node(String name) throws IOException {
        Path p = Files.createFile(dev.resolve(name));
        return drivers.add(p.toString());
    }

    private String path(String name) {
        return dev.resolve(name).toString();
    }

    private V4l2Backend backend() throws IOException {
        return V4l2Backend.open(CONTEXT, dev, new SysfsTopology(Files.createDirectories(dev.resolveSibling("sys"))),
                drivers);
    }

    private static List<String> labels(List<DeviceDescriptor> ds) {
        return ds.stream().map(DeviceDescriptor::label).toList();
    }

    @Test
    void aCaptureNodeIsListedWithTheModesItsDriverEnumerates() throws Exception {
        node("video0");
        try (V4l2Backend b = backend()) {
            List<DeviceDescriptor> ds = b.devices();
            assertEquals(List.of("Scripted camera"), labels(ds));
            assertTrue(ds.getFirst().systemDefault());
            List<VideoMode> modes = ds.getFirst().videoModes();
            assertTrue(modes.contains(new VideoMode(640, 480, NativeVideoFormat.YUY2, 30, 30)), modes.toString());
            assertTrue(modes.contains(new VideoMode(320, 240, NativeVideoFormat.YUY2, 30, 30)), modes.toString());
        }
        assertEquals(List.of(path("video0") + " QUERYCAP", path("video0") + " ENUM_FMT"),
                drivers.requests.subList(0, 2));
        drivers.assertAllClosed();
    }

    @Test
    void aNodeThatIsNoCaptureDeviceIsSkippedAndClosed() throws Exception {
        node("video0").deviceCaps = V4L2_CAP_META_CAPTURE | videodev2_h.V4L2_CAP_STREAMING();
        node("video1").card = "Second camera";
        node("video2").deviceCaps = videodev2_h.V4L2_CAP_VIDEO_CAPTURE(); // no streaming I/O
        try (V4l2Backend b = backend()) {
            List<DeviceDescriptor> ds = b.devices();
            assertEquals(List.of("Second camera"), labels(ds));
            assertTrue(ds.getFirst().systemDefault(), "the first capture node is the default, not the first node");
        }
        assertEquals(List.of(path("video0") + " QUERYCAP"), drivers.requests.stream()
                .filter(r -> r.startsWith(path("video0"))).toList(), "a metadata node is not enumerated");
        assertEquals(List.of(path("video0"), path("video1"), path("video2")), drivers.opened);
        drivers.assertAllClosed();
    }

    @Test
    void aNodeThatVanishesDuringEnumerationIsSkippedWithoutFailingTheList() throws Exception {
        node("video0").card = "Unplugged meanwhile";
        drivers.nodes.get(path("video0")).fails(Vidioc.VIDIOC_ENUM_FRAMESIZES, errno_h.ENODEV());
        node("video1").card = "Gone before QUERYCAP";
        drivers.nodes.get(path("video1")).fails(Vidioc.VIDIOC_QUERYCAP, errno_h.ENODEV());
        node("video2").card = "Still here";
        node("video3").card = "Gone during ENUM_FMT";
        drivers.nodes.get(path("video3")).fails(Vidioc.VIDIOC_ENUM_FMT, errno_h.ENODEV());
        try (V4l2Backend b = backend()) {
            assertEquals(List.of("Still here"), labels(b.devices()));
        }
        assertEquals(4, drivers.opened.size());
        drivers.assertAllClosed();
    }

    @Test
    void nodesThatCannotBeOpenedAreSkipped() throws Exception {
        node("video0").openErrno = errno_h.EACCES();
        node("video1").openErrno = errno_h.ENOENT(); // removed between the listing and the open
        node("video2").openErrno = errno_h.EBUSY();
        node("video3").card = "Openable";
        try (V4l2Backend b = backend()) {
            assertEquals(List.of("Openable"), labels(b.devices()));
        }
        assertEquals(List.of(path("video3")), drivers.opened);
        drivers.assertAllClosed();
    }

    @Test
    void openErrorsMapToTheirKindsNamingTheNode() throws Exception {
        ScriptedNode n = node("video0");
        Map<Integer, BackendException.Kind> kinds = Map.of(errno_h.EBUSY(), BackendException.Kind.BUSY,
                errno_h.EACCES(), BackendException.Kind.PERMISSION_DENIED,
                errno_h.ENODEV(), BackendException.Kind.NOT_FOUND,
                errno_h.ENOENT(), BackendException.Kind.NOT_FOUND,
                errno_h.EIO(), BackendException.Kind.FAILED);
        for (var e : kinds.entrySet()) {
            n.openErrno = e.getKey();
            BackendException x = assertThrows(BackendException.class, () -> V4l2Node.open(drivers, path("video0")));
            assertEquals(e.getValue(), x.kind(), x.getMessage());
            assertTrue(x.getMessage().contains(path("video0")), x.getMessage());
        }
        assertEquals(List.of(), drivers.opened);
    }

    @Test
    void aCameraBusyWhenOpenedForCaptureIsBusyAndItsDescriptorClosed() throws Exception {
        node("video0");
        try (V4l2Backend b = backend()) {
            DeviceDescriptor d = b.devices().getFirst();
            SourceConfig.Video config = new SourceConfig.Video(new VideoMode(640, 480, NativeVideoFormat.YUY2, 30, 30), 30);

            drivers.nodes.get(path("video0")).openErrno = errno_h.EBUSY(); // a driver that allows one open
            BackendException e = assertThrows(BackendException.class, () -> b.open(d, config, null));
            assertEquals(BackendException.Kind.BUSY, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains(path("video0")), e.getMessage());

            drivers.nodes.get(path("video0")).openErrno = 0;
            drivers.nodes.get(path("video0")).fails(Vidioc.VIDIOC_REQBUFS, errno_h.EBUSY()); // another handle streams
            e = assertThrows(BackendException.class, () -> b.open(d, config, null));
            assertEquals(BackendException.Kind.BUSY, e.kind(), e.getMessage());
            drivers.assertAllClosed();

            drivers.nodes.get(path("video0")).fails(Vidioc.VIDIOC_S_FMT, errno_h.ENODEV()); // unplugged meanwhile
            e = assertThrows(BackendException.class, () -> b.open(d, config, null));
            assertEquals(BackendException.Kind.NOT_FOUND, e.kind(), e.getMessage());
            drivers.assertAllClosed();
        }
    }

    @Test
    void anOpenedSourceClosesItsDescriptorWhenClosed() throws Exception {
        node("video0");
        try (V4l2Backend b = backend()) {
            DeviceDescriptor d = b.devices().getFirst();
            SourceHandle s = b.open(d, new SourceConfig.Video(new VideoMode(640, 480, NativeVideoFormat.YUY2, 30, 30), 30),
                    new V4l2SourceAccountingTest.HoldingSink());
            assertEquals(1, drivers.openFds.size(), "the source holds its node open");
            s.close();
        }
        assertTrue(drivers.requests.contains(path("video0") + " REQBUFS"), drivers.requests.toString());
        drivers.assertAllClosed();
    }
}
