package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import io.mediacapture.linux.guest.GStreamerRegistry;
import io.mediacapture.linux.v4l2.SmpteBars;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MJPEG through PipeWire from a real producer: GStreamer publishes a camera node carrying MJPEG on the rig's
 * daemon ({@code videotestsrc pattern=smpte ! jpegenc ! pipewiresink mode=provide}), as another application
 * would. The backend lists it with an MJPEG mode, negotiates it, and the decoded frames show the bars, for
 * 4:2:0 and 4:2:2 JPEGs (jpegenc follows its input, I420 or Y42B). The frame rate is printed, not asserted
 * (the host is shared; issue #20 item 1 compares it with a native consumer).
 */
class PipeWireMjpegTest {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private static final BackendContext CONTEXT = new BackendContext() {
        @Override
        public void devicesChanged() {}

        @Override
        public System.Logger logger(String component) {
            return System.getLogger("test." + component);
        }
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource({"I420", "Y42B"})
    void mjpegCameraNodeFromGStreamer(String rawFormat) throws Exception {
        PipeWireRig.require();
        GStreamerRegistry.requireElements("videotestsrc", "jpegenc", "pipewiresink");
        String name = "mediacapture-test-mjpeg-" + rawFormat.toLowerCase(Locale.ROOT) + "-" + ProcessHandle.current().pid();
        String label = "MJPEG Test Camera " + rawFormat;
        ProcessBuilder pb = new ProcessBuilder("gst-launch-1.0", "-q", "videotestsrc", "pattern=smpte", "is-live=true", "!",
                "video/x-raw,format=" + rawFormat + ",width=" + WIDTH + ",height=" + HEIGHT + ",framerate=30/1", "!",
                "jpegenc", "!", "pipewiresink", "mode=provide", "client-name=" + name,
                // gst-launch joins its arguments and parses them again: the structure is quoted for that parser.
                "stream-properties=\"props,media.class=(string)Video/Source,node.name=(string)" + name
                        + ",node.description=(string)\\\"" + label + "\\\"\"")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("GST_REGISTRY", GStreamerRegistry.path().toString());
        Process producer = pb.start();
        try {
            VideoMode mode = awaitMjpegMode(producer, label);
            try (MediaDevices md = PipeWireRig.open()) {
                MediaDeviceInfo info = Await.result(md.enumerateDevices()).stream().filter(d -> d.label().equals(label))
                        .findFirst().orElseThrow(() -> new AssertionError("enumerateDevices lists no '" + label + "'"));
                MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("video", Map.of("deviceId",
                        Map.of("exact", info.deviceId()), "width", Map.of("exact", WIDTH), "height", Map.of("exact", HEIGHT)))))
                        .getVideoTracks().get(0);
                try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
                    VideoFrame last = null;
                    int n = 0;
                    long start = 0;
                    try {
                        long end = Long.MAX_VALUE;
                        while (System.nanoTime() < end) {
                            MediaFrame f = p.read(Duration.ofSeconds(10));
                            assertNotNull(f, "a decoded frame within 10 s (after " + n + ")");
                            if (last != null) {
                                last.close();
                            }
                            last = (VideoFrame) f;
                            assertEquals(WIDTH + "x" + HEIGHT, last.codedWidth() + "x" + last.codedHeight());
                            if (n++ == 0) {
                                start = System.nanoTime();
                                end = start + TimeUnit.SECONDS.toNanos(2);
                            }
                        }
                        SmpteBars.assertBars(last);
                        System.out.printf(Locale.ROOT, "%s: %s, %d frames as %s in the first 2 s (%.1f fps)%n", label, mode,
                                n - 1, last.format(), (n - 1) / ((System.nanoTime() - start) / 1e9));
                    } finally {
                        if (last != null) {
                            last.close();
                        }
                    }
                } finally {
                    track.stop();
                }
            }
        } finally {
            producer.destroy();
            if (!producer.waitFor(10, TimeUnit.SECONDS)) {
                producer.destroyForcibly().waitFor();
            }
        }
    }

    /** Waits (max 20 s) until the backend lists the producer's node with an MJPEG mode of the producer's size. */
    private static VideoMode awaitMjpegMode(Process producer, String label) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<DeviceDescriptor> seen = List.of();
        while (System.nanoTime() < deadline) {
            assertTrue(producer.isAlive(), "the GStreamer producer exited with status "
                    + (producer.isAlive() ? "" : producer.exitValue()));
            try (PipeWireBackend backend = PipeWireBackend.connect(CONTEXT, Duration.ofSeconds(10))) {
                seen = backend.devices().stream().filter(d -> d.label().equals(label)).toList();
                Optional<VideoMode> m = seen.stream().flatMap(d -> d.videoModes().stream())
                        .filter(v -> v.format() == NativeVideoFormat.MJPEG && v.width() == WIDTH && v.height() == HEIGHT)
                        .findFirst();
                if (m.isPresent()) {
                    return m.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no MJPEG " + WIDTH + "x" + HEIGHT + " camera '" + label + "' within 20 s: " + seen);
    }
}
