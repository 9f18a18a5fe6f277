package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mediacapture.AudioData;
import io.mediacapture.DOMException;
import io.mediacapture.DeviceChangeEvent;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.VideoFrame;
import io.mediacapture.bindings.libc.inline.Syscalls;
import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.bindings.v4l2.v4l2_control;
import io.mediacapture.linux.guest.QemuGuest;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.testing.Await;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Everything the V4L2 backend must show against the kernel's vivid driver: JUnit tests that run inside the
 * QEMU guest only, on JUnit's console launcher, in one boot and one JVM with {@link V4l2ContractGuestChecks}
 * (a JVM start costs seconds under TCG); {@link V4l2GuestTest} boots the guest and reads the report. Not a
 * {@code *Test} class, so the host's surefire run leaves it out; run on a host, it fails. The unplug/reload
 * check runs last: it takes the camera away.
 */
// In the order of the checks they replace: the control checks leave vivid's brightness changed, the last one
// unplugs the camera.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public final class V4l2GuestChecks {
    /** vivid with one instance: video0 capture, video1 output, then metadata nodes (as the rig's default). */
    static final String VIVID_OPTIONS = "n_devs=1 node_types=0xe1d3d num_inputs=1 input_types=0x0";
    private static final int VIVID_CID_DISCONNECT = 0x00f0f041;

    @BeforeAll
    static void onlyInTheGuest() {
        QemuGuest.assertInGuest(V4l2GuestTest.class);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static final BackendContext CONTEXT = new BackendContext() {
        @Override
        public void devicesChanged() {}

        @Override
        public System.Logger logger(String component) {
            return System.getLogger("guest." + component);
        }
    };

    private static V4l2Camera vivid(V4l2Backend backend) throws BackendException {
        List<V4l2Camera> cams = backend.cameras();
        assertEquals(1, cams.size(), "one capture node (the output and metadata nodes are skipped): " + cams);
        V4l2Camera c = cams.get(0);
        assertEquals("vivid", c.capability().driver());
        return c;
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", cmd) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + " failed: " + out);
        return out;
    }

    // ---- checks -------------------------------------------------------------------------------------

    /** Our ENUM_FMT/FRAMESIZES/FRAMEINTERVALS walk against v4l2-ctl's, format by format, size by size. */
    @Test
    @Order(10)
    @DisplayName("enumeration matches v4l2-ctl --list-formats-ext")
    void enumerationMatchesV4l2Ctl() throws Exception {
        try (V4l2Backend backend = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
            V4l2Camera cam = vivid(backend);
            Map<String, Map<String, List<String>>> theirs = parseListFormatsExt(run("v4l2-ctl", "-d", cam.path(), "--list-formats-ext"));
            Map<String, Map<String, List<String>>> ours = new LinkedHashMap<>();
            for (FormatDescription f : cam.formats()) {
                assertFalse(f.stepwise(), "vivid lists discrete sizes");
                Map<String, List<String>> sizes = new LinkedHashMap<>();
                for (FormatDescription.SizeEntry s : f.sizes()) {
                    var d = assertInstanceOf(FrameSizes.Intervals.Discrete.class, s.intervals());
                    sizes.put(s.size().toString(), d.intervals().stream()
                            .map(i -> String.format(Locale.ROOT, "%.3f", i.rate())).toList());
                }
                ours.put(f.fourccName(), sizes);
            }
            assertTrue(theirs.size() > 10, "v4l2-ctl lists vivid's formats: " + theirs.keySet());
            assertEquals(List.copyOf(theirs.keySet()), List.copyOf(ours.keySet()), "formats, in order");
            assertEquals(theirs, ours);
            // Every usable format reaches the solver with every size and rate.
            int expected = 0;
            for (FormatDescription f : cam.formats()) {
                if (V4l2PixelFormats.toNative(f.fourcc()).isPresent()) {
                    for (var s : f.sizes()) {
                        expected += ((FrameSizes.Intervals.Discrete) s.intervals()).intervals().size();
                    }
                }
            }
            assertEquals(expected, cam.descriptor().videoModes().size());
            assertTrue(cam.descriptor().videoModes().contains(VideoMode.of(640, 480, NativeVideoFormat.YUY2, 25)),
                    "640x480 YUYV at 25 fps");
            System.out.println("  " + ours.size() + " formats, " + cam.descriptor().videoModes().size() + " modes for core: "
                    + cam.fourccs().keySet());
        }
    }

    /** v4l2-ctl's listing as fourcc -> size -> rates ("30.000"). */
    static Map<String, Map<String, List<String>>> parseListFormatsExt(String text) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        Map<String, List<String>> sizes = null;
        List<String> rates = null;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (t.startsWith("[") && t.contains("]: '")) {
                int q = t.indexOf('\'');
                sizes = new LinkedHashMap<>();
                out.put(t.substring(q + 1, t.indexOf('\'', q + 1)), sizes);
            } else if (t.startsWith("Size: Discrete ") && sizes != null) {
                rates = new ArrayList<>();
                sizes.put(t.substring("Size: Discrete ".length()).trim(), rates);
            } else if (t.startsWith("Interval: Discrete ") && rates != null) {
                rates.add(t.substring(t.indexOf('(') + 1, t.indexOf(" fps")));
            }
        }
        return out;
    }

    @Test
    @Order(20)
    @DisplayName("identity: stable deviceId, label, groupId from sysfs")
    void identity() throws Exception {
        String id;
        try (V4l2Backend a = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
            V4l2Camera cam = vivid(a);
            id = cam.descriptor().deviceId();
            assertEquals("vivid", cam.descriptor().label());
            assertEquals(SysfsTopology.groupIdOf("devices/platform/vivid.0"), cam.descriptor().groupId());
            assertTrue(cam.descriptor().systemDefault());
            assertEquals(V4l2Backend.deviceIdOf(cam.capability(), 0), id);
        }
        try (V4l2Backend b = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
            assertEquals(id, vivid(b).descriptor().deviceId(), "same deviceId from a second backend");
        }
        try (MediaDevices md = MediaDevices.withBackends("v4l2")) {
            var list = Await.result(md.enumerateDevices());
            assertEquals(1, list.size(), list.toString());
            assertEquals(MediaDeviceKind.VIDEOINPUT, list.get(0).kind());
            assertEquals("vivid", list.get(0).label());
        }
    }

    /** Collects what a source delivers; frames are kept until the test closes them. */
    static final class CollectingSink implements SourceSink {
        final BlockingQueue<VideoFrame> frames = new LinkedBlockingQueue<>();
        volatile BackendException ended;

        @Override
        public void deliver(VideoFrame frame) {
            frames.add(frame);
        }

        @Override
        public void deliver(AudioData data) {
            data.close();
            fail("a camera delivered audio");
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                      long timestamp, long duration) {
            data.release();
            fail("vivid delivered compressed " + format);
        }

        @Override
        public void muted(boolean muted) {}

        @Override
        public void ended(BackendException reason) {
            ended = reason;
        }
    }

    private static VideoMode mode(V4l2Camera cam, NativeVideoFormat f, int w, int h) {
        return cam.descriptor().videoModes().stream()
                .filter(m -> m.format() == f && m.width() == w && m.height() == h && m.maxFrameRate() <= 30)
                .max(java.util.Comparator.comparingDouble(VideoMode::maxFrameRate))
                .orElseThrow(() -> new AssertionError("vivid offers no " + f + " " + w + "x" + h));
    }

    /** Pulls on this thread until {@code n} frames arrived; fails after 20 s. */
    private static List<VideoFrame> pullFrames(V4l2Source src, CollectingSink sink, int n) {
        List<VideoFrame> got = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (got.size() < n) {
            assertTrue(System.nanoTime() < deadline, "only " + got.size() + " of " + n + " frames within 20 s");
            assertTrue(src.pull(TimeUnit.MILLISECONDS.toNanos(100)), "the source ended: " + sink.ended);
            sink.frames.drainTo(got);
        }
        return got;
    }

    @Test
    @Order(30)
    @DisplayName("capture content: YUY2 320x180")
    void captureYuy2() throws Exception {
        captureBars(NativeVideoFormat.YUY2, 320, 180);
    }

    @Test
    @Order(40)
    @DisplayName("capture content: UYVY 640x480")
    void captureUyvy() throws Exception {
        captureBars(NativeVideoFormat.UYVY, 640, 480);
    }

    @Test
    @Order(50)
    @DisplayName("capture content: I420 640x360")
    void captureI420() throws Exception {
        captureBars(NativeVideoFormat.I420, 640, 360);
    }

    @Test
    @Order(60)
    @DisplayName("capture content: RGB24 320x180")
    void captureRgb24() throws Exception {
        captureBars(NativeVideoFormat.RGB24, 320, 180);
    }

    private void captureBars(NativeVideoFormat format, int w, int h) throws Exception {
        try (V4l2Backend backend = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
            V4l2Camera cam = vivid(backend);
            VideoMode m = mode(cam, format, w, h);
            CollectingSink sink = new CollectingSink();
            V4l2Source src = (V4l2Source) backend.open(cam.descriptor(), new SourceConfig.Video(m, m.maxFrameRate()), sink);
            List<VideoFrame> frames;
            try {
                src.start();
                frames = pullFrames(src, sink, 3);
            } finally {
                src.close();
            }
            long now = System.nanoTime() / 1_000;
            long last = Long.MIN_VALUE;
            for (VideoFrame f : frames) {
                assertEquals(format.pixelFormat().orElseThrow(), f.format());
                assertEquals(w, f.codedWidth());
                assertEquals(h, f.codedHeight());
                assertTrue(f.timestamp() > last, "timestamps increase");
                assertTrue(Math.abs(now - f.timestamp()) < 30_000_000, "timestamp " + f.timestamp() + " on the monotonic clock (now " + now + ")");
                last = f.timestamp();
            }
            // The frames outlive the source's close(): the mappings stay until the last frame is closed.
            try {
                System.out.println("  " + m + ", stride " + frames.get(0).stride(0) + ", " + frames.size() + " frames");
                VividFrames.assertColourBars(frames.get(frames.size() - 1));
            } finally {
                frames.forEach(VideoFrame::close);
            }
        }
    }

    /** An application that keeps every frame gets copies once the driver would be left short of buffers. */
    @Test
    @Order(70)
    @DisplayName("frames held by the consumer: copies keep the camera running")
    void heldFramesDoNotStarve() throws Exception {
        try (V4l2Backend backend = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
            V4l2Camera cam = vivid(backend);
            VideoMode m = mode(cam, NativeVideoFormat.YUY2, 320, 180);
            CollectingSink sink = new CollectingSink();
            V4l2Source src = (V4l2Source) backend.open(cam.descriptor(), new SourceConfig.Video(m, m.maxFrameRate()), sink);
            try {
                src.start();
                List<VideoFrame> held = pullFrames(src, sink, 10); // 4 driver buffers, 10 frames held
                VividFrames.assertColourBars(held.get(0));
                VividFrames.assertColourBars(held.get(9));
                held.forEach(VideoFrame::close);
                pullFrames(src, sink, 2).forEach(VideoFrame::close); // buffers came back to the driver
            } finally {
                src.close();
            }
        }
    }

    /**
     * track.stop() while the application holds a zero-copy frame: the track ends and the device is free for
     * another client at once, while the frame keeps its mapping (the kernel orphans the buffer) and reads the
     * same bytes as before the stop, until it is closed.
     */
    @Test
    @Order(80)
    @DisplayName("a frame held after stop stays readable")
    void heldFrameAfterStopStaysReadable() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("v4l2"); MediaDevices other = MediaDevices.withBackends("v4l2")) {
            MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            VideoFrame held;
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 1)) {
                MediaFrame f = p.read(Duration.ofSeconds(10));
                assertNotNull(f, "a frame within 10 s");
                held = assertInstanceOf(VideoFrame.class, f);
            }
            try {
                byte[] before = new byte[(int) held.allocationSize()];
                held.copyTo(before);
                track.stop();
                assertEquals(MediaStreamTrackState.ENDED, track.readyState(), "stop() ends the track at once");
                // Released for others while the frame is held (REQBUFS(0) orphans the mapped buffers).
                Await.result(other.getUserMedia(Map.of("video", true))).getTracks().forEach(MediaStreamTrack::stop);
                Thread.sleep(300);
                byte[] after = new byte[(int) held.allocationSize()];
                held.copyTo(after);
                assertTrue(java.util.Arrays.equals(before, after), "the held frame reads the same bytes after stop()");
                boolean content = false;
                for (byte b : after) {
                    content |= b != 0;
                }
                assertTrue(content, "the held frame is not blank");
                System.out.println("  " + held + " read intact 300 ms after stop()");
            } finally {
                held.close();
            }
        }
    }

    @Test
    @Order(90)
    @DisplayName("busy device (EBUSY) -> BUSY / NotReadableError")
    void busy() throws Exception {
        try (V4l2Backend backend = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
            V4l2Camera cam = vivid(backend);
            VideoMode m = mode(cam, NativeVideoFormat.YUY2, 640, 480);
            CollectingSink sink = new CollectingSink();
            V4l2Source first = (V4l2Source) backend.open(cam.descriptor(), new SourceConfig.Video(m, m.maxFrameRate()), sink);
            try {
                first.start();
                BackendException e = assertThrows(BackendException.class,
                        () -> backend.open(cam.descriptor(), new SourceConfig.Video(m, m.maxFrameRate()), new CollectingSink()));
                assertEquals(BackendException.Kind.BUSY, e.kind(), e.toString());
                assertTrue(e.getMessage().contains("EBUSY"), e.getMessage());
            } finally {
                first.close();
                sink.frames.forEach(VideoFrame::close);
            }
        }
        try (MediaDevices a = MediaDevices.withBackends("v4l2"); MediaDevices b = MediaDevices.withBackends("v4l2")) {
            MediaStreamTrack t = Await.result(a.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            try {
                Throwable e = Await.failure(b.getUserMedia(Map.of("video", true)));
                assertEquals("NotReadableError", assertInstanceOf(DOMException.class, e).name(), e.toString());
            } finally {
                t.stop();
            }
            // Once released, the other MediaDevices gets it.
            Await.result(b.getUserMedia(Map.of("video", true))).getTracks().forEach(MediaStreamTrack::stop);
        }
    }

    /**
     * Root ignores file modes, but not a nodev mount: a copy of the device node there opens with EACCES,
     * as a camera does for a user without access.
     */
    @Test
    @Order(100)
    @DisplayName("permission denied (EACCES) -> PERMISSION_DENIED")
    void permissionDenied() throws Exception {
        Path dir = Path.of("/tmp/v4l2-nodev");
        Files.createDirectories(dir);
        run("mount", "-t", "tmpfs", "-o", "mode=755", "tmpfs", dir.toString());
        try {
            String node;
            String majorMinor;
            try (V4l2Backend backend = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
                node = Path.of(vivid(backend).path()).getFileName().toString();
                majorMinor = Files.readString(Path.of("/sys/class/video4linux", node, "dev")).trim();
            }
            String[] mm = majorMinor.split(":");
            run("mknod", dir.resolve(node).toString(), "c", mm[0], mm[1]);
            try (V4l2Backend backend = V4l2Backend.open(CONTEXT, dir, false)) {
                V4l2Camera cam = vivid(backend); // listed while the mount allows device access
                run("mount", "-o", "remount,nodev", dir.toString());
                VideoMode m = mode(cam, NativeVideoFormat.YUY2, 320, 180);
                BackendException e = assertThrows(BackendException.class,
                        () -> backend.open(cam.descriptor(), new SourceConfig.Video(m, m.maxFrameRate()), new CollectingSink()));
                assertEquals(BackendException.Kind.PERMISSION_DENIED, e.kind(), e.toString());
                assertTrue(e.getMessage().contains("EACCES"), e.getMessage());
            }
        } finally {
            run("umount", dir.toString());
        }
    }

    @Test
    @Order(110)
    @DisplayName("closing MediaDevices ends the video track with an ended event")
    void closingEndsVideoTrack() throws Exception {
        MediaDevices md = MediaDevices.withBackends("v4l2");
        MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
        CountDownLatch ended = new CountDownLatch(1);
        track.setOnended(e -> ended.countDown());
        md.close();
        assertTrue(ended.await(5, TimeUnit.SECONDS), "ended fired on close");
        assertEquals(MediaStreamTrackState.ENDED, track.readyState());
    }

    // ---- camera controls (MediaStream Image Capture) ---------------------------------------------------

    private static MediaStreamTrack smallCamera(MediaDevices md) {
        return Await.result(md.getUserMedia(Map.of("video", Map.of("width", 320, "height", 180))))
                .getVideoTracks().get(0);
    }

    @Test
    @Order(120)
    @DisplayName("camera controls: vivid's user controls under their spec names")
    void controlsAreListed() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("v4l2")) {
            MediaStreamTrack t = smallCamera(md);
            var caps = t.getCapabilities();
            System.out.println("  capabilities: " + caps.toMap());
            System.out.println("  settings: " + t.getSettings().toMap());
            var brightness = caps.brightness().orElseThrow(() -> new AssertionError("no brightness: " + caps.toMap()));
            assertEquals(io.mediacapture.MediaSettingsRange.of(0, 255, 1), brightness);
            assertTrue(caps.contrast().isPresent() && caps.saturation().isPresent(), caps.toMap().toString());
            assertFalse(caps.zoom().isPresent(), "vivid has no zoom control");
            assertTrue(t.getSettings().brightness().isPresent());
            t.stop();
        }
    }

    @Test
    @Order(130)
    @DisplayName("camera controls: applyConstraints({brightness}) changes the captured luma")
    void brightnessChangesLuma() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("v4l2")) {
            MediaStreamTrack t = smallCamera(md);
            Await.result(t.applyConstraints(io.mediacapture.MediaTrackConstraints.fromMap(Map.of("width", 320,
                    "height", 180, "brightness", Map.of("exact", 40)))));
            assertEquals(40.0, t.getSettings().brightness().getAsDouble());
            double dark = VividFrames.meanLumaAfterChange(t);
            Await.result(t.applyConstraints(io.mediacapture.MediaTrackConstraints.fromMap(Map.of("width", 320,
                    "height", 180, "brightness", 220))));
            assertEquals(220.0, t.getSettings().brightness().getAsDouble());
            double bright = VividFrames.meanLumaAfterChange(t);
            System.out.printf(Locale.ROOT, "  mean luma at brightness 40: %.1f, at 220: %.1f%n", dark, bright);
            assertTrue(bright > dark + 40, "brightness 220 is brighter than 40: " + dark + " -> " + bright);
            Throwable e = Await.failure(t.applyConstraints(io.mediacapture.MediaTrackConstraints.fromMap(
                    Map.of("brightness", Map.of("exact", 300)))));
            assertEquals("brightness", assertInstanceOf(io.mediacapture.OverconstrainedError.class, e).constraint());
            t.stop();
        }
    }

    @Test
    @Order(140)
    @DisplayName("camera controls: a change by v4l2-ctl shows in getSettings()")
    void outsideChangeShows() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("v4l2")) {
            MediaStreamTrack t = smallCamera(md);
            String path;
            try (V4l2Backend b = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
                path = vivid(b).path();
            }
            run("v4l2-ctl", "-d", path, "-c", "brightness=77,contrast=99");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (t.getSettings().brightness().orElse(-1) != 77 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(77.0, t.getSettings().brightness().getAsDouble(), "brightness set by v4l2-ctl");
            assertEquals(99.0, t.getSettings().contrast().getAsDouble(), "contrast set by v4l2-ctl");
            t.stop();
        }
    }

    /** vivid's "disconnect" control unregisters the device as an unplug would; then the module comes back. */
    @Test
    @Order(150)
    @DisplayName("unplug ends the track; reloading the module fires devicechange")
    void unplugAndReload() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("v4l2")) {
            BlockingQueue<DeviceChangeEvent> changes = new LinkedBlockingQueue<>();
            md.setOndevicechange(changes::add);
            var before = Await.result(md.enumerateDevices());
            assertEquals(1, before.size(), before.toString());
            String deviceId = before.get(0).deviceId();
            MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            CountDownLatch ended = new CountDownLatch(1);
            track.setOnended(e -> ended.countDown());
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
                try (MediaFrame f = p.read(Duration.ofSeconds(10))) {
                    assertNotNull(f, "a frame before the unplug");
                }
                String path;
                try (V4l2Backend b = V4l2Backend.open(CONTEXT, Path.of("/dev"), false)) {
                    path = vivid(b).path();
                }
                try (V4l2Node n = V4l2Node.open(path); Arena arena = Arena.ofConfined()) {
                    MemorySegment ctrl = v4l2_control.allocate(arena);
                    v4l2_control.id(ctrl, VIVID_CID_DISCONNECT);
                    v4l2_control.value(ctrl, 1);
                    Syscalls.ioctl(n.fd(), Vidioc.VIDIOC_S_CTRL, ctrl, "VIDIOC_S_CTRL(disconnect)");
                }
                assertTrue(ended.await(10, TimeUnit.SECONDS), "the track ended within 10 s of the unplug");
                System.out.println("  " + path + " exists after the unplug: " + Files.exists(Path.of(path)));
                assertEquals(MediaStreamTrackState.ENDED, track.readyState());
                Throwable reason = track.endedReason().orElseThrow();
                System.out.println("  ended: " + reason);
            }
            DeviceChangeEvent gone = changes.poll(10, TimeUnit.SECONDS);
            assertNotNull(gone, "devicechange after the unplug");
            assertTrue(gone.devices().isEmpty(), "no camera after the unplug: " + gone.devices());

            // Reload the module: the camera comes back with the same deviceId.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                Process p = new ProcessBuilder("modprobe", "-r", "vivid").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                if (p.waitFor() == 0) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "modprobe -r vivid keeps failing: " + out);
                System.gc(); // frames dropped without close() hold mappings until the cleaner runs
                Thread.sleep(200);
            }
            List<String> cmd = new ArrayList<>(List.of("modprobe", "vivid"));
            cmd.addAll(List.of(VIVID_OPTIONS.split(" ")));
            run(cmd.toArray(String[]::new));
            DeviceChangeEvent back = null;
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (back == null || back.devices().isEmpty()) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "devicechange with the camera back within 20 s of modprobe");
                back = changes.poll(left, TimeUnit.NANOSECONDS);
            }
            assertEquals(deviceId, back.devices().get(0).deviceId(), "same deviceId after the reload");
            System.out.println("  back: " + back.devices() + ", userInsertedDevices " + back.userInsertedDevices());
            // And it streams again.
            MediaStreamTrack again = Await.result(md.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(again, 2);
                 MediaFrame f = p.read(Duration.ofSeconds(10))) {
                assertNotNull(f, "a frame after the reload");
            } finally {
                again.stop();
            }
        }
    }
}
