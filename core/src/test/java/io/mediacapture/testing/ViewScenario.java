package io.mediacapture.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A view on a real X server, checked from outside its JVM: a {@link ViewProbe} shows the fake camera, and
 * screenshots of the screen must show the fake frame (its frame number read from the code band, the colour bars
 * where that number puts them), new frames at the track's rate, the new size after {@code applyConstraints},
 * and {@code ended} after {@code stop()}.
 */
public final class ViewScenario {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private ViewScenario() {}

    public static void run(Path dir, Class<? extends ViewProbe> probe, String... jvmArgs) throws Exception {
        try (VirtualDisplay display = VirtualDisplay.start(dir)) {
            VirtualDisplay.Child child = display.java(probe, jvmArgs);
            String shown = child.expect("shown ", WAIT);
            long first = checkScreen(display, shown, 640, 480, "first", 640);

            child.send("rate");
            double fps = Double.parseDouble(child.expect("rate ", WAIT).substring(5));
            // The fake camera runs at 30 fps; a loaded 2-core machine may drop some paints, never most.
            assertTrue(fps >= 12 && fps <= 31, "frames shown at the track's rate (30 fps): " + fps);
            long later = checkScreen(display, shown, 640, 480, "later", 640);
            assertTrue(later > first, "a later screenshot shows a later frame: " + first + " then " + later);

            child.send("resize 320 240");
            checkScreen(display, child.expect("shown 320 240", WAIT), 320, 240, "resized", 640); // scaled down from 640x480

            child.send("stop");
            assertEquals("ended", child.expect("ended", WAIT));
            child.send("quit");
            assertEquals(0, child.waitFor(Duration.ofSeconds(20)));
        }
    }

    /** Screenshots until one shows a fake frame at the place {@code shown} names; returns its frame number. */
    private static long checkScreen(VirtualDisplay display, String shown, int w, int h, String name, int drawnWidth)
            throws Exception {
        String[] f = shown.split(" ");
        assertEquals(w + "x" + h, f[1] + "x" + f[2], shown);
        int x = Integer.parseInt(f[3]);
        int y = Integer.parseInt(f[4]);
        // A screenshot may catch a repaint half done: accept the first of a few that matches.
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            BufferedImage screen = display.screenshot(name + attempt);
            BufferedImage content = screen.getSubimage(x, y, w, h);
            String problem = FakeFrameCheck.compare(content, w, h, 0, drawnWidth);
            if (problem == null) {
                return FakeFrameCheck.frameNumber(content, w, h);
            }
            failures.add(name + attempt + ".png: " + problem);
            Thread.sleep(300);
        }
        fail("the view did not show the expected frame at (" + x + "," + y + "):\n" + String.join("\n", failures));
        return -1;
    }
}
