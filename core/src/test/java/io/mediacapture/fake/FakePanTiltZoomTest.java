package io.mediacapture.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.DOMException;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.PermissionHandler;
import io.mediacapture.PermissionRequest;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import io.mediacapture.testing.Await;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pan}/{@code tilt}/{@code zoom} as booleans end to end on fake cameras: the camera getUserMedia picks, what
 * the track reports, applyConstraints leaving the value alone, and the pan-tilt-zoom permission request.
 */
class FakePanTiltZoomTest {
    private static final List<VideoMode> MODES = List.of(new VideoMode(640, 480, NativeVideoFormat.I420, 1, 30));

    private FakeDevices fakes;
    private MediaDevices devices;
    private String plainId;
    private String zoomId;

    /** The default camera has no zoom (the front camera's controls without it); the second one zooms 1..4. */
    @BeforeEach
    void twoCameras() {
        fakes = FakeDevices.empty();
        fakes.add(FakeMicrophone.of("Microphone", 440));
        plainId = fakes.add(FakeCamera.of("Camera Without Zoom", "user", MODES).withControls(
                FakeControl.frontCamera().stream().filter(c -> c.property() != ConstrainableProperty.ZOOM).toList()));
        zoomId = fakes.add(FakeCamera.of("Camera With Zoom", "user", MODES).withControls(FakeControl.frontCamera()));
        devices = MediaDevices.fake(fakes);
    }

    @AfterEach
    void close() {
        devices.close();
    }

    private MediaStreamTrack open(Map<String, ?> video) {
        return Await.result(devices.getUserMedia(Map.of("video", video))).getVideoTracks().getFirst();
    }

    private static String deviceOf(MediaStreamTrack t) {
        return t.getSettings().deviceId().orElseThrow();
    }

    @Test
    void zoomTruePicksTheCameraThatZoomsAndFalseTheOneThatDoesNot() {
        MediaStreamTrack any = open(Map.of());
        assertEquals(plainId, deviceOf(any), "without constraints: the first camera");
        any.stop();

        MediaStreamTrack zooming = open(Map.of("zoom", true));
        assertEquals(zoomId, deviceOf(zooming));
        assertEquals(1.0, zooming.getSettings().zoom().getAsDouble(), "true leaves the zoom where it was");
        assertTrue(zooming.getCapabilities().zoom().isPresent());
        assertEquals(Map.of("zoom", true), zooming.getConstraints().toMap(), "getConstraints: as given");
        assertEquals(true, zooming.getConstraints().zoom().orElseThrow().booleanValue().orElseThrow());
        zooming.stop();

        MediaStreamTrack plain = open(Map.of("zoom", false, "advanced", List.of(Map.of("deviceId", zoomId))));
        assertEquals(zoomId, deviceOf(plain), "an advanced set outranks the basic set's false");
        plain.stop();
        plain = open(Map.of("advanced", List.of(Map.of("zoom", false))));
        assertEquals(plainId, deviceOf(plain));
        assertFalse(plain.getSettings().has(ConstrainableProperty.ZOOM));
        plain.stop();
    }

    @Test
    void applyConstraintsWithTrueKeepsTheCurrentValue() {
        MediaStreamTrack t = open(Map.of("zoom", 2.5));
        assertEquals(zoomId, deviceOf(t));
        assertEquals(2.5, t.getSettings().zoom().getAsDouble(), 1e-9);
        Await.result(t.applyConstraints(MediaTrackConstraints.fromMap(Map.of("zoom", true))));
        assertEquals(2.5, t.getSettings().zoom().getAsDouble(), 1e-9, "spec: true does not overwrite the zoom");
        assertEquals(Map.of("zoom", true), t.getConstraints().toMap());
        Await.result(t.applyConstraints(MediaTrackConstraints.fromMap(Map.of("advanced",
                List.of(Map.of("zoom", false), Map.of("pan", false))))));
        assertEquals(2.5, t.getSettings().zoom().getAsDouble(), 1e-9,
                "{zoom: false} cannot be met by this camera: that advanced set is skipped, nothing fails");
        assertEquals(List.of(Map.of("zoom", false), Map.of("pan", false)),
                t.getConstraints().toMap().get("advanced"));
        Await.result(t.applyConstraints(MediaTrackConstraints.fromMap(Map.of("zoom", false, "tilt", true))));
        assertEquals(2.5, t.getSettings().zoom().getAsDouble(), 1e-9, "ideals only: no failure, no change");
        t.stop();
    }

    @Test
    void theRequiredControlRuleStillHoldsForNumbersAndNotForBooleans() {
        Throwable e = Await.failure(devices.getUserMedia(Map.of("video", Map.of("zoom", Map.of("exact", 2)))));
        assertInstanceOf(IllegalArgumentException.class, e, "a required camera control in getUserMedia: TypeError");
        assertTrue(e.getMessage().startsWith("zoom"), e.getMessage());
        open(Map.of("pan", true, "tilt", false, "zoom", true)).stop();
        open(Map.of("advanced", List.of(Map.of("zoom", true)))).stop();
    }

    @Test
    void aHandlerThatSeesTheRequestLearnsThatPanTiltZoomWasAskedFor() {
        List<PermissionRequest> asked = new CopyOnWriteArrayList<>();
        devices.setPermissionHandler(PermissionHandler.of(r -> {
            asked.add(r);
            return CompletableFuture.completedFuture(true);
        }));
        open(Map.of()).stop();
        open(Map.of("zoom", true)).stop();
        open(Map.of("zoom", false, "pan", false)).stop();
        open(Map.of("advanced", List.of(Map.of("tilt", Map.of())))).stop();
        Await.result(devices.getUserMedia(Map.of("audio", Map.of("zoom", true), "video", true)))
                .getTracks().forEach(MediaStreamTrack::stop);
        assertEquals(List.of(
                new PermissionRequest(Set.of(MediaDeviceKind.VIDEOINPUT), false),
                new PermissionRequest(Set.of(MediaDeviceKind.VIDEOINPUT), true),
                new PermissionRequest(Set.of(MediaDeviceKind.VIDEOINPUT), false),
                new PermissionRequest(Set.of(MediaDeviceKind.VIDEOINPUT), true),
                new PermissionRequest(Set.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT), false)),
                asked, "zoom in the audio constraints does not apply to audio and asks for nothing");
    }

    @Test
    void aHandlerDenyingPanTiltZoomRejectsOnlyTheCallsThatAskForIt() {
        devices.setPermissionHandler(PermissionHandler.of(r -> CompletableFuture.completedFuture(!r.panTiltZoom())));
        open(Map.of("zoom", false)).stop();
        Throwable e = Await.failure(devices.getUserMedia(Map.of("video", Map.of("zoom", true))));
        assertEquals("NotAllowedError", assertInstanceOf(DOMException.class, e).name());
    }

    @Test
    void panTiltZoomIsACameraPermission() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PermissionRequest(Set.of(MediaDeviceKind.AUDIOINPUT), true));
        assertTrue(e.getMessage().contains("panTiltZoom"), e.getMessage());
        assertEquals(new PermissionRequest(Set.of(MediaDeviceKind.VIDEOINPUT), false),
                PermissionRequest.of(Set.of(MediaDeviceKind.VIDEOINPUT)));
        PermissionHandler seesAll = PermissionHandler.of(r -> CompletableFuture.completedFuture(r.panTiltZoom()));
        assertEquals(false, seesAll.request(Set.of(MediaDeviceKind.VIDEOINPUT)).toCompletableFuture().join(),
                "asked with kinds alone: a request without pan-tilt-zoom");
    }

    @Test
    void aHandlerOfKindsAloneKeepsWorking() {
        List<Set<MediaDeviceKind>> asked = new CopyOnWriteArrayList<>();
        devices.setPermissionHandler(kinds -> {
            asked.add(kinds);
            return CompletableFuture.completedFuture(true);
        });
        open(Map.of("pan", true)).stop();
        assertEquals(List.of(Set.of(MediaDeviceKind.VIDEOINPUT)), asked);
    }
}
