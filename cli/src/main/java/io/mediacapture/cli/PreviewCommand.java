package io.mediacapture.cli;

import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Point;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code preview}: the live camera in a window with an fps/latency overlay. Needs a display: without one
 * it says so and exits with {@link CliException#NO_DISPLAY}.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show the live camera in a window with an fps/latency overlay (needs a display).")
final class PreviewCommand implements Runnable {
    @Option(names = "--video", arity = "0..1", fallbackValue = "true", paramLabel = "CONSTRAINTS",
            converter = ConstraintsArg.VideoConverter.class, description = "Camera constraints as JSON.")
    ConstraintsArg video = ConstraintsArg.TRUE;

    @Option(names = "--device", paramLabel = "ID|LABEL", description = "The camera (id, label or part of the label).")
    String device;

    @Option(names = "--seconds", paramLabel = "N", description = "Close after N seconds (default: when the window is closed or on Ctrl-C).")
    Double seconds;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CliException.checkSeconds(seconds, Double.POSITIVE_INFINITY);
        if (!video.requested()) {
            throw new CliException(CliException.USAGE, "mediacapture: preview needs video; --video=false leaves nothing to show");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw noDisplay(null);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open()) {
            TrackRequest req = TrackRequest.resolve(session, null, video, device == null ? List.of() : List.of(device));
            MediaStream stream = session.getUserMedia(null, req.video());
            MediaStreamTrack track = stream.getVideoTracks().get(0);
            try {
                show(stream, track, out);
            } finally {
                track.stop();
            }
        }
    }

    private void show(MediaStream stream, MediaStreamTrack track, PrintWriter out) {
        int w = (int) track.getSettings().width().orElse(640);
        int h = (int) track.getSettings().height().orElse(480);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<PreviewWindow> window = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> window.set(new PreviewWindow("mediacapture preview - " + track.label(),
                    stream, w, h, closed::countDown)));
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof AWTError || c instanceof HeadlessException || c instanceof UnsatisfiedLinkError) {
                throw noDisplay(c);
            }
            throw new CliException(CliException.FAILED, "Error: cannot open the preview window: " + c, c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Thread hook = new Thread(closed::countDown, "mediacapture-preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            announceWhenPainted(track, window.get(), closed, out);
            if (seconds == null) {
                closed.await();
            } else {
                closed.await(Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
            SwingUtilities.invokeLater(() -> window.get().dispose());
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook closed the window
            }
        }
        if (track.endedReason().isPresent()) {
            throw new CliException(CliException.FAILED, "Error: the camera stopped: " + track.endedReason().get());
        }
    }

    /** Says where the picture is once the first frame is on the screen (PreviewIT reads it). */
    private static void announceWhenPainted(MediaStreamTrack track, PreviewWindow window, CountDownLatch closed,
            PrintWriter out) throws InterruptedException {
        while (!window.painted()) {
            if (closed.await(50, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
        AtomicReference<String> line = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                Point at = window.contentLocation();
                Point inWindow = window.contentInWindow();
                line.set(String.format(Locale.ROOT, "Preview of %s: %dx%d, content at (%d,%d) on screen, (%d,%d) in window \"%s\"."
                        + " Close the window or press Ctrl-C to stop.", Session.quoteLabel(track.label()), window.imageWidth(),
                        window.imageHeight(), at.x, at.y, inWindow.x, inWindow.y, window.title()));
            });
        } catch (InvocationTargetException e) {
            return; // the window went away meanwhile
        }
        out.println(line.get());
        out.flush();
    }

    private static CliException noDisplay(Throwable cause) {
        String display = System.getenv("DISPLAY");
        String why = display == null || display.isEmpty() ? "no display (DISPLAY is not set)"
                : "cannot open display " + display + (cause == null ? "" : ": " + cause.getMessage());
        return new CliException(CliException.NO_DISPLAY, "preview needs a display: " + why
                + ". Run it on a desktop, or headless under a virtual one: xvfb-run mediacapture preview."
                + " To check a camera without a display use 'mediacapture snapshot' or 'mediacapture stats'.", cause);
    }
}
