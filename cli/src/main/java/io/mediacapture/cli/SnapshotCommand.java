package io.mediacapture.cli;

import io.mediacapture.Blob;
import io.mediacapture.ImageCapture;
import io.mediacapture.MediaFrame;
import io.mediacapture.PhotoSettings;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaTrackSettings;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code snapshot}: getUserMedia's "take a still photo": one frame of the camera as a PNG. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Take a still photo: one camera frame written as PNG at the size the track settled on.")
final class SnapshotCommand implements Runnable {
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(10);

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "snapshot.png",
            description = "PNG file to write (default: ${DEFAULT-VALUE}); with --photo also .jpg/.jpeg.")
    Path out;

    @Option(names = "--photo", description = "Take the picture with ImageCapture.takePhoto() (JPEG or PNG by the --out extension) instead of converting a frame.")
    boolean photo;

    @Option(names = "--video", arity = "0..1", fallbackValue = "true", paramLabel = "CONSTRAINTS",
            converter = ConstraintsArg.VideoConverter.class,
            description = "Camera constraints as JSON, e.g. --video='{\"width\":{\"exact\":1280},\"height\":720}'.")
    ConstraintsArg video = ConstraintsArg.TRUE;

    @Option(names = "--device", paramLabel = "ID|LABEL", description = "The camera (id, label or part of the label).")
    String device;

    @Option(names = "--skip", paramLabel = "FRAMES", defaultValue = "5",
            description = "Frames to let pass first, so a real camera's exposure settles (default: ${DEFAULT-VALUE}).")
    int skip;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (!video.requested()) {
            throw new CliException(CliException.USAGE, "mediacapture: snapshot needs video; --video=false leaves nothing to take");
        }
        if (skip < 0) {
            throw new CliException(CliException.USAGE, "mediacapture: --skip must be 0 or more, got " + skip);
        }
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean jpeg = name.endsWith(".jpg") || name.endsWith(".jpeg");
        if (!name.endsWith(".png") && !(photo && jpeg)) {
            throw new CliException(CliException.USAGE, "mediacapture: --out must name a .png file"
                    + (photo ? " or a .jpg/.jpeg file" : "") + ", got " + out);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (Session session = Session.open()) {
            TrackRequest req = TrackRequest.resolve(session, null, video, device == null ? List.of() : List.of(device));
            MediaStream stream = session.getUserMedia(null, req.video());
            MediaStreamTrack track = stream.getVideoTracks().get(0);
            try {
                if (photo) {
                    takePhoto(session, track, jpeg ? "image/jpeg" : "image/png", stdout);
                    return;
                }
                BufferedImage image = grab(track);
                MediaTrackSettings s = track.getSettings();
                BufferedImage sized = resize(image, (int) s.width().orElse(image.getWidth()), (int) s.height().orElse(image.getHeight()));
                write(sized);
                stdout.printf("Wrote %s: %dx%d from %s%n", out, sized.getWidth(), sized.getHeight(), Session.quoteLabel(track.label()));
                stdout.flush();
            } finally {
                track.stop();
            }
        }
    }

    /** ImageCapture: skip frames with grabFrame(), then takePhoto() and write the Blob as it is. */
    private void takePhoto(Session session, MediaStreamTrack track, String type, PrintWriter stdout) {
        ImageCapture capture = new ImageCapture(track);
        try {
            for (int i = 0; i < skip; i++) {
                capture.grabFrame().get(FRAME_TIMEOUT.toSeconds(), TimeUnit.SECONDS).close();
            }
            Blob blob = capture.takePhoto(PhotoSettings.empty(), type).get(FRAME_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, blob.bytes());
            MediaTrackSettings s = track.getSettings();
            stdout.printf("Wrote %s: %s, %d bytes, %dx%d photo from %s%n", out, blob.type(), blob.size(),
                    s.width().orElse(0), s.height().orElse(0), Session.quoteLabel(track.label()));
            stdout.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(CliException.FAILED, "AbortError: interrupted while taking the photo", e);
        } catch (TimeoutException e) {
            throw new CliException(CliException.FAILED, "NotReadableError: no photo from "
                    + Session.quoteLabel(track.label()) + " in time", e);
        } catch (ExecutionException e) {
            throw session.explain(e.getCause());
        } catch (IOException e) {
            throw new CliException(CliException.FAILED, "Error: cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private BufferedImage grab(MediaStreamTrack track) {
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 1)) {
            for (int i = 0; ; i++) {
                MediaFrame f = p.read(FRAME_TIMEOUT);
                if (f == null) {
                    throw new CliException(CliException.FAILED, "NotReadableError: no frame from "
                            + Session.quoteLabel(track.label()) + " within " + FRAME_TIMEOUT.toSeconds() + " s"
                            + track.endedReason().map(r -> " (track ended: " + r + ")").orElse(""));
                }
                try (f) {
                    if (i >= skip) {
                        return VideoFrameImages.toBufferedImage((VideoFrame) f);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(CliException.FAILED, "AbortError: interrupted while waiting for a frame", e);
        }
    }

    /** The frame at the size the settings report, should a backend deliver another (it then scales). */
    static BufferedImage resize(BufferedImage img, int width, int height) {
        if (width <= 0 || height <= 0 || (img.getWidth() == width && img.getHeight() == height)) {
            return img;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private void write(BufferedImage img) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(img, "png", out.toFile())) {
                throw new IOException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new CliException(CliException.FAILED, "Error: cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
