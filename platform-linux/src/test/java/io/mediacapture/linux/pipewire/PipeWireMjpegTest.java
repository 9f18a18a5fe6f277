package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.FrameStatistics;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.linux.mjpeg.MjpegPipeline;
import io.mediacapture.linux.mjpeg.TurboJpeg;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.Peers;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #20: an MJPEG camera node published by another PipeWire client (GStreamer {@code videotestsrc ! jpegenc !
 * pipewiresink mode=provide}, SMPTE bars at 30 fps), captured at full frame rate with the right picture, side by
 * side with a native consumer of the same node in the same run ({@code pipewiresrc ! jpegdec ! fakesink}).
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last on the shared rig: see junit-platform.properties
class PipeWireMjpegTest {
    private static final Duration WARM_UP = Duration.ofMillis(2_500);
    private static final Duration WINDOW = Duration.ofSeconds(4);
    /**
     * videotestsrc's {@code smpte} pattern (100 % bars): white, yellow, cyan, green, magenta, red, blue across the
     * top two thirds. videotestsrc draws full-range BT.601 YUV (colorimetry 1:4:0:0), so that the JPEGs are JFIF as
     * cameras send them: jpegenc copies the YUV samples it gets into the JPEG unchanged (video-range samples of
     * any matrix otherwise), and fed RGB it writes RGB JPEGs, which cameras do not. (RGB + videoconvert would do
     * too, but costs the producer more than a frame period at 1080p on a loaded 2-core machine.)
     */
    private static final int[] BARS = {0xFFFFFF, 0xFFFF00, 0x00FFFF, 0x00FF00, 0xFF00FF, 0xFF0000, 0x0000FF};

    private MediaDevices devices;
    private Process producer;
    private Process nativeConsumer;

    @BeforeEach
    void rig() {
        PipeWireRig.require();
        Peers.require(onPath("gst-launch-1.0"), "GStreamer's gst-launch-1.0 (Debian gstreamer1.0-tools, with "
                + "gstreamer1.0-pipewire and gstreamer1.0-plugins-good)");
        devices = PipeWireRig.open();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : new Process[] {nativeConsumer, producer}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        if (devices != null) {
            devices.close();
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static Process gst(Path log, String... pipeline) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("gst-launch-1.0", "-e", "-v"));
        cmd.addAll(List.of(pipeline));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @ParameterizedTest(name = "{0}x{1} from {2}")
    @CsvSource({"640, 480, I420", "1280, 720, Y42B", "1920, 1080, I420"}) // Y42B: 4:2:2 JPEGs, the webcam convention
    void fullFrameRateAndTheRightPicture(int width, int height, String yuv) throws Exception {
        String name = "mediacapture-mjpeg-" + width + "x" + height;
        Path producerLog = Files.createTempFile("mjpeg-producer", ".log");
        Path nativeLog = Files.createTempFile("mjpeg-native", ".log");
        producer = gst(producerLog, "videotestsrc", "is-live=true", "pattern=smpte", "!",
                "video/x-raw,format=" + yuv + ",width=" + width + ",height=" + height + ",framerate=30/1,colorimetry=1:4:0:0",
                "!", "jpegenc", "!",
                "pipewiresink", "mode=provide", "stream-properties=props,media.class=Video/Source,node.name=" + name
                        + ",node.description=MJPEG-" + width + "x" + height);
        MediaDeviceInfo camera = awaitCamera("MJPEG-" + width + "x" + height, producerLog);
        MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", Map.of(
                "deviceId", Map.of("exact", camera.deviceId()),
                "width", Map.of("exact", width), "height", Map.of("exact", height))))).getVideoTracks().getFirst();
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 120)) {
            long warmEnd = System.nanoTime() + WARM_UP.toNanos();
            VideoFrame sample = null;
            while (System.nanoTime() < warmEnd || sample == null) {
                // The first frame waits for the producer's first JPEG and a cold decoder (interpreted at first):
                // seconds on a loaded 2-core machine at 1080p.
                MediaFrame f = p.read(Duration.ofSeconds(sample == null ? 20 : 5));
                assertNotNull(f, "a frame from the MJPEG node within " + (sample == null ? 20 : 5) + " s; producer log: "
                        + Files.readString(producerLog));
                if (sample == null) {
                    sample = (VideoFrame) f;
                } else {
                    f.close();
                }
            }
            try (VideoFrame v = sample) {
                // 4:2:2 JPEGs decode straight into I422 (with TurboJPEG; core's ImageIO fallback makes I420)
                VideoPixelFormat expected = "Y42B".equals(yuv) && TurboJpeg.available() ? VideoPixelFormat.I422
                        : VideoPixelFormat.I420;
                assertEquals(expected, v.format());
                // the JPEG's own full-range samples, and the frame says so (either decoder)
                assertEquals(VideoColorSpace.JPEG, v.colorSpace());
                assertEquals(width, v.codedWidth());
                assertBars(v);
            }
            long discardedBefore = FrameStatistics.discardedFrames();
            long behindBefore = MjpegPipeline.discardedBehind();
            nativeConsumer = gst(nativeLog, "pipewiresrc", "target-object=" + name, "!", "image/jpeg", "!", "jpegdec",
                    "!", "fpsdisplaysink", "video-sink=fakesink", "text-overlay=false", "signal-fps-measurements=true",
                    "fps-update-interval=1000");
            Set<Long> ours = new HashSet<>();
            long end = System.nanoTime() + WINDOW.toNanos();
            while (System.nanoTime() < end) {
                try (MediaFrame f = p.read(Duration.ofSeconds(2))) {
                    if (f != null) {
                        ours.add(f.timestamp());
                    }
                }
            }
            long discarded = FrameStatistics.discardedFrames() - discardedBefore;
            long behind = MjpegPipeline.discardedBehind() - behindBefore;
            nativeConsumer.destroy(); // SIGTERM: gst-launch prints its last measurement
            nativeConsumer.waitFor(5, TimeUnit.SECONDS);
            double oursFps = ours.size() / (WINDOW.toMillis() / 1000.0);
            double nativeFps = nativeAverageFps(nativeLog);
            double arrivedFps = (ours.size() + behind) / (WINDOW.toMillis() / 1000.0);
            System.out.printf(java.util.Locale.ROOT, "PipeWireMjpegTest %dx%d: ours %.1f fps (%d frames in %d ms), "
                    + "native pipewiresrc ! jpegdec %.1f fps, discarded %d (%d with the decoder 8 frames behind: CPU)%n",
                    width, height, oursFps, ours.size(), WINDOW.toMillis(), nativeFps, discarded, behind);
            assertEquals(0, discarded - behind, "frames discarded as cut or undecodable while the node was healthy");
            assertTrue(nativeFps > 0, "the native consumer measured nothing; its log: " + Files.readString(nativeLog));
            // Every frame the node sent reached us: delivered, or (only when this shared machine starves the decode
            // thread of CPU) counted as discarded because the decoder was 8 frames behind.
            assertTrue(arrivedFps >= 0.9 * nativeFps, "ours " + oursFps + " fps (+" + behind + " behind) vs the native "
                    + "consumer's " + nativeFps);
        } finally {
            track.stop();
            Files.deleteIfExists(producerLog);
            Files.deleteIfExists(nativeLog);
        }
    }

    private MediaDeviceInfo awaitCamera(String label, Path producerLog) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            for (MediaDeviceInfo d : Await.result(devices.enumerateDevices())) {
                if (d.label().equals(label)) {
                    return d;
                }
            }
            assertTrue(producer.isAlive(), "the GStreamer producer exited: " + Files.readString(producerLog));
            Thread.sleep(100);
        }
        throw new AssertionError("no camera '" + label + "' within 10 s; producer log: " + Files.readString(producerLog));
    }

    /** The average of fpsdisplaysink's last report ("... average: 29.97"), or 0. */
    private static double nativeAverageFps(Path log) throws IOException {
        Matcher m = Pattern.compile("average: ([0-9.]+)").matcher(Files.readString(log, StandardCharsets.UTF_8));
        double last = 0;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        return last;
    }

    private static void assertBars(VideoFrame v) {
        BufferedImage img = VideoFrameImages.toBufferedImage(v);
        int y = v.codedHeight() / 3;
        StringBuilder got = new StringBuilder();
        int worst = 0;
        for (int i = 0; i < BARS.length; i++) {
            int x = (2 * i + 1) * v.codedWidth() / 14;
            int rgb = img.getRGB(x, y) & 0xFFFFFF;
            got.append(String.format("%06X ", rgb));
            for (int s = 0; s <= 16; s += 8) {
                worst = Math.max(worst, Math.abs(((rgb >> s) & 0xFF) - ((BARS[i] >> s) & 0xFF)));
            }
        }
        assertTrue(worst <= 24, "SMPTE bars off by up to " + worst + " codes: " + got);
    }
}
