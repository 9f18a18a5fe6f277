package io.mediacapture.testing;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaTrackConstraints;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The child-JVM side of {@link ViewScenario}: opens the fake camera, shows it in a window of the toolkit under
 * test (packed to the video's size whenever that changes), and answers commands on standard input with lines on
 * standard output.
 */
public abstract class ViewProbe {
    /** What the window shows now: the view's video size, its content's place and size on the screen. */
    public record Shown(int videoWidth, int videoHeight, int x, int y, int width, int height, long presentedFrames,
            boolean ended) {}

    /** Opens a window showing {@code stream} in the view under test. */
    protected abstract void open(MediaStream stream) throws Exception;

    /** The view's state, read on the toolkit's thread. */
    protected abstract Shown state() throws Exception;

    protected final void run() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStream stream = devices.getUserMedia(Map.of("video", Map.of("width", 640, "height", 480))).join();
            MediaStreamTrack track = stream.getVideoTracks().get(0);
            open(stream);
            awaitShown(640, 480);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String[] cmd = line.trim().split(" ");
                switch (cmd[0]) {
                    case "rate" -> {
                        long before = state().presentedFrames();
                        long t0 = System.nanoTime();
                        Thread.sleep(2000);
                        long after = state().presentedFrames();
                        say(String.format(Locale.ROOT, "rate %.1f", (after - before) / ((System.nanoTime() - t0) / 1e9)));
                    }
                    case "resize" -> {
                        int w = Integer.parseInt(cmd[1]);
                        int h = Integer.parseInt(cmd[2]);
                        track.applyConstraints(MediaTrackConstraints.fromMap(Map.of("width", Map.of("exact", w),
                                "height", Map.of("exact", h), "resizeMode", "crop-and-scale"))).join();
                        awaitShown(w, h);
                    }
                    case "stop" -> {
                        track.stop();
                        long end = System.nanoTime() + 10_000_000_000L;
                        while (!state().ended() && System.nanoTime() < end) {
                            Thread.sleep(20);
                        }
                        say(state().ended() ? "ended" : "not ended: " + state());
                    }
                    case "quit" -> {
                        return;
                    }
                    default -> say("unknown command " + line);
                }
            }
        } finally {
            System.exit(0); // the toolkit's threads would keep the JVM up
        }
    }

    private void awaitShown(int w, int h) throws Exception {
        long end = System.nanoTime() + 20_000_000_000L;
        Shown s = state();
        long presented = -1;
        while (System.nanoTime() < end) {
            s = state();
            boolean sized = s.videoWidth() == w && s.videoHeight() == h && s.width() == w && s.height() == h;
            if (sized && presented < 0) {
                presented = s.presentedFrames();
            } else if (sized && s.presentedFrames() > presented + 2) { // frames painted at the new size
                say("shown " + w + " " + h + " " + s.x() + " " + s.y() + " presented " + s.presentedFrames());
                return;
            }
            Thread.sleep(50);
        }
        say("not shown " + w + "x" + h + ": " + s);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
