package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * By default (no zero-copy) a frame the application holds keeps the pixels it was delivered with while
 * capture goes on for many times the stream's buffer ring: PipeWire 0.3.x redraws buffers a consumer still
 * holds, so only a copy guarantees that.
 */
class PipeWireFrameIntegrityTest {
    private MediaDevices devices;

    @BeforeEach
    void open() {
        PipeWireRig.require();
        System.clearProperty(PipeWireSource.ZERO_COPY_PROPERTY);
        devices = PipeWireRig.open();
    }

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void heldFramesKeepTheirPixelsWhileCaptureGoesOn() throws Exception {
        MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", Map.of(
                "width", Map.of("exact", 320), "height", Map.of("exact", 240))))).getVideoTracks().getFirst();
        List<VideoFrame> held = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
            for (int i = 0; i < 4; i++) {
                MediaFrame f = p.read(Duration.ofSeconds(5));
                assertNotNull(f, "frame " + i + " within 5 s");
                VideoFrame v = assertInstanceOf(VideoFrame.class, f);
                held.add(v);
                contents.add(whole(v));
            }
            // Keep capturing (and consuming) for ~20 frame periods: several laps of an 8-buffer ring.
            long until = System.nanoTime() + Duration.ofMillis(700).toNanos();
            int later = 0;
            while (System.nanoTime() < until) {
                try (MediaFrame f = p.read(Duration.ofSeconds(1))) {
                    if (f != null) {
                        later++;
                    }
                }
            }
            assertTrue(later >= 5, "capture went on while frames were held: " + later + " frames");
            for (int i = 0; i < held.size(); i++) {
                assertArrayEquals(contents.get(i), whole(held.get(i)), "held frame " + i + " is as delivered");
            }
        } finally {
            held.forEach(VideoFrame::close);
            track.stop();
        }
    }

    private static byte[] whole(VideoFrame f) {
        byte[] b = new byte[(int) f.allocationSize()];
        f.copyTo(b);
        return b;
    }
}
