package io.mediacapture.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaTrackCapabilities;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MediaStream Image Capture camera controls on the fake cameras, end to end through the capture pipeline. */
class FakeCameraControlsTest {

    private static MediaStreamTrack open(MediaDevices devices, Map<String, ?> video) {
        return Await.result(devices.getUserMedia(Map.of("video", video))).getVideoTracks().getFirst();
    }

    private static void apply(MediaStreamTrack t, Map<String, ?> constraints) {
        Await.result(t.applyConstraints(MediaTrackConstraints.fromMap(constraints)));
    }

    @Test
    void supportedConstraintsNameEveryCameraControl() {
        try (MediaDevices devices = MediaDevices.fake()) {
            for (String name : List.of("whiteBalanceMode", "exposureMode", "focusMode", "exposureCompensation",
                    "exposureTime", "colorTemperature", "iso", "brightness", "contrast", "saturation", "sharpness",
                    "focusDistance", "pan", "tilt", "zoom", "torch")) {
                assertTrue(devices.getSupportedConstraints().contains(name), name);
            }
        }
    }

    @Test
    void eachCameraListsOnlyItsOwnControlsWithItsOwnRanges() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack front = open(devices, Map.of("facingMode", Map.of("exact", "user")));
            MediaTrackCapabilities c = front.getCapabilities();
            assertEquals(MediaSettingsRange.of(-64, 64, 1), c.brightness().orElseThrow());
            assertEquals(MediaSettingsRange.of(1, 4, 0.1), c.zoom().orElseThrow());
            assertEquals(List.of("manual", "continuous"), c.focusMode(), "as ../shared/API.md lists them");
            assertFalse(c.exposureTime().isPresent(), "no exposureTime on the fake camera");
            assertFalse(c.torch().isPresent(), "no torch");
            assertFalse(c.toMap().containsKey("pan"));
            assertEquals(Map.of("min", -64.0, "max", 64.0, "step", 1.0), c.toMap().get("brightness"));
            assertEquals(c, MediaTrackCapabilities.fromMap(c.toMap()), "capabilities survive a map round trip");
            var s = front.getSettings();
            assertEquals(0.0, s.brightness().getAsDouble());
            assertEquals(1.0, s.zoom().getAsDouble());
            assertEquals("continuous", s.focusMode().orElseThrow());
            assertFalse(s.has(ConstrainableProperty.EXPOSURE_TIME));

            MediaStreamTrack back = open(devices, Map.of("facingMode", Map.of("exact", "environment")));
            assertEquals(MediaSettingsRange.of(0, 255, 1), back.getCapabilities().brightness().orElseThrow());
            assertEquals(128.0, back.getSettings().brightness().getAsDouble());
            front.stop();
            back.stop();
        }
    }

    @Test
    void brightnessRaisesTheLumaOfTheFrames() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = open(devices, Map.of());
            double before = meanLuma(t);
            apply(t, Map.of("brightness", 48));
            assertEquals(48.0, t.getSettings().brightness().getAsDouble());
            assertEquals(48.0, t.getConstraints().brightness().orElseThrow().value().getAsDouble());
            double after = meanLuma(t);
            assertTrue(after > before + 30, "mean luma " + before + " -> " + after);
            apply(t, Map.of("brightness", -48));
            assertTrue(meanLuma(t) < before - 30, "darker below the default");
            t.stop();
        }
    }

    @Test
    void zoomCropsTheBarsTowardsTheCentre() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = open(devices, Map.of());
            int wide = barEdges(t);
            apply(t, Map.of("zoom", 4));
            int tight = barEdges(t);
            assertTrue(wide >= 7, "eight bars at zoom 1: " + wide + " edges");
            assertTrue(tight <= 3, "two or three bars at zoom 4: " + tight + " edges");
            t.stop();
        }
    }

    @Test
    void anExactValueOutOfRangeIsOverconstrainedAndNamesTheControl() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = open(devices, Map.of());
            Throwable e = Await.failure(t.applyConstraints(MediaTrackConstraints.fromMap(
                    Map.of("brightness", Map.of("exact", 100)))));
            assertEquals("brightness", assertInstanceOf(OverconstrainedError.class, e).constraint());
            assertEquals(0.0, t.getSettings().brightness().getAsDouble(), "nothing changed");
            e = Await.failure(t.applyConstraints(MediaTrackConstraints.fromMap(
                    Map.of("exposureTime", Map.of("min", 10)))));
            assertEquals("exposureTime", assertInstanceOf(OverconstrainedError.class, e).constraint(),
                    "a required constraint on a control the camera lacks");
            apply(t, Map.of("exposureTime", 10, "torch", true)); // ideals on missing controls are fine
            t.stop();
        }
    }

    @Test
    void valuesSnapToTheStepAndRequiredRangesKeepAFittingCurrentValue() {
        FakeDevices fakes = FakeDevices.defaults();
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            MediaStreamTrack t = open(devices, Map.of());
            apply(t, Map.of("zoom", 2.04));
            assertEquals(2.0, t.getSettings().zoom().getAsDouble(), 1e-9);
            apply(t, Map.of("brightness", Map.of("min", -10)));
            assertEquals(0.0, t.getSettings().brightness().getAsDouble(), "0 meets min -10: kept");
            fakes.setControl(fakes.idOf(FakeDevices.CAMERA), ConstrainableProperty.BRIGHTNESS, -30);
            apply(t, Map.of("brightness", Map.of("min", -10)));
            assertEquals(-10.0, t.getSettings().brightness().getAsDouble(), "-30 moved to the nearest allowed");
            apply(t, Map.of("focusMode", "manual"));
            assertEquals("manual", t.getSettings().focusMode().orElseThrow());
            t.stop();
        }
    }

    @Test
    void advancedSetsThatCannotBeMetAreSkipped() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = open(devices, Map.of());
            apply(t, Map.of("advanced", List.of(Map.of("zoom", 10), Map.of("zoom", 3))));
            assertEquals(3.0, t.getSettings().zoom().getAsDouble(), 1e-9);
            t.stop();
        }
    }

    @Test
    void aChangeFromOutsideShowsInGetSettings() {
        FakeDevices fakes = FakeDevices.defaults();
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            MediaStreamTrack t = open(devices, Map.of());
            fakes.setControl(fakes.idOf(FakeDevices.CAMERA), ConstrainableProperty.CONTRAST, 150);
            assertEquals(150.0, t.getSettings().contrast().getAsDouble());
            t.stop();
        }
    }

    @Test
    void getUserMediaPicksTheCameraWhoseControlsFitBest() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = open(devices, Map.of("zoom", 6));
            assertEquals(FakeDevices.BACK_CAMERA, t.label(), "only the back camera zooms to 6");
            assertEquals(6.0, t.getSettings().zoom().getAsDouble(), 1e-9);
            t.stop();
            t = open(devices, Map.of("advanced", List.of(Map.of("brightness", 200))));
            assertEquals(FakeDevices.BACK_CAMERA, t.label());
            assertEquals(200.0, t.getSettings().brightness().getAsDouble());
            t.stop();
            Throwable e = Await.failure(devices.getUserMedia(Map.of("video", Map.of("zoom", Map.of("exact", 2)))));
            assertInstanceOf(IllegalArgumentException.class, e,
                    "camera controls are not among the required constraints allowed for device selection");
        }
    }

    /** Mean luma of the picture below the code band, from a frame drawn after the last change. */
    static double meanLuma(MediaStreamTrack t) throws Exception {
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(t, 2)) {
            skip(p, 2);
            try (VideoFrame f = (VideoFrame) p.read(Duration.ofSeconds(5))) {
                assertNotNull(f);
                int top = FakeFramePattern.bandHeight(f.codedHeight()) + 1;
                long sum = 0;
                long n = 0;
                for (int y = top; y < f.codedHeight(); y += 7) {
                    for (int x = 0; x < f.codedWidth(); x += 3) {
                        sum += f.byteAt(0, x, y);
                        n++;
                    }
                }
                return (double) sum / n;
            }
        }
    }

    /** How many times the luma changes along a row of the bars. */
    static int barEdges(MediaStreamTrack t) throws Exception {
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(t, 2)) {
            skip(p, 2);
            try (VideoFrame f = (VideoFrame) p.read(Duration.ofSeconds(5))) {
                assertNotNull(f);
                int y = f.codedHeight() / 2;
                int edges = 0;
                for (int x = 1; x < f.codedWidth(); x++) {
                    if (Math.abs(f.byteAt(0, x, y) - f.byteAt(0, x - 1, y)) > 8) {
                        edges++;
                    }
                }
                return edges;
            }
        }
    }

    private static void skip(MediaStreamTrackProcessor p, int frames) throws Exception {
        for (int i = 0; i < frames; i++) {
            try (var f = p.read(Duration.ofSeconds(5))) {
                assertNotNull(f);
            }
        }
    }
}
