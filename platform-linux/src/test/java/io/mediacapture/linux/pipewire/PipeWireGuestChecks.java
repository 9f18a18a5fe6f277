package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.DeviceChangeEvent;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.VideoFrame;
import io.mediacapture.linux.v4l2.SmpteBars;
import io.mediacapture.linux.v4l2.VividFrames;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * PipeWire's own camera nodes as desktop users get them, run in one boot of the QEMU guest by
 * {@link PipeWireGuestTest} under {@code scripts/qemu/guest-pipewire.sh} (udev, PipeWire, WirePlumber with its
 * V4L2 monitor over vivid): the PipeWire backend lists the camera with its real label and vivid's modes,
 * captures at two sizes with vivid's colour bars, sees an unplug (the vivid platform device unbound from its
 * driver) as {@code ended} on the track and a {@code devicechange}, and a replug (bound again) brings the
 * camera back to the same {@link MediaDevices}. Last, MJPEG through PipeWire from a real producer: GStreamer
 * publishes an MJPEG camera node ({@code jpegenc ! pipewiresink mode=provide}, 4:2:2 JPEGs); the backend lists
 * it with an MJPEG mode, negotiates it, and the decoded frames show the SMPTE bars. (On the host rig such a
 * node next to the rig's videotestsrc camera left that camera "out of buffers" for the tests after it; here it
 * has a daemon of its own.) Prints one line per check; exits non-zero when any failed.
 */
public final class PipeWireGuestChecks {
    static final String SUMMARY = "PIPEWIRE-GUEST-CHECKS";
    /** What WirePlumber's V4L2 monitor names vivid's capture node: the card name and "(V4L2)". */
    static final String LABEL = "vivid (V4L2)";
    private static final Path VIVID_DRIVER = Path.of("/sys/bus/platform/drivers/vivid");
    private static final String VIVID_DEVICE = "vivid.0";

    private final List<String> failures = new ArrayList<>();
    private int passed;

    public static void main(String[] args) {
        PipeWireGuestChecks c = new PipeWireGuestChecks();
        try (MediaDevices md = MediaDevices.withBackends("pipewire")) {
            BlockingQueue<List<MediaDeviceInfo>> changes = new LinkedBlockingQueue<>();
            md.setOndevicechange((DeviceChangeEvent e) -> changes.add(e.devices()));
            c.check("the V4L2 monitor's camera node: label and vivid's modes", c::labelAndModes);
            c.check("capture YUY2 320x180 with vivid's colour bars", () -> c.capture(md, 320, 180));
            c.check("capture 640x480 with vivid's colour bars", () -> c.capture(md, 640, 480));
            c.check("unplug (unbind vivid) ends the track and fires devicechange; replug brings it back",
                    () -> c.unplugAndReplug(md, changes));
            c.check("MJPEG 4:2:2 camera node published by GStreamer (pipewiresink): mode, capture, bars",
                    () -> c.mjpegFromPipewiresink(md));
        }
        System.out.println(SUMMARY + ": " + c.passed + " passed, " + c.failures.size() + " failed" + (c.failures.isEmpty() ? "" : " " + c.failures));
        System.exit(c.failures.isEmpty() ? 0 : 1);
    }

    interface Check {
        void run() throws Throwable;
    }

    private void check(String name, Check body) {
        long start = System.nanoTime();
        try {
            body.run();
            passed++;
            System.out.printf(Locale.ROOT, "PW-GUEST-CHECK PASS %s (%.1f s)%n", name, (System.nanoTime() - start) / 1e9);
        } catch (Throwable t) {
            failures.add(name);
            System.out.printf(Locale.ROOT, "PW-GUEST-CHECK FAIL %s (%.1f s): %s%n", name, (System.nanoTime() - start) / 1e9, t);
            t.printStackTrace(System.out);
        }
        System.out.flush();
    }

    private static final BackendContext CONTEXT = new BackendContext() {
        @Override
        public void devicesChanged() {}

        @Override
        public System.Logger logger(String component) {
            return System.getLogger("guest." + component);
        }
    };

    /** The backend's descriptor of the camera: the node's description as label, vivid's sizes and rates. */
    void labelAndModes() throws Exception {
        try (PipeWireBackend backend = PipeWireBackend.connect(CONTEXT, Duration.ofSeconds(20))) {
            List<DeviceDescriptor> cams = backend.devices().stream().filter(DeviceDescriptor::isCamera).toList();
            assertEquals(1, cams.size(), "one camera node (vivid's capture node): " + cams);
            DeviceDescriptor cam = cams.get(0);
            assertEquals(LABEL, cam.label());
            List<VideoMode> modes = cam.videoModes();
            System.out.println("  " + cam.label() + ": " + modes.size() + " modes, formats "
                    + modes.stream().map(VideoMode::format).distinct().toList());
            // vivid's webcam input: every format at 320x180..3840x2160, 640x480 up to 25 fps, 320x180 up to 60.
            for (int[] size : new int[][] {{320, 180}, {640, 360}, {640, 480}, {1280, 720}, {1920, 1080}}) {
                assertTrue(modes.stream().anyMatch(m -> m.format() == NativeVideoFormat.YUY2 && m.width() == size[0]
                        && m.height() == size[1]), "YUY2 " + size[0] + "x" + size[1] + " among " + modes);
            }
            double max480 = modes.stream().filter(m -> m.format() == NativeVideoFormat.YUY2 && m.width() == 640 && m.height() == 480)
                    .mapToDouble(VideoMode::maxFrameRate).max().orElse(0);
            assertEquals(25, max480, 0.01, "vivid's fastest rate at 640x480");
            assertTrue(modes.stream().noneMatch(m -> m.width() == 1024 && m.height() == 768),
                    "no size vivid does not offer: " + modes);
        }
    }

    private static String cameraId(MediaDevices md) {
        List<MediaDeviceInfo> cams = Await.result(md.enumerateDevices()).stream()
                .filter(d -> d.kind() == MediaDeviceKind.VIDEOINPUT).toList();
        assertEquals(1, cams.size(), "one camera: " + cams);
        assertEquals(LABEL, cams.get(0).label());
        return cams.get(0).deviceId();
    }

    void capture(MediaDevices md, int w, int h) throws Exception {
        MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", Map.of("deviceId", Map.of("exact", cameraId(md)),
                "width", Map.of("exact", w), "height", Map.of("exact", h))))).getVideoTracks().get(0);
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
            VideoFrame last = null;
            try {
                for (int i = 0; i < 3; i++) {
                    MediaFrame f = p.read(Duration.ofSeconds(20));
                    assertNotNull(f, "frame " + i + " within 20 s");
                    if (last != null) {
                        last.close();
                    }
                    last = (VideoFrame) f;
                    assertEquals(w, last.codedWidth());
                    assertEquals(h, last.codedHeight());
                }
                System.out.println("  " + w + "x" + h + " as " + last.format() + ", settings " + track.getSettings());
                VividFrames.assertColourBars(last);
            } finally {
                if (last != null) {
                    last.close();
                }
            }
        } finally {
            track.stop();
        }
    }

    void unplugAndReplug(MediaDevices md, BlockingQueue<List<MediaDeviceInfo>> changes) throws Exception {
        String id = cameraId(md);
        MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", Map.of("deviceId", Map.of("exact", id),
                "width", Map.of("exact", 320), "height", Map.of("exact", 180))))).getVideoTracks().get(0);
        CountDownLatch ended = new CountDownLatch(1);
        track.setOnended(e -> ended.countDown());
        boolean unbound = false;
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
            try (MediaFrame f = p.read(Duration.ofSeconds(20))) {
                assertNotNull(f, "a frame before the unplug");
            }
            changes.clear();
            Files.writeString(VIVID_DRIVER.resolve("unbind"), VIVID_DEVICE);
            unbound = true;
            assertTrue(ended.await(20, TimeUnit.SECONDS), "ended fired after the unplug");
            assertEquals(MediaStreamTrackState.ENDED, track.readyState());
            awaitChange(changes, l -> l.stream().noneMatch(d -> d.kind() == MediaDeviceKind.VIDEOINPUT), "the camera gone");
            // The backend's connection survived the node's removal (PipeWire reports errors about the removed
            // objects on the core: they are not a lost connection).
            assertTrue(Await.result(md.enumerateDevices()).stream().noneMatch(d -> d.kind() == MediaDeviceKind.VIDEOINPUT),
                    "enumerateDevices works after the unplug and lists no camera");
        } finally {
            track.stop();
            if (unbound) {
                Files.writeString(VIVID_DRIVER.resolve("bind"), VIVID_DEVICE);
            }
        }
        List<MediaDeviceInfo> back = awaitChange(changes, l -> l.stream().anyMatch(d -> d.label().equals(LABEL)), "the camera back");
        String idBack = back.stream().filter(d -> d.label().equals(LABEL)).findFirst().orElseThrow().deviceId();
        System.out.println("  deviceId before " + id + ", after the replug " + idBack);
        capture(md, 320, 180);
    }

    void mjpegFromPipewiresink(MediaDevices md) throws Exception {
        String name = "mediacapture-mjpeg-test";
        String label = "MJPEG Test Camera";
        Process producer = new ProcessBuilder("gst-launch-1.0", "-q", "videotestsrc", "pattern=smpte", "is-live=true", "!",
                "video/x-raw,format=Y42B,width=640,height=480,framerate=30/1", "!", "jpegenc", "!",
                "pipewiresink", "mode=provide", "client-name=" + name,
                // gst-launch joins its arguments and parses them again: the structure is quoted for that parser.
                "stream-properties=\"props,media.class=(string)Video/Source,node.name=(string)" + name
                        + ",node.description=(string)\\\"" + label + "\\\"\"")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            VideoMode mode = null;
            List<DeviceDescriptor> seen = List.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (mode == null && System.nanoTime() < deadline) {
                assertTrue(producer.isAlive(), "the GStreamer producer is running");
                try (PipeWireBackend backend = PipeWireBackend.connect(CONTEXT, Duration.ofSeconds(20))) {
                    seen = backend.devices().stream().filter(d -> d.label().equals(label)).toList();
                    mode = seen.stream().flatMap(d -> d.videoModes().stream())
                            .filter(m -> m.format() == NativeVideoFormat.MJPEG && m.width() == 640 && m.height() == 480)
                            .findFirst().orElse(null);
                }
                if (mode == null) {
                    Thread.sleep(300);
                }
            }
            assertNotNull(mode, "an MJPEG 640x480 mode on '" + label + "' within 30 s: " + seen);
            String id = Await.result(md.enumerateDevices()).stream().filter(d -> d.label().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("enumerateDevices lists no '" + label + "'")).deviceId();
            MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", Map.of("deviceId", Map.of("exact", id),
                    "width", Map.of("exact", 640), "height", Map.of("exact", 480))))).getVideoTracks().get(0);
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
                VideoFrame last = null;
                long start = System.nanoTime();
                try {
                    for (int i = 0; i < 6; i++) {
                        MediaFrame f = p.read(Duration.ofSeconds(20));
                        assertNotNull(f, "decoded frame " + i + " within 20 s");
                        if (last != null) {
                            last.close();
                        }
                        last = (VideoFrame) f;
                        assertEquals(640, last.codedWidth());
                        assertEquals(480, last.codedHeight());
                    }
                    System.out.printf(Locale.ROOT, "  %s: %s; 6 frames as %s in %.1f s (TCG: rate not asserted)%n", label, mode,
                            last.format(), (System.nanoTime() - start) / 1e9);
                    SmpteBars.assertBars(last);
                } finally {
                    if (last != null) {
                        last.close();
                    }
                }
            } finally {
                track.stop();
            }
        } finally {
            producer.destroy();
            if (!producer.waitFor(10, TimeUnit.SECONDS)) {
                producer.destroyForcibly().waitFor();
            }
        }
    }

    private static List<MediaDeviceInfo> awaitChange(BlockingQueue<List<MediaDeviceInfo>> changes,
                                                    Predicate<List<MediaDeviceInfo>> test, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            List<MediaDeviceInfo> l = changes.poll(200, TimeUnit.MILLISECONDS);
            if (l != null && test.test(l)) {
                return l;
            }
        }
        throw new AssertionError("no devicechange with " + what + " within 30 s");
    }
}
