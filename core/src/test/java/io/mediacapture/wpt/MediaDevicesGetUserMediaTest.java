package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackSettings;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WPT {@code mediacapture-streams/MediaDevices-getUserMedia.https.html}, plus the crop-and-scale subtests
 * of the current upstream file (written here from their titles and the spec's resizeMode definition).
 */
@DisplayName("MediaDevices-getUserMedia.https.html")
class MediaDevicesGetUserMediaTest extends WptTestBase {

    @Test
    @DisplayName("mediaDevices.getUserMedia() is present on navigator")
    void getUserMediaAndSupportedConstraintsArePresent() throws NoSuchMethodException {
        MediaDevices.class.getMethod("getUserMedia", java.util.Map.class);
        MediaDevices.class.getMethod("getSupportedConstraints");
        assertTrue(devices.getSupportedConstraints().toMap().size() > 0);
    }

    /** For every device listed: getUserMedia with its groupId exact either opens a device of that group or names groupId. */
    private void groupIdIsSupported(String request, String kind) {
        List<MediaDeviceInfo> list = enumerateDevices();
        for (MediaDeviceInfo d : list) {
            CompletableFuture<MediaStream> f = devices.getUserMedia(js(request, js("groupId", js("exact", d.groupId()))));
            Optional<MediaDeviceInfo> sameGroupOfKind = list.stream()
                    .filter(e -> e.kind().toString().equals(kind) && e.groupId().equals(d.groupId())).findFirst();
            if (sameGroupOfKind.isPresent()) {
                MediaStream stream = Await.result(f);
                MediaStreamTrack track = stream.getTracks().get(0);
                String deviceId = track.getSettings().deviceId().orElseThrow();
                MediaDeviceInfo found = list.stream().filter(e -> e.deviceId().equals(deviceId)).findFirst()
                        .orElseThrow(() -> new AssertionError("opened device " + deviceId + " is not enumerated"));
                assertEquals(kind, found.kind().toString());
                assertEquals(d.groupId(), found.groupId());
                track.stop();
            } else {
                assertOverconstrained(f, "groupId");
            }
        }
    }

    @Test
    @DisplayName("groupId is correctly supported by getUserMedia() for video devices")
    void groupIdForVideo() {
        groupIdIsSupported("video", "videoinput");
    }

    @Test
    @DisplayName("groupId is correctly supported by getUserMedia() for audio devices")
    void groupIdForAudio() {
        groupIdIsSupported("audio", "audioinput");
    }

    @Test
    @DisplayName("getUserMedia() supports setting none as resizeMode.")
    void resizeModeNone() {
        MediaStreamTrack track = getUserMedia(js("video", js("resizeMode", js("exact", "none")))).getVideoTracks().get(0);
        assertEquals("none", track.getSettings().resizeMode().orElseThrow());
    }

    @Test
    @DisplayName("getUserMedia() supports setting crop-and-scale as resizeMode.")
    void resizeModeCropAndScale() {
        MediaStreamTrack track = getUserMedia(js("video", js("resizeMode", js("exact", "crop-and-scale"))))
                .getVideoTracks().get(0);
        assertEquals("crop-and-scale", track.getSettings().resizeMode().orElseThrow());
    }

    @Test
    @DisplayName("getUserMedia() fails with exact invalid resizeMode.")
    void resizeModeInvalid() {
        assertOverconstrained(devices.getUserMedia(js("video", js("resizeMode", js("exact", "INVALID")))), "resizeMode");
    }

    @Test
    @DisplayName("getUserMedia() supports setting crop-and-scale as resizeMode without downscaling.")
    void cropAndScaleAtANativeSize() {
        MediaStreamTrack track = getUserMedia(js("video", js("resizeMode", js("exact", "crop-and-scale"),
                "width", js("exact", 1280), "height", js("exact", 720)))).getVideoTracks().get(0);
        MediaTrackSettings s = track.getSettings();
        assertEquals("crop-and-scale", s.resizeMode().orElseThrow());
        assertEquals(1280L, s.width().orElseThrow());
        assertEquals(720L, s.height().orElseThrow());
        assertEquals(List.of(1280L, 720L), List.of(frameSize(track)[0], frameSize(track)[1]));
    }

    @Test
    @DisplayName("getUserMedia() supports setting crop-and-scale as resizeMode with downscaling.")
    void cropAndScaleDownscales() {
        MediaStreamTrack track = getUserMedia(js("video", js("resizeMode", js("exact", "crop-and-scale"),
                "width", js("exact", 320), "height", js("exact", 240)))).getVideoTracks().get(0);
        MediaTrackSettings s = track.getSettings();
        assertEquals(320L, s.width().orElseThrow());
        assertEquals(240L, s.height().orElseThrow());
        long[] size = frameSize(track);
        assertEquals(320L, size[0], "frame width");
        assertEquals(240L, size[1], "frame height");
    }

    @Test
    @DisplayName("getUserMedia() supports setting crop-and-scale as resizeMode with decimation.")
    void cropAndScaleDecimatesTheFrameRate() {
        MediaStreamTrack track = getUserMedia(js("video", js("resizeMode", js("exact", "crop-and-scale"),
                "frameRate", js("exact", 10)))).getVideoTracks().get(0);
        assertEquals(10.0, track.getSettings().frameRate().orElseThrow(), 1e-9);
        double measured = measuredFrameRate(track, Duration.ofMillis(2000));
        assertTrue(measured > 6 && measured < 14, "about 10 fps delivered, measured " + measured);
    }

    private static double measuredFrameRate(MediaStreamTrack track, Duration window) {
        try (var p = new io.mediacapture.MediaStreamTrackProcessor(track, 64)) {
            var first = read(p, Duration.ofSeconds(10));
            if (first == null) {
                throw new AssertionError("no frame within 10 s");
            }
            long start = first.timestamp();
            first.close();
            int frames = 0;
            long last = start;
            long end = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < end) {
                var f = read(p, Duration.ofMillis(500));
                if (f != null) {
                    frames++;
                    last = f.timestamp();
                    f.close();
                }
            }
            if (frames == 0) {
                throw new AssertionError("only one frame in " + window);
            }
            return frames / ((last - start) / 1e6);
        }
    }
}
