package io.mediacapture.swing;

import io.mediacapture.testing.SwingViewProbe;
import io.mediacapture.testing.ViewScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link VideoView} on a real X server (Xvfb), checked with screenshots taken by ImageMagick from outside the JVM:
 * the fake camera's frame at 1:1, new frames at the track's rate, the new size after applyConstraints, and
 * {@code ended} after stop().
 */
class VideoViewScreenTest {
    @TempDir
    Path dir;

    @Test
    void showsTheCameraFollowsItsSizeAndItsEnd() throws Exception {
        ViewScenario.run(dir, SwingViewProbe.class);
    }
}
