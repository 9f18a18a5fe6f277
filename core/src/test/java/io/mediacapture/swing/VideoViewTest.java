package io.mediacapture.swing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.FakeFrameCheck;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * {@link VideoView} without a screen: what it converted, its size and its end (VideoViewScreenTest checks what
 * it paints on a real X server).
 */
class VideoViewTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void showsTheFirstVideoTrackAndFollowsItsSize() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStream stream = Await.result(devices.getUserMedia(Map.of("video", true, "audio", true)));
            MediaStreamTrack track = stream.getVideoTracks().getFirst();
            VideoView view = onEdt(() -> new VideoView());
            List<String> changes = new CopyOnWriteArrayList<>();
            onEdt(() -> {
                view.addPropertyChangeListener(e -> changes.add(e.getPropertyName() + " " + e.getOldValue() + "->" + e.getNewValue()));
                view.setSrcObject(stream);
                return null;
            });
            Await.until(() -> onEdt(view::videoWidth) == 640, WAIT, "the first frame's size");
            assertEquals(480, (int) onEdt(view::videoHeight));
            assertEquals(new Dimension(640, 480), onEdt(view::getPreferredSize), "preferred size = video size");
            assertNull(FakeFrameCheck.compare(view.snapshot(), 640, 480, 0), "the snapshot is the fake frame");
            assertEquals(List.of("videoWidth 0->640", "videoHeight 0->480"), changes);

            Await.result(track.applyConstraints(MediaTrackConstraints.fromMap(Map.of("width", 1280, "height", 720))));
            Await.until(() -> onEdt(view::videoWidth) == 1280, WAIT, "the new size");
            assertEquals(720, (int) onEdt(view::videoHeight));
            BufferedImage hd = view.snapshot();
            assertEquals(1280, hd.getWidth());
            assertNull(FakeFrameCheck.compare(hd, 1280, 720, 0), "the snapshot is the 1280x720 fake frame");
            assertEquals(List.of("videoWidth 0->640", "videoHeight 0->480", "videoWidth 640->1280", "videoHeight 480->720"), changes);
            assertFalse(onEdt(view::ended));
            track.stop();
        }
    }

    @Test
    void endsWhenTheTrackIsStoppedAndKeepsTheLastFrame() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStream stream = Await.result(devices.getUserMedia(Map.of("video", true)));
            VideoView view = onEdt(() -> new VideoView(stream));
            AtomicReference<Object> ended = new AtomicReference<>();
            onEdt(() -> {
                view.addPropertyChangeListener("ended", e -> ended.set(e.getNewValue()));
                return null;
            });
            Await.until(() -> view.snapshot() != null, WAIT, "a frame");
            stream.getVideoTracks().getFirst().stop();
            Await.until(() -> onEdt(view::ended), WAIT, "ended");
            assertEquals(Boolean.TRUE, ended.get());
            assertNotNull(view.snapshot(), "the last frame stays");
        }
    }

    @Test
    void endsWhenTheCameraIsUnplugged() throws Exception {
        FakeDevices fakes = FakeDevices.defaults();
        try (MediaDevices devices = MediaDevices.fake(fakes)) {
            MediaStream stream = Await.result(devices.getUserMedia(Map.of("video", true)));
            VideoView view = onEdt(() -> new VideoView(stream));
            Await.until(() -> view.snapshot() != null, WAIT, "a frame");
            fakes.unplug(fakes.idOf(FakeDevices.CAMERA));
            Await.until(() -> onEdt(view::ended), WAIT, "ended");
        }
    }

    @Test
    void aNewSrcObjectReplacesTheOldOneAndNullShowsNothing() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStream front = Await.result(devices.getUserMedia(Map.of("video", true)));
            MediaStream back = Await.result(devices.getUserMedia(Map.of("video",
                    Map.of("facingMode", Map.of("exact", "environment"), "width", 1280, "height", 720))));
            VideoView view = onEdt(() -> new VideoView(front));
            Await.until(() -> onEdt(view::videoWidth) == 640, WAIT, "the front camera");
            onEdt(() -> {
                view.setSrcObject(back);
                return null;
            });
            Await.until(() -> onEdt(view::videoWidth) == 1280, WAIT, "the back camera");
            front.getVideoTracks().getFirst().stop();
            Thread.sleep(300);
            assertFalse(onEdt(view::ended), "the old stream's end is not the view's");
            assertEquals(1280, view.snapshot().getWidth(), "no old frame comes back");
            onEdt(() -> {
                view.setSrcObject(null);
                return null;
            });
            assertEquals(0, (int) onEdt(view::videoWidth));
            assertNull(view.snapshot());
            assertNull(onEdt(view::srcObject));
            back.getVideoTracks().getFirst().stop();
        }
    }

    @Test
    void aStreamWithoutVideoShowsNothing() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStream audio = Await.result(devices.getUserMedia(Map.of("audio", true)));
            VideoView view = onEdt(() -> new VideoView(audio));
            Thread.sleep(200);
            assertEquals(0, (int) onEdt(view::videoWidth));
            assertFalse(onEdt(view::ended));
            assertTrue(view.snapshot() == null);
            audio.getTracks().forEach(MediaStreamTrack::stop);
        }
    }

    private static <T> T onEdt(Supplier<T> s) {
        AtomicReference<T> r = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> r.set(s.get()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return r.get();
    }
}
