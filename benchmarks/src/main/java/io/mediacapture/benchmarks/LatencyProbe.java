package io.mediacapture.benchmarks;

import io.mediacapture.AudioData;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import io.mediacapture.fake.FakeFramePattern;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One frame-latency measurement, run by {@link BenchmarkSuite} in a JVM of its own (like the C client):
 * captures from a source through {@link MediaStreamTrackProcessor#read}, and for every frame records
 * {@code System.nanoTime()} (CLOCK_MONOTONIC on Linux) at the moment read() returned it minus the frame's
 * capture timestamp. Also measures whole-process CPU time and heap bytes allocated per frame over the same
 * frames. Prints one JSON object on stdout; fails (exit 1, reason on stderr) when frames stop coming.
 *
 * <pre>LatencyProbe SOURCE MEDIA WARMUP_SECONDS SECONDS</pre>
 * with SOURCE and MEDIA as in {@link CaptureSetup}.
 */
public final class LatencyProbe {
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(3);

    private LatencyProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LatencyProbe SOURCE MEDIA WARMUP_SECONDS SECONDS");
            System.exit(2);
        }
        try {
            System.out.println(Json.write(measure(args[0], args[1], Double.parseDouble(args[2]), Double.parseDouble(args[3]))));
            System.exit(0); // do not wait for the backend's daemon threads
        } catch (Exception | Error e) {
            System.err.println("LatencyProbe " + String.join(" ", args) + " failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static Map<String, Object> measure(String source, String media, double warmup, double seconds) throws Exception {
        try (CaptureSetup capture = CaptureSetup.open(source, media);
             MediaStreamTrackProcessor processor = new MediaStreamTrackProcessor(capture.track(), 4)) {
            boolean fake = source.startsWith("fake");
            long[] latencies = new long[(int) (seconds * 1000) + 1000]; // > 1 kHz never happens here
            Map<String, Object> out = new LinkedHashMap<>();
            long frames = 0;
            long firstAt = 0;
            long warmupNanos = (long) (warmup * 1e9);
            long measureNanos = (long) (seconds * 1e9);
            ProcessMeter.Mark start = null;
            long lastNumber = -1;
            long gaps = 0;
            int n = 0;
            while (true) {
                MediaFrame f = processor.read(FRAME_TIMEOUT);
                long now = System.nanoTime();
                if (f == null) {
                    throw new IllegalStateException("no frame within " + FRAME_TIMEOUT.toSeconds() + " s after " + frames
                            + " frames (track " + capture.track().readyState() + ")");
                }
                try {
                    frames++;
                    if (firstAt == 0) {
                        firstAt = now;
                        describe(f, out);
                    }
                    if (start == null && now - firstAt >= warmupNanos) {
                        start = ProcessMeter.Mark.now();
                    }
                    if (start != null) {
                        if (n < latencies.length) {
                            latencies[n++] = now - f.timestamp() * 1_000;
                        }
                        if (fake && f instanceof VideoFrame v) {
                            long number = FakeFramePattern.decode(v).frameNumber();
                            if (lastNumber >= 0 && number > lastNumber + 1) {
                                gaps += number - lastNumber - 1;
                            }
                            lastNumber = number;
                        }
                        if (now - start.wallNanos() >= measureNanos) {
                            break;
                        }
                    }
                } finally {
                    f.close();
                }
            }
            ProcessMeter.Mark end = ProcessMeter.Mark.now();
            out.put("frames", n);
            out.put("seconds", (end.wallNanos() - start.wallNanos()) / 1e9);
            out.put("cpu_ns_per_frame", (double) (end.cpuNanos() - start.cpuNanos()) / n);
            out.put("alloc_bytes_per_frame", (double) (end.allocatedBytes() - start.allocatedBytes()) / n);
            out.put("processor_dropped", processor.droppedFrames());
            if (fake && lastNumber >= 0) {
                out.put("source_frames_missing", gaps);
            }
            out.put("latency_ns", java.util.Arrays.copyOf(latencies, n));
            return out;
        }
    }

    private static void describe(MediaFrame f, Map<String, Object> out) {
        if (f instanceof VideoFrame v) {
            out.put("format", v.format().name());
            out.put("width", v.codedWidth());
            out.put("height", v.codedHeight());
        } else if (f instanceof AudioData a) {
            out.put("format", a.format().name());
            out.put("sample_rate", a.sampleRate());
            out.put("channels", a.numberOfChannels());
            out.put("samples_per_buffer", a.numberOfFrames());
        }
    }
}
