package io.mediacapture.javafx;

import io.mediacapture.javafx.internal.FxViewProbe;
import io.mediacapture.testing.ViewScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JavaFX {@link VideoView} on a real X server (Xvfb; JavaFX's software renderer, as there is no GPU), checked
 * with screenshots taken by ImageMagick from outside the JVM: the fake camera's frame at 1:1, new frames at the
 * track's rate, the new size after applyConstraints, and {@code ended} after stop().
 */
class VideoViewScreenTest {
    @TempDir
    Path dir;

    @Test
    void showsTheCameraFollowsItsSizeAndItsEnd() throws Exception {
        ViewScenario.run(dir, FxViewProbe.class, "-Dprism.order=sw");
    }
}
