package io.mediacapture.examples;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.swing.VideoView;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * A camera in a Swing window: {@code getUserMedia} with constraints, shown by {@link VideoView} (the Swing
 * {@code <video>}). The window takes the video's size, and says when the camera goes away.
 *
 * <pre>examples/run SwingViewer [WIDTH HEIGHT [FPS]] [--seconds N]</pre>
 * e.g. {@code examples/run SwingViewer 1280 720 30}: the camera mode closest to 1280x720 at 30 fps.
 */
public final class SwingViewer {
    public static void main(String[] args) throws Exception {
        ExampleArgs a = new ExampleArgs(args);
        // As in JavaScript: {video: {width: {ideal: 1280}, height: {ideal: 720}, frameRate: {ideal: 30}}}
        Map<String, Object> video = Map.of(
                "width", Map.of("ideal", a.integer(0, 640)),
                "height", Map.of("ideal", a.integer(1, 480)),
                "frameRate", Map.of("ideal", a.integer(2, 30)));
        try (MediaDevices devices = MediaDevices.system()) {
            MediaStream stream = devices.getUserMedia(Map.of("video", video)).join();
            MediaStreamTrack camera = stream.getVideoTracks().getFirst();
            System.out.println("camera: " + camera.label() + " " + camera.getSettings().toMap());

            CountDownLatch closed = new CountDownLatch(1);
            SwingUtilities.invokeAndWait(() -> {
                JFrame frame = new JFrame(camera.label());
                frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                frame.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        closed.countDown();
                    }
                });
                VideoView view = new VideoView(stream);
                // the video element's "resize" and "ended", as property changes
                view.addPropertyChangeListener("videoHeight", e -> {
                    frame.pack();
                    System.out.println("showing " + view.videoWidth() + "x" + view.videoHeight());
                });
                view.addPropertyChangeListener("ended", e -> frame.setTitle(camera.label() + " (ended)"));
                frame.add(view);
                frame.pack();
                frame.setLocationByPlatform(true);
                frame.setVisible(true);
            });

            closed.await(a.seconds(Duration.ofDays(365)).toMillis(), TimeUnit.MILLISECONDS);
            camera.stop();
            SwingUtilities.invokeLater(() -> {
                for (java.awt.Window w : java.awt.Window.getWindows()) {
                    w.dispose();
                }
            });
        }
    }
}
