package io.mediacapture.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import io.mediacapture.AudioData;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.VideoFrame;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stats}: opens one track and measures it: the settings it negotiated, the rate frames really
 * arrive at, how old they are when read (latency: read time minus capture timestamp, both on the library
 * clock), and frames lost either by the reader (buffer overflow) or before (gaps in the timestamps).
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Open a track and report negotiated settings, frame rate, latency percentiles and drops.")
final class StatsCommand implements Runnable {
    @Option(names = "--video", arity = "0..1", fallbackValue = "true", paramLabel = "CONSTRAINTS",
            converter = ConstraintsArg.VideoConverter.class, description = "Measure a camera (the default), with optional constraints as JSON.")
    ConstraintsArg video;

    @Option(names = "--audio", arity = "0..1", fallbackValue = "true", paramLabel = "CONSTRAINTS",
            converter = ConstraintsArg.AudioConverter.class, description = "Measure a microphone instead, with optional constraints as JSON.")
    ConstraintsArg audio;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "5", description = "How long to measure (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--device", paramLabel = "ID|LABEL", description = "The device (id, label or part of the label).")
    String device;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        CliException.checkSeconds(seconds, 24 * 3600);
        boolean wantAudio = audio != null && audio.requested();
        boolean wantVideo = video != null ? video.requested() : !wantAudio;
        if (wantAudio == wantVideo) {
            throw new CliException(CliException.USAGE, "mediacapture: stats measures one track: give --video or --audio, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open()) {
            TrackRequest req = TrackRequest.resolve(session, wantAudio ? audio : null,
                    wantVideo ? (video == null ? ConstraintsArg.TRUE : video) : null,
                    device == null ? List.of() : List.of(device));
            MediaStream stream = session.getUserMedia(req.audio(), req.video());
            MediaStreamTrack track = stream.getTracks().get(0);
            try {
                Measure m = new Measure(track, Math.round(seconds * 1_000_000));
                m.start();
                m.join();
                report(out, track, m);
            } catch (CliException e) {
                throw e;
            } catch (Exception e) {
                throw new CliException(CliException.FAILED, "Error: measuring failed: " + e, e);
            } finally {
                track.stop();
            }
        }
    }

    private void report(PrintWriter out, MediaStreamTrack track, Measure m) throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", track.kind());
        r.put("label", track.label());
        r.put("settings", track.getSettings().toMap());
        r.put("seconds", seconds);
        r.put("frames", m.count);
        double span = m.count > 1 ? (m.lastTs - m.firstTs) / 1e6 : 0;
        double rate = span > 0 ? (m.count - 1) / span : 0;
        r.put("rate", round(rate));
        r.put("rateUnit", m.audio ? "chunks/s" : "fps");
        long[] lat = Arrays.copyOf(m.latencies, m.count);
        Arrays.sort(lat);
        Map<String, Object> latency = new LinkedHashMap<>();
        for (double p : new double[] {50, 90, 99}) {
            latency.put("p" + (int) p, round(percentile(lat, p) / 1000.0));
        }
        latency.put("max", round(lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0));
        r.put("latencyMs", latency);
        r.put("droppedByReader", m.dropped());
        r.put("missingFromTimestamps", m.missing());
        if (json) {
            out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(r));
        } else {
            out.printf("Track:     %s %s%n", track.kind(), Session.quoteLabel(track.label()));
            out.printf("Settings:  %s%n", track.getSettings().toMap());
            out.printf(Locale.ROOT, "Frames:    %d in %.2f s = %.2f %s%n", m.count, span, rate, r.get("rateUnit"));
            out.printf(Locale.ROOT, "Latency:   p50 %s ms  p90 %s ms  p99 %s ms  max %s ms (read time - capture timestamp)%n",
                    latency.get("p50"), latency.get("p90"), latency.get("p99"), latency.get("max"));
            out.printf("Dropped:   %d by the reader (buffer full), %d missing from the timestamps%n", m.dropped(), m.missing());
        }
        out.flush();
        if (m.count == 0) {
            throw new CliException(CliException.FAILED, "NotReadableError: no frames from " + Session.quoteLabel(track.label())
                    + " in " + seconds + " s" + track.endedReason().map(e -> " (track ended: " + e + ")").orElse(""));
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Reads every frame for the duration, recording each one's latency and the gaps between them. */
    private static final class Measure extends TrackReader {
        final boolean audio;
        long[] latencies = new long[1024];
        int count;
        long firstTs;
        long lastTs;
        private long durationSumUs;
        private final long nominalUs;

        Measure(MediaStreamTrack track, long durationUs) {
            this(track, TrackReader.now(), durationUs);
        }

        private Measure(MediaStreamTrack track, long start, long durationUs) {
            super(track, 64, start, start + durationUs);
            this.audio = track.kind().equals("audio");
            double fps = track.getSettings().frameRate().orElse(0);
            this.nominalUs = fps > 0 ? Math.round(1e6 / fps) : 0;
        }

        @Override
        protected boolean accept(MediaFrame frame, long startUs, long endUs) {
            long now = TrackReader.now();
            long ts = frame.timestamp();
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count] = Math.max(0, now - ts);
            if (count == 0) {
                firstTs = ts;
            }
            long d = frame instanceof AudioData a ? a.duration() : ((VideoFrame) frame).duration().orElse(nominalUs);
            durationSumUs += d;
            lastTs = ts;
            count++;
            return true;
        }

        /**
         * Frames lost before they reached the reader: how many the time span should hold at the frames'
         * own duration, minus how many came. Counted over the whole span rather than per gap, so jitter
         * (one late frame, one early) does not count as a loss.
         */
        long missing() {
            if (count < 2 || durationSumUs <= 0) {
                return 0;
            }
            double interval = (double) durationSumUs / count;
            return Math.max(0, Math.round((lastTs - firstTs) / interval) + 1 - count);
        }
    }
}
