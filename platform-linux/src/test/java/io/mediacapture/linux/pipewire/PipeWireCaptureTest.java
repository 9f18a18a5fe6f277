package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.Signals;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Five seconds of real capture from the rig's videotestsrc and audiotestsrc nodes, checked frame by frame. */
class PipeWireCaptureTest {
    private static final long CAPTURE_NANOS = Duration.ofSeconds(5).toNanos();
    private MediaDevices devices;

    @BeforeEach
    void open() {
        PipeWireRig.require();
        devices = PipeWireRig.open();
    }

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} at 30 fps")
    @CsvSource({"320, 240", "640, 480"})
    void fiveSecondsOfVideoAtTheNegotiatedSizeAndRate(int width, int height) throws Exception {
        MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", Map.of(
                "width", Map.of("exact", width), "height", Map.of("exact", height),
                "frameRate", Map.of("exact", 30))))).getVideoTracks().getFirst();
        assertEquals(width, track.getSettings().width().getAsLong());
        int frames = 0;
        long first = -1;
        long last = -1;
        long maxGap = 0;
        int nonBlack = 0;
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 8)) {
            long end = System.nanoTime() + CAPTURE_NANOS;
            while (System.nanoTime() < end) {
                try (MediaFrame f = p.read(Duration.ofSeconds(2))) {
                    assertNotNull(f, "a frame within 2 s (after " + frames + ")");
                    VideoFrame v = assertInstanceOf(VideoFrame.class, f);
                    assertEquals(width, v.codedWidth());
                    assertEquals(height, v.codedHeight());
                    if (first < 0) {
                        first = v.timestamp();
                    } else {
                        assertTrue(v.timestamp() > last, "timestamps increase");
                        maxGap = Math.max(maxGap, v.timestamp() - last);
                    }
                    last = v.timestamp();
                    long now = System.nanoTime() / 1_000;
                    assertTrue(Math.abs(now - v.timestamp()) < 1_000_000, "timestamp on the library clock: "
                            + v.timestamp() + " vs now " + now);
                    if (hasContent(v)) {
                        nonBlack++;
                    }
                    frames++;
                }
            }
        } finally {
            track.stop();
        }
        double seconds = (last - first) / 1e6;
        double fps = (frames - 1) / seconds;
        System.out.printf("PipeWire video %dx%d: %d frames in %.2f s = %.1f fps, max gap %d us%n",
                width, height, frames, seconds, fps, maxGap);
        assertTrue(frames >= 100, "about 150 frames in 5 s at 30 fps, got " + frames);
        assertEquals(30, fps, 3, "frame rate from the timestamps");
        assertEquals(frames, nonBlack, "every frame shows the test pattern (not zeros)");
    }

    /** videotestsrc draws a pattern: some bytes of the middle row differ from zero and from each other. */
    private static boolean hasContent(VideoFrame v) {
        int y = v.codedHeight() / 2;
        int nonZero = 0;
        int distinct = 0;
        int prev = -1;
        for (int x = 0; x < v.codedWidth(); x += 7) {
            int b = v.byteAt(0, x, y) & 0xff;
            if (b != 0) {
                nonZero++;
            }
            if (b != prev) {
                distinct++;
            }
            prev = b;
        }
        return nonZero > 0 && distinct > 1;
    }

    @Test
    void fiveSecondsOfAudioAtTheDeviceRate() throws Exception {
        MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("audio", true))).getAudioTracks().getFirst();
        long rate = track.getSettings().sampleRate().orElseThrow();
        long frames = 0;
        long firstTs = -1;
        long lastEnd = -1;
        double energy = 0;
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 200)) {
            long end = System.nanoTime() + CAPTURE_NANOS;
            while (System.nanoTime() < end) {
                try (MediaFrame f = p.read(Duration.ofSeconds(2))) {
                    assertNotNull(f, "audio within 2 s (after " + frames + " frames)");
                    AudioData a = assertInstanceOf(AudioData.class, f);
                    assertEquals(rate, Math.round(a.sampleRate()));
                    if (firstTs < 0) {
                        firstTs = a.timestamp();
                    } else {
                        assertTrue(a.timestamp() > firstTs, "timestamps increase");
                    }
                    lastEnd = a.timestamp() + a.numberOfFrames() * 1_000_000L / rate;
                    float[] ch0 = new float[a.numberOfFrames()];
                    a.copyTo(ch0, 0);
                    energy = Math.max(energy, Signals.rms(ch0, ch0.length));
                    frames += a.numberOfFrames();
                }
            }
        } finally {
            track.stop();
        }
        double seconds = (lastEnd - firstTs) / 1e6;
        System.out.printf("PipeWire audio: %d frames at %d Hz over %.2f s of timestamps (%.0f frames/s)%n",
                frames, rate, seconds, frames / seconds);
        assertTrue(frames >= rate * 4, "at least 4 s of samples in 5 s, got " + frames);
        assertEquals(rate, frames / seconds, rate * 0.1, "sample count agrees with the timestamps");
        assertTrue(energy > 0.01, "the test tone, not silence: rms " + energy);
    }
}
