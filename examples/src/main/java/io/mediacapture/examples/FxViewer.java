package io.mediacapture.examples;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.javafx.VideoView;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A camera in a JavaFX window: {@code getUserMedia} with constraints, shown by the JavaFX {@link VideoView}. The
 * window takes the video's size, and says when the camera goes away.
 *
 * <p>The class does not extend {@code Application}: started from the class path, the java launcher refuses such a
 * class; {@link Platform#startup} starts JavaFX just the same.
 *
 * <pre>examples/run FxViewer [WIDTH HEIGHT [FPS]] [--seconds N]</pre>
 */
public final class FxViewer {
    public static void main(String[] args) throws Exception {
        ExampleArgs a = new ExampleArgs(args);
        Map<String, Object> video = Map.of(
                "width", Map.of("ideal", a.integer(0, 640)),
                "height", Map.of("ideal", a.integer(1, 480)),
                "frameRate", Map.of("ideal", a.integer(2, 30)));
        try (MediaDevices devices = MediaDevices.system()) {
            MediaStream stream = devices.getUserMedia(Map.of("video", video)).join();
            MediaStreamTrack camera = stream.getVideoTracks().getFirst();
            System.out.println("camera: " + camera.label() + " " + camera.getSettings().toMap());

            CountDownLatch closed = new CountDownLatch(1);
            Platform.startup(() -> {
                Stage stage = new Stage();
                stage.setTitle(camera.label());
                VideoView view = new VideoView(stream);
                view.videoHeightProperty().addListener((o, was, now) -> {
                    stage.sizeToScene();
                    System.out.println("showing " + view.videoWidth() + "x" + view.videoHeight());
                });
                view.endedProperty().addListener((o, was, now) -> stage.setTitle(camera.label() + " (ended)"));
                stage.setScene(new Scene(new StackPane(view)));
                stage.setOnHidden(e -> closed.countDown());
                stage.show();
            });

            closed.await(a.seconds(Duration.ofDays(365)).toMillis(), TimeUnit.MILLISECONDS);
            camera.stop();
            Platform.exit();
        }
    }
}
