package io.mediacapture.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.testing.VirtualDisplay;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke tests of the camera viewers on a real X server (Xvfb), as a reader would run them ({@code examples/run
 * SwingViewer 320 240 --seconds 3} on the fake devices): they open the camera with the constraints, show it at the
 * size it came in, and exit by themselves. What the views paint is checked by the views' own screen tests.
 */
class ViewersTest {
    @TempDir
    Path dir;

    @Test
    void swingViewer() throws Exception {
        run(SwingViewer.class);
    }

    @Test
    void fxViewer() throws Exception {
        run(FxViewer.class, "-Dprism.order=sw");
    }

    private void run(Class<?> viewer, String... jvmArgs) throws Exception {
        try (VirtualDisplay display = VirtualDisplay.start(dir)) {
            List<String> jvm = new java.util.ArrayList<>(List.of(jvmArgs));
            jvm.add("-Dio.mediacapture.backend=fake");
            VirtualDisplay.Child child = display.java(viewer, jvm, List.of("320", "240", "15", "--seconds", "3"));
            child.expect("camera: Fake Camera {", Duration.ofSeconds(30));
            child.expect("showing 320x240", Duration.ofSeconds(30));
            assertEquals(0, child.waitFor(Duration.ofSeconds(30)), "exits by itself after --seconds");
        }
    }
}
