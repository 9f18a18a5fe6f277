package io.mediacapture.benchmarks;

import io.mediacapture.AudioData;
import io.mediacapture.FrameTap;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One frame-latency measurement, run by {@link BenchmarkSuite} in a JVM of its own (like the C client): for every
 * frame, {@code System.nanoTime()} (CLOCK_MONOTONIC on Linux) at the moment user code holds it minus its capture
 * timestamp, with the frame's timestamp, so that a C client measuring the same node at the same time can be
 * compared frame by frame. Also measures whole-process CPU time and heap bytes allocated per frame over the
 * recorded frames. Prints one JSON object on stdout; fails (exit 1, reason on stderr) when frames stop coming.
 *
 * <pre>LatencyProbe SOURCE MEDIA CONSUMER JIT_WARM_SECONDS WARMUP_SECONDS (SECONDS | stdin)</pre>
 * SOURCE and MEDIA as in {@link CaptureSetup} ({@code pipewire-node:NAME} for a node shared with the C client).
 * CONSUMER: {@code read} (the frame is held when {@link MediaStreamTrackProcessor#read} returns it on the probe's
 * thread) or {@code tap} (when a {@link FrameTap} handler is called with it, on the capture thread).
 * JIT_WARM_SECONDS: {@link JitWarmUp} first (0: none, a cold JVM). Then WARMUP_SECONDS more of frames, then
 * recording for SECONDS, or with {@code stdin} until a line (or the end) arrives on stdin: the probe first prints a
 * line {@code {"measuring":true,...}} with the negotiated format, so that the caller can start its C client then.
 */
public final class LatencyProbe {
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(3);
    /** The longest recording, also with {@code stdin}; the log holds it (a 256-sample audio stream: 188/s). */
    private static final double MAX_SECONDS = 120;
    private static final int LOG_SIZE = 1 << 15;
    private static final double SETTLE_QUIET_SECONDS = 3;
    private static final double SETTLE_MAX_SECONDS = 20;

    private LatencyProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 6 || !(args[2].equals("read") || args[2].equals("tap"))) {
            System.err.println("usage: LatencyProbe SOURCE MEDIA (read|tap) JIT_WARM_SECONDS WARMUP_SECONDS (SECONDS|stdin)");
            System.exit(2);
        }
        try {
            boolean untilStdin = args[5].equals("stdin");
            double seconds = untilStdin ? MAX_SECONDS : Double.parseDouble(args[5]);
            if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
                throw new IllegalArgumentException("SECONDS must be in (0, " + MAX_SECONDS + "]: " + args[5]);
            }
            System.out.println(Json.write(measure(args[0], args[1], args[2].equals("tap"), Double.parseDouble(args[3]),
                    Double.parseDouble(args[4]), seconds, untilStdin)));
            System.exit(0); // do not wait for the backend's daemon threads
        } catch (Exception | Error e) {
            System.err.println("LatencyProbe " + String.join(" ", args) + " failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static Map<String, Object> measure(String source, String media, boolean tap, double jitWarmSeconds, double warmup,
                                       double seconds, boolean untilStdin) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("consumer", tap ? "tap" : "read");
        try (CaptureSetup capture = CaptureSetup.open(source, media);
             Consumer consumer = tap ? new TapConsumer(capture) : new ReadConsumer(capture)) {
            if (jitWarmSeconds > 0) {
                JitWarmUp.Result warm = JitWarmUp.run(source, media, 120, jitWarmSeconds, tap, consumer::next);
                out.put("warm_frames_last_round", warm.lastRoundFrames());
                out.put("warm_frames_for_c2", warm.reachedC2());
                out.put("jit_settled", JitWarmUp.settle(SETTLE_QUIET_SECONDS, SETTLE_MAX_SECONDS, consumer::next));
            }
            long warmUntil = System.nanoTime() + (long) (warmup * 1e9);
            while (System.nanoTime() < warmUntil) {
                consumer.next();
            }
            describe(consumer.log.first, out);
            CountDownLatch stop = new CountDownLatch(1);
            if (untilStdin) {
                Map<String, Object> measuring = new LinkedHashMap<>(out);
                measuring.put("measuring", true);
                System.out.println(Json.write(measuring));
                System.out.flush();
                Thread.ofPlatform().daemon().name("stdin").start(() -> {
                    try {
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    } catch (IOException e) {
                        // the caller went away: stop as if it had said so
                    }
                    stop.countDown();
                });
            }
            long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long first = consumer.log.count();
            long droppedBefore = consumer.droppedFrames();
            ProcessMeter.Mark start = ProcessMeter.Mark.now();
            long end = start.wallNanos() + (long) (seconds * 1e9);
            while (System.nanoTime() < end && stop.getCount() > 0) {
                consumer.next();
            }
            ProcessMeter.Mark stopped = ProcessMeter.Mark.now();
            long last = consumer.log.count();
            int n = (int) (last - first);
            if (n < 2) {
                throw new IllegalStateException("only " + n + " frames recorded");
            }
            out.put("frames", n);
            out.put("seconds", (stopped.wallNanos() - start.wallNanos()) / 1e9);
            out.put("stopped_by", stop.getCount() == 0 ? "stdin" : "time");
            out.put("cpu_ns_per_frame", (double) (stopped.cpuNanos() - start.cpuNanos()) / n);
            out.put("alloc_bytes_per_frame", (double) (stopped.allocatedBytes() - start.allocatedBytes()) / n);
            out.put("jit_ms_in_window", ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore);
            out.put("processor_dropped", consumer.droppedFrames() - droppedBefore);
            out.put("latency_ns", consumer.log.latencies(first, last));
            out.put("pts_ns", consumer.log.stamps(first, last));
            return out;
        }
    }

    private static void describe(FrameDescription f, Map<String, Object> out) {
        if (f == null) {
            throw new IllegalStateException("no frame arrived during the warm-up");
        }
        out.putAll(f.fields());
    }

    /** The first frame's format, kept as plain values (the frame itself is closed). */
    private record FrameDescription(Map<String, Object> fields) {
        static FrameDescription of(MediaFrame f) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (f instanceof VideoFrame v) {
                m.put("format", v.format().name());
                m.put("width", v.codedWidth());
                m.put("height", v.codedHeight());
            } else if (f instanceof AudioData a) {
                m.put("format", a.format().name());
                m.put("sample_rate", a.sampleRate());
                m.put("channels", a.numberOfChannels());
                m.put("samples_per_buffer", a.numberOfFrames());
            }
            return new FrameDescription(m);
        }
    }

    /**
     * Every frame's timestamp and latency, in rings written by one thread (the probe's, or a tap's capture thread).
     * Warm-up frames go through the same code as recorded ones (a branch first taken when recording starts would
     * cost a deoptimization in the window); the recorded ones are those between two {@link #count()}s.
     */
    private static final class Log {
        private final long[] stamps = new long[LOG_SIZE];
        private final long[] latencies = new long[LOG_SIZE];
        private volatile long count;
        private volatile FrameDescription first;

        void add(MediaFrame f, long heldAt) {
            long i = count;
            long stamp = f.timestamp() * 1_000;
            stamps[(int) i & (LOG_SIZE - 1)] = stamp;
            latencies[(int) i & (LOG_SIZE - 1)] = heldAt - stamp;
            if (i == 0) {
                first = FrameDescription.of(f);
            }
            count = i + 1;
        }

        long count() {
            return count;
        }

        long[] latencies(long from, long to) {
            return slice(latencies, from, to);
        }

        long[] stamps(long from, long to) {
            return slice(stamps, from, to);
        }

        private static long[] slice(long[] ring, long from, long to) {
            long[] out = new long[(int) (to - from)];
            for (long i = from; i < to; i++) {
                out[(int) (i - from)] = ring[(int) i & (LOG_SIZE - 1)];
            }
            return out;
        }
    }

    /** How the probe's frames are consumed; {@link #next} is run in the JIT warm-up too, so it is compiled. */
    private abstract static sealed class Consumer implements AutoCloseable permits ReadConsumer, TapConsumer {
        final Log log = new Log();
        final CaptureSetup capture;

        Consumer(CaptureSetup capture) {
            this.capture = capture;
        }

        /** Consumes the next frame (read), or lets frames be consumed for a moment (tap). */
        abstract void next() throws InterruptedException;

        abstract long droppedFrames();

        IllegalStateException stalled() {
            return new IllegalStateException("no frame within " + FRAME_TIMEOUT.toSeconds() + " s after " + log.count()
                    + " frames (track " + capture.track().readyState() + ")");
        }

        @Override
        public abstract void close();
    }

    /** The application's thread reads each frame from a processor (4 deep, the oldest dropped). */
    private static final class ReadConsumer extends Consumer {
        private final MediaStreamTrackProcessor processor;

        ReadConsumer(CaptureSetup capture) {
            super(capture);
            this.processor = new MediaStreamTrackProcessor(capture.track(), 4);
        }

        @Override
        void next() throws InterruptedException {
            MediaFrame f = processor.read(FRAME_TIMEOUT);
            long now = System.nanoTime();
            if (f == null) {
                throw stalled();
            }
            try {
                log.add(f, now);
                Frames.touch(f);
            } finally {
                f.close();
            }
        }

        @Override
        long droppedFrames() {
            return processor.droppedFrames();
        }

        @Override
        public void close() {
            processor.close();
        }
    }

    /** A FrameTap handler holds each frame on the capture thread; next() only watches that frames keep coming. */
    private static final class TapConsumer extends Consumer {
        private final FrameTap tap;
        private long lastSeen;
        private long lastProgress = System.nanoTime();

        TapConsumer(CaptureSetup capture) {
            super(capture);
            this.tap = FrameTap.open(capture.track(), this::handle);
        }

        private void handle(MediaFrame f) {
            log.add(f, System.nanoTime());
            Frames.touch(f);
        }

        @Override
        void next() throws InterruptedException {
            // Looks now and then rather than being woken per frame: the capture thread does only what an
            // application's handler would, and this thread costs next to nothing in the CPU measured.
            TimeUnit.MILLISECONDS.sleep(100);
            long now = System.nanoTime();
            long seen = log.count();
            if (seen != lastSeen) {
                lastSeen = seen;
                lastProgress = now;
            } else if (now - lastProgress > FRAME_TIMEOUT.toNanos()) {
                throw stalled();
            }
        }

        @Override
        long droppedFrames() {
            return 0; // a tap has no queue
        }

        @Override
        public void close() {
            tap.close();
        }
    }
}
