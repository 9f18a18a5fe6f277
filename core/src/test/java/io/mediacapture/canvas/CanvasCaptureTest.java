package io.mediacapture.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.CanvasCaptureMediaStreamTrack;
import io.mediacapture.CaptureCanvas;
import io.mediacapture.DOMException;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import io.mediacapture.testing.Await;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanvasCaptureTest {

    private static VideoFrame next(MediaStreamTrackProcessor p) throws InterruptedException {
        VideoFrame f = (VideoFrame) p.read(Duration.ofSeconds(5));
        assertNotNull(f, "a frame within 5 s");
        return f;
    }

    @Test
    void framesShowWhatWasDrawnAndRateZeroSendsOnlyRequestedFrames() throws Exception {
        CaptureCanvas canvas = new CaptureCanvas(320, 240);
        MediaStream stream = canvas.captureStream(0);
        CanvasCaptureMediaStreamTrack track = (CanvasCaptureMediaStreamTrack) stream.getVideoTracks().get(0);
        assertSame(canvas, track.canvas());
        assertEquals("video", track.kind());
        assertFalse(track.getSettings().frameRate().isPresent(), "rate 0 has no frame rate setting");
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 4)) {
            canvas.draw(g -> {
                g.setColor(Color.RED);
                g.fillRect(0, 0, 160, 240);
                g.setColor(Color.BLUE);
                g.fillRect(160, 0, 160, 240);
            });
            assertNull(p.read(Duration.ofMillis(300)), "rate 0: drawing alone sends no frame");
            track.requestFrame();
            try (VideoFrame f = next(p)) {
                assertEquals(320, f.codedWidth());
                BufferedImage img = VideoFrameImages.toBufferedImage(f);
                assertEquals(0xFFFF0000, img.getRGB(10, 10));
                assertEquals(0xFF0000FF, img.getRGB(300, 200));
            }
            canvas.draw(g -> {
                g.setColor(Color.GREEN);
                g.fillRect(100, 100, 20, 20);
            });
            track.requestFrame();
            try (VideoFrame f = next(p)) {
                BufferedImage img = VideoFrameImages.toBufferedImage(f);
                assertEquals(0xFF00FF00, img.getRGB(110, 110), "the second frame has the new drawing");
                assertEquals(0xFFFF0000, img.getRGB(10, 10));
            }
            assertNull(p.read(Duration.ofMillis(200)), "no frame without a request");
        }
        track.stop();
        track.requestFrame(); // ignored on an ended track
    }

    @Test
    void aFrameRateDrivesCaptureAndTheTrackIsANormalTrack() throws Exception {
        CaptureCanvas canvas = new CaptureCanvas(640, 480);
        canvas.draw(g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 640, 480);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, 320, 240);
        });
        CanvasCaptureMediaStreamTrack track = (CanvasCaptureMediaStreamTrack) canvas.captureStream(30).getVideoTracks().get(0);
        assertEquals(30.0, track.getSettings().frameRate().orElseThrow(), 1e-9);
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 100)) {
            Thread.sleep(1000);
            long n = p.receivedFrames();
            assertTrue(n >= 15 && n <= 40, "about 30 frames in a second, got " + n);
        }
        Await.result(track.applyConstraints(MediaTrackConstraints.fromMap(
                Map.of("width", 160, "height", 120, "resizeMode", "crop-and-scale"))));
        assertEquals(160, track.getSettings().width().orElseThrow());
        CanvasCaptureMediaStreamTrack clone = track.clone();
        assertInstanceOf(CanvasCaptureMediaStreamTrack.class, clone);
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(clone, 2)) {
            try (VideoFrame f = next(p)) {
                assertEquals(160, f.codedWidth());
                assertEquals(120, f.codedHeight());
                BufferedImage img = VideoFrameImages.toBufferedImage(f);
                assertEquals(0, img.getRGB(20, 20) & 0xFFFFFF, "scaled: black quarter");
                assertEquals(0xFFFFFF, img.getRGB(140, 100) & 0xFFFFFF, "scaled: white elsewhere");
            }
        }
        track.stop();
        clone.stop();
        assertEquals(MediaStreamTrackState.ENDED, clone.readyState());
    }

    @Test
    void withoutARateEachDrawIsAFrame() throws Exception {
        CaptureCanvas canvas = new CaptureCanvas(32, 32);
        CanvasCaptureMediaStreamTrack track = (CanvasCaptureMediaStreamTrack) canvas.captureStream().getVideoTracks().get(0);
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 10)) {
            for (int i = 0; i < 3; i++) {
                canvas.draw(g -> g.fillRect(0, 0, 1, 1));
            }
            Thread.sleep(100);
            assertEquals(3, p.receivedFrames());
        }
        track.stop();
    }

    @Test
    void badArgumentsAreRejected() {
        CaptureCanvas canvas = new CaptureCanvas(8, 8);
        DOMException e = assertThrows(DOMException.class, () -> canvas.captureStream(-1));
        assertEquals("NotSupportedError", e.name());
        assertThrows(IllegalArgumentException.class, () -> new CaptureCanvas(0, 8));
    }
}
