package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.linux.guest.QemuGuest;
import io.mediacapture.testing.Await;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MJPEG from a real producer over a real kernel driver: JUnit tests that run inside the QEMU guest only, on
 * JUnit's console launcher, in one boot started by {@link V4l2MjpegGuestTest} (which reads the launcher's
 * report; not a {@code *Test} class, so the host's surefire run leaves it out, and on a host it fails): v4l2loopback ({@code exclusive_caps=1}, so it is a capture-only camera while a
 * producer streams) fed by GStreamer ({@code videotestsrc pattern=smpte ! jpegenc ! v4l2sink}). For 4:2:0
 * (I420 into jpegenc) and 4:2:2 (Y42B, the webcam convention) JPEGs: the V4L2 backend lists the camera with
 * its label and an MJPEG mode, negotiates and captures MJPEG (the compressed frames have the producer's
 * size and chroma sampling), and getUserMedia delivers decoded frames that show the SMPTE bars.
 */
public final class V4l2MjpegGuestChecks {
    static final String LABEL = "Loopback MJPEG Camera";
    static final String DEVICE = "/dev/video10";
    /** run-in-guest.sh --v4l2loopback options: one device, after vivid's nodes, capture-only while fed. */
    static final String LOOPBACK_OPTIONS = "video_nr=10 card_label=\"" + LABEL + "\" exclusive_caps=1";
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    @BeforeAll
    static void onlyInTheGuest() {
        QemuGuest.assertInGuest(V4l2MjpegGuestTest.class);
    }

    @Test
    @DisplayName("MJPEG 4:2:0 (jpegenc from I420)")
    void mjpeg420() throws Exception {
        mjpeg("I420", 2, 2);
    }

    @Test
    @DisplayName("MJPEG 4:2:2 (jpegenc from Y42B)")
    void mjpeg422() throws Exception {
        mjpeg("Y42B", 2, 1);
    }

    /** One producer run: {@code rawFormat} into jpegenc, whose JPEGs must carry luma sampling h x v. */
    private void mjpeg(String rawFormat, int lumaH, int lumaV) throws Exception {
        Process producer = new ProcessBuilder("gst-launch-1.0", "-q", "videotestsrc", "pattern=smpte", "is-live=true", "!",
                "video/x-raw,format=" + rawFormat + ",width=" + WIDTH + ",height=" + HEIGHT + ",framerate=30/1", "!",
                "jpegenc", "!", "image/jpeg,parsed=true", "!", "v4l2sink", "device=" + DEVICE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD) // its running position, even with -q
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            V4l2Camera cam = awaitCamera(producer);
            VideoMode mode = cam.descriptor().videoModes().stream()
                    .filter(m -> m.format() == NativeVideoFormat.MJPEG && m.width() == WIDTH && m.height() == HEIGHT)
                    .findFirst().orElseThrow(() -> new AssertionError("no MJPEG " + WIDTH + "x" + HEIGHT + " mode: "
                            + cam.descriptor().videoModes()));
            assertEquals(30, mode.maxFrameRate(), 0.01, "the producer's rate: " + mode);
            backendFrames(cam, mode, lumaH, lumaV);
            decodedFrames();
        } finally {
            producer.destroy();
            if (!producer.waitFor(10, TimeUnit.SECONDS)) {
                producer.destroyForcibly().waitFor();
            }
        }
    }

    /** Waits until the loopback device turns into a capture device (the producer streams); max 30 s. */
    private static V4l2Camera awaitCamera(Process producer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> seen = List.of();
        while (System.nanoTime() < deadline) {
            assertTrue(producer.isAlive(), "the GStreamer producer exited with status " + (producer.isAlive() ? "" : producer.exitValue()));
            try (V4l2Backend backend = V4l2Backend.open(V4l2GuestChecks.CONTEXT, Path.of("/dev"), false)) {
                List<V4l2Camera> cams = backend.cameras();
                Optional<V4l2Camera> lb = cams.stream().filter(c -> c.path().equals(DEVICE)).findFirst();
                if (lb.isPresent() && lb.get().descriptor().videoModes().stream().anyMatch(m -> m.format() == NativeVideoFormat.MJPEG)) {
                    assertEquals(LABEL, lb.get().descriptor().label(), "the card label");
                    assertEquals("v4l2 loopback", lb.get().capability().driver());
                    return lb.get();
                }
                seen = cams.stream().map(c -> c.path() + " " + c.descriptor().videoModes().size() + " modes").toList();
            }
            Thread.sleep(200);
        }
        throw new AssertionError(DEVICE + " did not become an MJPEG camera within 30 s; cameras: " + seen);
    }

    /**
     * The producer's JPEGs have its size and chroma sampling (read from the device with v4l2-ctl, before our
     * backend opens it), and the backend negotiates MJPEG and delivers: decoded frames when it decodes itself
     * (libjpeg-turbo, io.mediacapture.linux.mjpeg), whole JPEGs for core otherwise (ImageIO fallback).
     */
    private static void backendFrames(V4l2Camera cam, VideoMode mode, int lumaH, int lumaV) throws Exception {
        Path raw = Path.of(System.getProperty("java.io.tmpdir"), "loopback-" + lumaH + "x" + lumaV + ".mjpg");
        Process v = new ProcessBuilder("v4l2-ctl", "-d", DEVICE, "--stream-mmap", "--stream-count=2", "--stream-to=" + raw)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(v.waitFor(30, TimeUnit.SECONDS), "v4l2-ctl read 2 buffers within 30 s");
        int[] sof = startOfFrame(java.nio.file.Files.readAllBytes(raw));
        assertEquals(WIDTH + "x" + HEIGHT, sof[0] + "x" + sof[1], "the producer's JPEG size");
        assertEquals(lumaH + "x" + lumaV, sof[2] + "x" + sof[3], "luma sampling factors (4:2:0 is 2x2, 4:2:2 is 2x1)");
        try (V4l2Backend backend = V4l2Backend.open(V4l2GuestChecks.CONTEXT, Path.of("/dev"), false)) {
            FrameSink sink = new FrameSink();
            V4l2Source src = (V4l2Source) backend.open(cam.descriptor(), new SourceConfig.Video(mode, mode.maxFrameRate()), sink);
            try {
                src.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (sink.jpegs.size() + sink.frames.size() < 5) {
                    assertTrue(System.nanoTime() < deadline, "only " + (sink.jpegs.size() + sink.frames.size())
                            + " of 5 frames within 30 s (" + sink.discarded + ")");
                    assertTrue(src.pull(TimeUnit.MILLISECONDS.toNanos(100)), "the source ended: " + sink.ended);
                }
            } finally {
                src.close();
            }
            try {
                for (byte[] j : sink.jpegs) {
                    int[] f = startOfFrame(j);
                    assertEquals(WIDTH + "x" + HEIGHT + " " + lumaH + "x" + lumaV, f[0] + "x" + f[1] + " " + f[2] + "x" + f[3]);
                }
                // 4:2:2 JPEGs decode straight into I422 (a chroma row per luma row), 4:2:0 into I420; the samples
                // stay the JPEG's own, tagged full range
                VideoPixelFormat decoded = lumaV == 1 ? VideoPixelFormat.I422 : VideoPixelFormat.I420;
                for (VideoFrame f : sink.frames) {
                    assertEquals(decoded + " " + WIDTH + "x" + HEIGHT, f.format() + " " + f.codedWidth() + "x" + f.codedHeight(),
                            "a frame decoded by the backend");
                    assertEquals(VideoColorSpace.JPEG, f.colorSpace(), "a frame decoded by the backend");
                }
                if (!sink.frames.isEmpty()) {
                    SmpteBars.assertBars(sink.frames.get(sink.frames.size() - 1));
                }
                System.out.println("  " + mode + " (producer's JPEGs " + lumaH + "x" + lumaV + " luma sampling): "
                        + (sink.frames.isEmpty() ? sink.jpegs.size() + " JPEGs handed to core"
                        : sink.frames.size() + " frames decoded by the backend as " + sink.frames.get(0).format())
                        + "; discarded " + sink.discarded);
            } finally {
                sink.frames.forEach(VideoFrame::close);
            }
        }
    }

    /** getUserMedia on the loopback camera: core decodes the MJPEG and the frames show the bars. */
    private static void decodedFrames() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("v4l2")) {
            MediaDeviceInfo info = Await.result(md.enumerateDevices()).stream()
                    .filter(d -> d.kind() == MediaDeviceKind.VIDEOINPUT && d.label().equals(LABEL)).findFirst()
                    .orElseThrow(() -> new AssertionError("enumerateDevices lists no '" + LABEL + "'"));
            MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", Map.of(
                    "deviceId", Map.of("exact", info.deviceId()), "width", WIDTH, "height", HEIGHT)))).getVideoTracks().get(0);
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
                long start = System.nanoTime();
                int n = 0;
                VideoFrame last = null;
                try {
                    for (; n < 6; n++) {
                        MediaFrame f = p.read(Duration.ofSeconds(20));
                        assertNotNull(f, "decoded frame " + n + " within 20 s");
                        VideoFrame v = (VideoFrame) f;
                        assertEquals(WIDTH, v.codedWidth());
                        assertEquals(HEIGHT, v.codedHeight());
                        if (last != null) {
                            last.close();
                        }
                        last = v;
                    }
                    SmpteBars.assertBars(last);
                    System.out.printf(Locale.ROOT, "  decoded %d frames as %s in %.1f s (TCG: rate not asserted)%n", n,
                            last.format(), (System.nanoTime() - start) / 1e9);
                } finally {
                    if (last != null) {
                        last.close();
                    }
                }
            } finally {
                track.stop();
            }
        }
    }

    /** Width, height and the first component's (luma's) horizontal and vertical sampling factors. */
    static int[] startOfFrame(byte[] j) {
        assertTrue(j.length > 4 && (j[0] & 0xff) == 0xff && (j[1] & 0xff) == 0xd8, "starts with SOI");
        int i = 2;
        while (i + 4 <= j.length) {
            assertEquals(0xff, j[i] & 0xff, "a marker at offset " + i);
            int marker = j[i + 1] & 0xff;
            int len = (j[i + 2] & 0xff) << 8 | j[i + 3] & 0xff;
            if (marker >= 0xc0 && marker <= 0xc2) {
                int h = (j[i + 5] & 0xff) << 8 | j[i + 6] & 0xff;
                int w = (j[i + 7] & 0xff) << 8 | j[i + 8] & 0xff;
                int sampling = j[i + 11] & 0xff;
                return new int[] {w, h, sampling >> 4, sampling & 15};
            }
            i += 2 + len;
        }
        throw new AssertionError("no SOF marker in a JPEG of " + j.length + " bytes");
    }

    /** Keeps the frames a source delivers: decoded ones, and copies of compressed ones. */
    static final class FrameSink implements SourceSink {
        final List<VideoFrame> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<byte[]> jpegs = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> discarded = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile BackendException ended;

        @Override
        public void deliver(VideoFrame frame) {
            frames.add(frame);
        }

        @Override
        public void deliver(AudioData data) {
            data.close();
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                      long timestamp, long duration) {
            try {
                if (format == NativeVideoFormat.MJPEG) {
                    jpegs.add(data.memory().asSlice(0, length).toArray(ValueLayout.JAVA_BYTE));
                }
            } finally {
                data.release();
            }
        }

        @Override
        public void frameDiscarded(String why) {
            discarded.add(why);
        }

        @Override
        public void muted(boolean muted) {}

        @Override
        public void ended(BackendException reason) {
            ended = reason;
        }
    }
}
