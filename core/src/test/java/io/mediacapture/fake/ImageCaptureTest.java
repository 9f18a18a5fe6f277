package io.mediacapture.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.Blob;
import io.mediacapture.DOMException;
import io.mediacapture.ImageCapture;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.PhotoCapabilities;
import io.mediacapture.PhotoSettings;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** ImageCapture on the fake cameras: photos are the next frame at the track's size. */
class ImageCaptureTest {

    private static MediaStreamTrack camera(MediaDevices devices, Map<String, ?> video) {
        return Await.result(devices.getUserMedia(Map.of("video", video))).getVideoTracks().getFirst();
    }

    @Test
    void takePhotoGivesAJpegOfTheTracksSize() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = camera(devices, Map.of("width", 320, "height", 240));
            ImageCapture capture = new ImageCapture(t);
            Blob photo = Await.result(capture.takePhoto());
            assertEquals("image/jpeg", photo.type());
            assertEquals(photo.size(), photo.bytes().length);
            BufferedImage img = ImageIO.read(photo.stream());
            assertEquals(320, img.getWidth());
            assertEquals(240, img.getHeight());
            Blob png = Await.result(capture.takePhoto(PhotoSettings.empty(), "image/png"));
            assertEquals("image/png", png.type());
            assertEquals(320, ImageIO.read(png.stream()).getWidth());
            t.stop();
        }
    }

    @Test
    void photosShowTheCameraControls() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = camera(devices, Map.of());
            ImageCapture capture = new ImageCapture(t);
            double dark = meanGreen(Await.result(capture.takePhoto(PhotoSettings.empty(), "image/png")));
            Await.result(t.applyConstraints(MediaTrackConstraints.fromMap(Map.of("brightness", 64))));
            Thread.sleep(100); // a frame drawn after the change
            double bright = meanGreen(Await.result(capture.takePhoto(PhotoSettings.empty(), "image/png")));
            assertTrue(bright > dark + 30, "photo brightness " + dark + " -> " + bright);
            t.stop();
        }
    }

    @Test
    void grabFrameGivesTheNextFrameToClose() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = camera(devices, Map.of("width", 640, "height", 480));
            try (VideoFrame f = Await.result(new ImageCapture(t).grabFrame())) {
                assertNotNull(f);
                assertEquals(640, f.codedWidth());
                assertTrue(FakeFramePattern.decode(f).frameNumber() >= 0);
            }
            t.stop();
        }
    }

    @Test
    void photoCapabilitiesAndSettingsFollowTheTrack() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = camera(devices, Map.of("width", 1280, "height", 720));
            ImageCapture capture = new ImageCapture(t);
            PhotoCapabilities caps = Await.result(capture.getPhotoCapabilities());
            assertEquals(1280, caps.imageWidth().max());
            assertEquals(720, caps.imageHeight().min());
            assertEquals("never", caps.redEyeReduction());
            PhotoSettings s = Await.result(capture.getPhotoSettings());
            assertEquals(1280, s.imageWidth().getAsDouble());
            Throwable e = Await.failure(capture.takePhoto(PhotoSettings.builder().imageWidth(99).build()));
            assertEquals("imageWidth", assertInstanceOf(OverconstrainedError.class, e).constraint());
            e = Await.failure(capture.takePhoto(PhotoSettings.fromMap(Map.of("fillLightMode", "flash"))));
            assertEquals("fillLightMode", assertInstanceOf(OverconstrainedError.class, e).constraint());
            t.stop();
        }
    }

    @Test
    void aStoppedTrackIsAnInvalidStateAndAudioTracksAreRefused() {
        try (MediaDevices devices = MediaDevices.fake()) {
            var stream = Await.result(devices.getUserMedia(Map.of("audio", true, "video", true)));
            assertThrows(IllegalArgumentException.class, () -> new ImageCapture(stream.getAudioTracks().getFirst()));
            MediaStreamTrack t = stream.getVideoTracks().getFirst();
            ImageCapture capture = new ImageCapture(t);
            t.stop();
            for (var f : new java.util.concurrent.CompletableFuture<?>[] {capture.takePhoto(), capture.grabFrame(),
                    capture.getPhotoCapabilities(), capture.getPhotoSettings()}) {
                assertEquals(DOMException.INVALID_STATE, assertInstanceOf(DOMException.class, Await.failure(f)).name());
            }
            stream.getAudioTracks().getFirst().stop();
        }
    }

    @Test
    void aCameraWithAStillModeTakesPhotosAtItsOwnSize() throws Exception {
        FakeDevices fakes = FakeDevices.empty();
        fakes.add(new FakeCamera("Still Camera", "g", "environment", List.of(
                new VideoMode(640, 480, NativeVideoFormat.I420, 1, 30))).withStillSize(new FakeCamera.StillSize(1280, 720)));
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            MediaStreamTrack t = camera(devices, Map.of());
            ImageCapture capture = new ImageCapture(t);
            PhotoCapabilities caps = Await.result(capture.getPhotoCapabilities());
            assertEquals(1280, caps.imageWidth().max());
            assertEquals(720, Await.result(capture.getPhotoSettings()).imageHeight().getAsDouble());
            BufferedImage photo = ImageIO.read(Await.result(capture.takePhoto(PhotoSettings.empty(), "image/png")).stream());
            assertEquals(1280, photo.getWidth(), "the still mode's size, not the track's 640");
            assertEquals(720, photo.getHeight());
            Throwable e = Await.failure(capture.takePhoto(PhotoSettings.builder().imageWidth(640).build()));
            assertEquals("imageWidth", assertInstanceOf(OverconstrainedError.class, e).constraint());
            try (VideoFrame f = Await.result(capture.grabFrame())) {
                assertEquals(640, f.codedWidth(), "grabFrame stays a frame of the stream");
            }
            t.stop();
        }
    }

    private static double meanGreen(Blob png) throws Exception {
        BufferedImage img = ImageIO.read(png.stream());
        long sum = 0;
        int n = 0;
        for (int y = img.getHeight() / 4; y < img.getHeight(); y += 5) {
            for (int x = 0; x < img.getWidth(); x += 5) {
                sum += (img.getRGB(x, y) >> 8) & 0xff;
                n++;
            }
        }
        return (double) sum / n;
    }
}
