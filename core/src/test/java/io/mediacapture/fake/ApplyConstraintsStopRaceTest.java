package io.mediacapture.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code applyConstraints} racing {@code track.stop()} must not leave the device open: a reconfiguration that reopens
 * the device (or moves the track to a source of its own) after the track stopped used to open a handle nobody closed.
 * The fake devices count their open handles ({@link FakeDevices#openCount}).
 */
class ApplyConstraintsStopRaceTest {
    private static final int ROUNDS = 60;
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void theFakeDevicesCountOpenHandles() {
        FakeDevices fakes = FakeDevices.defaults();
        String camera = fakes.idOf(FakeDevices.CAMERA);
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            MediaStreamTrack t = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            assertEquals(1, fakes.openCount(camera));
            t.stop();
            assertEquals(0, fakes.openCount(camera));
        }
    }

    @Test
    void aMicrophoneReopenedForNewConstraintsWhileItsTrackStopsIsClosed() {
        // The fake microphone cannot change its rate while open: applyConstraints closes it and opens it again.
        FakeDevices fakes = FakeDevices.defaults();
        String mic = fakes.idOf(FakeDevices.MICROPHONE);
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            for (int i = 0; i < ROUNDS; i++) {
                MediaStreamTrack t = Await.result(devices.getUserMedia(Map.of("audio", true))).getAudioTracks().get(0);
                int rate = i % 2 == 0 ? 16_000 : 8_000;
                CompletableFuture<Void> applied = t.applyConstraints(
                        MediaTrackConstraints.fromMap(Map.of("sampleRate", Map.of("exact", rate))));
                spin();
                t.stop();
                settle(applied);
                awaitClosed(fakes, mic, "round " + i);
            }
        }
        assertEquals(0, fakes.openCount(mic), "after MediaDevices.close()");
    }

    @Test
    void aTrackMovedToASourceOfItsOwnWhileItStopsClosesThatSource() {
        // With a second track on the camera, the track that asks for another mode moves to a new source.
        FakeDevices fakes = FakeDevices.defaults();
        String camera = fakes.idOf(FakeDevices.CAMERA);
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            for (int i = 0; i < ROUNDS; i++) {
                MediaStreamTrack first = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks()
                        .get(0);
                MediaStreamTrack second = first.clone();
                CompletableFuture<Void> applied = second.applyConstraints(
                        MediaTrackConstraints.fromMap(Map.of("width", Map.of("exact", 1280))));
                if (i % 3 == 0) {
                    settle(applied); // no race: the moved track's own stop must close its new source
                } else {
                    spin();
                }
                second.stop();
                settle(applied);
                first.stop();
                awaitClosed(fakes, camera, "round " + i);
            }
        }
        assertEquals(0, fakes.openCount(camera), "after MediaDevices.close()");
    }

    private static void spin() {
        long until = System.nanoTime() + ThreadLocalRandom.current().nextLong(3_000_000);
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static void settle(CompletableFuture<?> f) {
        try {
            f.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // a stopped track's constraints may fail to apply; what matters is what stays open
        } catch (Exception e) {
            throw new AssertionError("applyConstraints did not settle", e);
        }
    }

    private static void awaitClosed(FakeDevices fakes, String id, String when) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fakes.openCount(id) != 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, fakes.openCount(id), "handles left open on the device after every track stopped, " + when);
    }
}
