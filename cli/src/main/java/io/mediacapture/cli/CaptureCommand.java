package io.mediacapture.cli;

import io.mediacapture.AudioData;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.VideoFrame;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capture}: records a camera to {@code DIR/capture.y4m} and a microphone to {@code DIR/capture.wav}
 * for N seconds of capture time, with a live progress line.
 */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Record video to DIR/capture.y4m (YUV4MPEG2, I420) and audio to DIR/capture.wav (16-bit PCM).",
                "With neither --video nor --audio, records both."})
final class CaptureCommand implements Runnable {
    @Option(names = "--video", arity = "0..1", fallbackValue = "true", paramLabel = "CONSTRAINTS",
            converter = ConstraintsArg.VideoConverter.class,
            description = "Record video; optional constraints as JSON, e.g. --video='{\"width\":1280}'. --video=false: none.")
    ConstraintsArg video;

    @Option(names = "--audio", arity = "0..1", fallbackValue = "true", paramLabel = "CONSTRAINTS",
            converter = ConstraintsArg.AudioConverter.class,
            description = "Record audio; optional constraints as JSON, e.g. --audio='{\"channelCount\":1}'. --audio=false: none.")
    ConstraintsArg audio;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "5", description = "How long to record (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Directory for capture.y4m and capture.wav (created; default: current).")
    Path out;

    @Option(names = "--device", paramLabel = "ID|LABEL", description = "Use this device (id, label or part of the label); repeat for a camera and a microphone.")
    List<String> devices;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CliException.checkSeconds(seconds, 24 * 3600);
        if (video == null && audio == null) {
            video = ConstraintsArg.TRUE;
            audio = ConstraintsArg.TRUE;
        }
        if (!(video != null && video.requested()) && !(audio != null && audio.requested())) {
            throw new CliException(CliException.USAGE, "mediacapture: nothing to record: --video=false and --audio=false");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliException(CliException.FAILED, "Error: cannot create " + out + ": " + e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (Session session = Session.open()) {
            TrackRequest req = TrackRequest.resolve(session, audio, video, devices);
            MediaStream stream = session.getUserMedia(req.audio(), req.video());
            try {
                record(stream, stdout);
            } finally {
                stream.getTracks().forEach(MediaStreamTrack::stop);
            }
        }
    }

    private void record(MediaStream stream, PrintWriter stdout) {
        for (MediaStreamTrack t : stream.getTracks()) {
            stdout.println("Recording " + t.kind() + " from " + Session.quoteLabel(t.label()) + ": " + t.getSettings().toMap());
        }
        long startUs = TrackReader.now();
        long endUs = startUs + Math.round(seconds * 1_000_000);
        List<TrackReader> readers = new ArrayList<>();
        VideoRecorder v = null;
        AudioRecorder a = null;
        try {
            if (!stream.getVideoTracks().isEmpty()) {
                MediaStreamTrack t = stream.getVideoTracks().get(0);
                double fps = t.getSettings().frameRate().orElse(30);
                v = new VideoRecorder(t, new Y4mWriter(out.resolve("capture.y4m"), fps), startUs, endUs);
                readers.add(v);
            }
            if (!stream.getAudioTracks().isEmpty()) {
                a = new AudioRecorder(stream.getAudioTracks().get(0), new WavWriter(out.resolve("capture.wav")), startUs, endUs);
                readers.add(a);
            }
        } catch (IOException e) {
            closeQuietly(v, a);
            throw new CliException(CliException.FAILED, "Error: cannot write to " + out + ": " + e.getMessage(), e);
        }
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: stop the readers and let the files be finished (the WAV header patched) before exiting.
        Thread hook = new Thread(() -> {
            readers.forEach(TrackReader::requestStop);
            try {
                finished.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "mediacapture-capture-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressLine progress = new ProgressLine(stdout, ProgressLine.stdoutIsTerminal());
        Exception failure = null;
        try {
            readers.forEach(TrackReader::start);
            Status status = new Status(v, a, startUs);
            while (readers.stream().anyMatch(r -> !r.finished())) {
                progress.update(status.line(seconds));
                sleep(progress.intervalMillis(), readers);
            }
            progress.update(status.line(seconds));
            progress.finish();
            for (TrackReader r : readers) {
                try {
                    r.join();
                } catch (Exception e) {
                    failure = failure == null ? e : failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } finally {
            try {
                closeFiles(v, a);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C is under way; the hook waits for `finished`
            }
        }
        if (failure != null) {
            throw new CliException(CliException.FAILED, "Error: recording failed: " + failure, failure);
        }
        summarize(stdout, v, a);
    }

    private void summarize(PrintWriter stdout, VideoRecorder v, AudioRecorder a) {
        List<String> ended = new ArrayList<>();
        if (v != null) {
            stdout.printf(Locale.ROOT, "Wrote %s: %d frames %dx%d, %d dropped%s%n", out.resolve("capture.y4m"),
                    v.writer.frames(), v.width, v.height, v.dropped(), v.refused > 0 ? ", " + v.refused + " refused (size changed)" : "");
            if (v.trackEnded()) {
                ended.add("video track ended early" + reason(v.track));
            } else if (v.writer.frames() == 0) {
                ended.add("NotReadableError: no video frame from " + Session.quoteLabel(v.track.label()) + " in " + seconds + " s");
            }
        }
        if (a != null) {
            double secs = a.writer.sampleRate() == 0 ? 0
                    : a.writer.dataBytes() / 2.0 / Math.max(1, a.writer.channels()) / a.writer.sampleRate();
            stdout.printf(Locale.ROOT, "Wrote %s: %d Hz, %d channel(s), %.2f s, %d chunks dropped%s%n", out.resolve("capture.wav"),
                    a.writer.sampleRate(), a.writer.channels(), secs, a.dropped(),
                    a.refused > 0 ? ", " + a.refused + " refused (format changed)" : "");
            if (a.trackEnded()) {
                ended.add("audio track ended early" + reason(a.track));
            }
        }
        stdout.flush();
        if (!ended.isEmpty()) {
            throw new CliException(CliException.FAILED, "Error: " + String.join("; ", ended));
        }
    }

    private static String reason(MediaStreamTrack t) {
        return t.endedReason().map(r -> ": " + r).orElse("");
    }

    private static void sleep(long millis, List<TrackReader> readers) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until && readers.stream().anyMatch(r -> !r.finished())) {
            Thread.sleep(20);
        }
    }

    private static void closeFiles(VideoRecorder v, AudioRecorder a) throws IOException {
        IOException first = null;
        for (AutoCloseable c : new AutoCloseable[] {v == null ? null : v.writer, a == null ? null : a.writer}) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            } catch (Exception e) {
                first = first == null ? new IOException(e) : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeQuietly(VideoRecorder v, AudioRecorder a) {
        try {
            closeFiles(v, a);
        } catch (IOException ignored) {
            // already failing with the error that matters
        }
    }

    /** The progress line: elapsed time, video fps and drops, audio level. */
    private static final class Status {
        private final VideoRecorder v;
        private final AudioRecorder a;
        private final long startUs;
        private long lastFrames;
        private long lastAt = TrackReader.now();
        private double fps;

        Status(VideoRecorder v, AudioRecorder a, long startUs) {
            this.v = v;
            this.a = a;
            this.startUs = startUs;
        }

        String line(double total) {
            long now = TrackReader.now();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%5.1f/%.1f s",
                    Math.max(0, now - startUs) / 1e6, total));
            if (v != null) {
                long frames = v.writer.frames();
                // Rate over at least 0.5 s, so the first line does not divide by a few microseconds.
                if (now - lastAt >= 500_000) {
                    fps = (frames - lastFrames) * 1e6 / (now - lastAt);
                    lastFrames = frames;
                    lastAt = now;
                }
                sb.append(String.format(Locale.ROOT, " | video %d frames %4.1f fps %d dropped", frames, fps, v.dropped()));
            }
            if (a != null) {
                sb.append(" | audio ").append(ProgressLine.dbfs(a.takePeak()));
            }
            return sb.toString();
        }
    }

    /** Writes video frames to Y4M; frames of another size than the first are counted, not written. */
    private static final class VideoRecorder extends TrackReader {
        final MediaStreamTrack track;
        final Y4mWriter writer;
        volatile int width;
        volatile int height;
        volatile long refused;

        VideoRecorder(MediaStreamTrack track, Y4mWriter writer, long startUs, long endUs) {
            super(track, 30, startUs, endUs);
            this.track = track;
            this.writer = writer;
        }

        @Override
        protected boolean accept(MediaFrame frame, long startUs, long endUs) throws IOException {
            VideoFrame f = (VideoFrame) frame;
            if (writer.write(f)) {
                width = f.codedWidth();
                height = f.codedHeight();
            } else {
                refused++;
            }
            return true;
        }
    }

    /** Writes audio to WAV, the last chunk cut at the deadline; tracks the peak for the level meter. */
    private static final class AudioRecorder extends TrackReader {
        final MediaStreamTrack track;
        final WavWriter writer;
        volatile long refused;
        private float peak;

        AudioRecorder(MediaStreamTrack track, WavWriter writer, long startUs, long endUs) {
            super(track, 200, startUs, endUs);
            this.track = track;
            this.writer = writer;
        }

        @Override
        protected boolean accept(MediaFrame frame, long startUs, long endUs) throws IOException {
            AudioData d = (AudioData) frame;
            long left = endUs - d.timestamp();
            int frames = (int) Math.min(d.numberOfFrames(), Math.ceil(left * (double) d.sampleRate() / 1e6));
            if (!writer.write(d, frames)) {
                refused++;
            }
            synchronized (this) {
                peak = Math.max(peak, writer.takePeak());
            }
            return true;
        }

        synchronized float takePeak() {
            float p = peak;
            peak = 0;
            return p;
        }
    }
}
