package io.mediacapture.benchmarks;

import io.mediacapture.FrameTap;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * CPU time and heap bytes per frame in <em>steady state</em>, run by {@link BenchmarkSuite} in a JVM of its
 * own: after the JIT compiler has finished with the per-frame path, which at 30 fps takes minutes (a method
 * needs thousands of calls before C2 compiles it; measured from the start, the CPU is mostly interpreter, C1
 * profiling code and the compiler threads themselves).
 *
 * <p>So that a run takes about a minute, not several: {@link JitWarmUp} first (for {@code WARM_SECONDS}, its
 * captures at {@code WARM_FPS}), while the capture to measure runs and is consumed at its own rate; the report says
 * whether its last round got {@value JitWarmUp#C2_CALLS} frames. Then it waits until the JIT has compiled nothing for
 * {@code SETTLE_SECONDS} ({@link CompilationMXBean#getTotalCompilationTime()}, at most 45 s). Only then does it
 * count {@code FRAMES} frames: whole-process CPU time (all threads; clock_gettime(CLOCK_PROCESS_CPUTIME_ID), the
 * C client's clock) and heap bytes allocated by all threads, per frame. It also reports the compilation time and
 * GC cycles that fell into the window, which should be (close to) zero, and, once the capture has closed, the
 * JVM's CPU per second with nothing to capture.
 *
 * <pre>FrameCostProbe SOURCE MEDIA WARM_FPS WARM_SECONDS SETTLE_SECONDS FRAMES</pre>
 * SOURCE is {@code fake} or {@code pipewire}, MEDIA as in {@link CaptureSetup}; WARM_SECONDS 0 skips the
 * fast phase (then the numbers are not steady state: quick mode). PipeWire video is copied unless the JVM runs
 * with {@code -Dio.mediacapture.pipewire.zeroCopy=true}. Prints one JSON object on stdout; exit 1 when frames
 * stop coming.
 */
public final class FrameCostProbe {
    /** System property: how the measured capture is consumed, {@code read} (a processor, default) or {@code tap}. */
    static final String CONSUMER_PROPERTY = "mediacapture.probe.consumer";
    static final String TAP = "tap";
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(3);
    /** Longest wait for the JIT to go quiet after the fast phase; the report says when it did not. */
    private static final double MAX_SETTLE_SECONDS = 45;
    /** Runs of the window-end snapshots before anything else (see {@link #runWindowEnds}). */
    private static final int WINDOW_END_RUNS = 1_000;
    /**
     * The idle measurement after the capture closed: a pause, then {@value #IDLE_WINDOWS} windows of a second (four
     * periods of the monitor deflation thread each), of which the median counts (one window can catch the
     * capture's late teardown or a periodic task that runs once in several seconds).
     */
    private static final long IDLE_PAUSE_MILLIS = 500;
    private static final int IDLE_WINDOWS = 3;

    private FrameCostProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: FrameCostProbe SOURCE MEDIA WARM_FPS WARM_SECONDS SETTLE_SECONDS FRAMES");
            System.exit(2);
        }
        try {
            System.out.println(Json.write(measure(args[0], args[1], Integer.parseInt(args[2]),
                    Double.parseDouble(args[3]), Double.parseDouble(args[4]), Integer.parseInt(args[5]))));
            System.exit(0); // do not wait for the backend's daemon threads
        } catch (Exception | Error e) {
            System.err.println("FrameCostProbe " + String.join(" ", args) + " failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static Map<String, Object> measure(String source, String media, int warmFps, double warmSeconds,
                                       double settleSeconds, int frames) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source);
        out.put("media", media);
        out.put("zero_copy", Boolean.getBoolean("io.mediacapture.pipewire.zeroCopy"));
        boolean tap = TAP.equals(System.getProperty(CONSUMER_PROPERTY, "read"));
        out.put("consumer", tap ? TAP : "read");
        long t0 = System.nanoTime();
        int mainTid = ProcessMeter.currentTid();
        for (int i = 0; i < WINDOW_END_RUNS; i++) {
            runWindowEnds(mainTid);
        }
        try (CaptureSetup capture = CaptureSetup.open(source, media);
             Taker processor = tap ? new TapTaker(capture) : new ReadTaker(capture)) {
            if (warmSeconds > 0) {
                // The measured capture is consumed all along, so that its own start-up is behind us too.
                JitWarmUp.Result warm = JitWarmUp.run(source, media, warmFps, warmSeconds, tap, () -> processor.take(1));
                out.put("warm_frames", warm.frames());
                out.put("warm_frames_last_round", warm.lastRoundFrames());
                out.put("warm_frames_for_c2", warm.reachedC2());
            }
            System.err.printf("FrameCostProbe: %s %s: settling, then measuring %d frames%n", source, media, frames);
            // Keep consuming at the measured rate until the JIT is quiet; the window-end snapshots run with every
            // frame, so that whatever the warm-up's class loading deoptimized in them is compiled again here.
            boolean settled = JitWarmUp.settle(settleSeconds, MAX_SETTLE_SECONDS, () -> {
                processor.take(1);
                runWindowEnds(mainTid);
            });
            out.put("jit_settled", settled);
            out.put("warmup_seconds", (System.nanoTime() - t0) / 1e9);
            long jitBefore = jit.getTotalCompilationTime();
            long gcBefore = gcCount();
            long droppedBefore = processor.droppedFrames();
            Map<String, Long> threadsBefore = ProcessMeter.cpuNanosByThread(mainTid);
            ProcessMeter.Mark start = ProcessMeter.Mark.now();
            processor.take(frames);
            ProcessMeter.Mark end = ProcessMeter.Mark.now();
            Map<String, Long> threadsAfter = ProcessMeter.cpuNanosByThread(mainTid);
            double seconds = (end.wallNanos() - start.wallNanos()) / 1e9;
            out.put("frames", frames);
            out.put("seconds", seconds);
            out.put("fps", frames / seconds);
            out.put("cpu_ns_per_frame", (double) (end.cpuNanos() - start.cpuNanos()) / frames);
            out.put("alloc_bytes_per_frame", (double) (end.allocatedBytes() - start.allocatedBytes()) / frames);
            out.put("jit_ms_in_window", jit.getTotalCompilationTime() - jitBefore);
            out.put("gc_cycles_in_window", gcCount() - gcBefore);
            out.put("processor_dropped", processor.droppedFrames() - droppedBefore);
            out.put("jit_ms_total", jit.getTotalCompilationTime());
            // Where the CPU went (threads alive at both ends; "main" is this thread, "java#TID" PipeWire's own threads).
            Map<String, Object> byThread = new LinkedHashMap<>();
            threadsAfter.forEach((name, ns) -> {
                long d = ns - threadsBefore.getOrDefault(name, ns);
                if (d > 0) {
                    byThread.put(name, Math.round(d / (double) frames));
                }
            });
            // This thread's own clock, read at the window's ends: its snapshots above would count their own work.
            byThread.put(ProcessMeter.MAIN, Math.round((end.callerCpuNanos() - start.callerCpuNanos()) / (double) frames));
            out.put("cpu_ns_per_frame_by_thread", byThread);
        }
        out.put("idle_cpu_ns_per_second", idleCpuNanosPerSecond());
        return out;
    }

    /**
     * What the window's ends run (the snapshots): run {@value #WINDOW_END_RUNS} times before anything else, so that
     * C2 has compiled it (it loops over every thread: its loops get C2 there long before its call count would), and
     * with every frame while settling, so that whatever the warm-up's class loading deoptimized is compiled again
     * before the JIT settles. None of its compilation lands in the window.
     */
    private static void runWindowEnds(int mainTid) {
        ProcessMeter.cpuNanosByThread(mainTid);
        ProcessMeter.Mark.now();
    }

    /**
     * This JVM's CPU per second with nothing captured (the capture closed): what its service threads cost whatever
     * it does, which the whole-process figure spreads over the frames. Reported so that the per-frame work can be
     * told from it; the C client has no such cost.
     */
    private static double idleCpuNanosPerSecond() throws InterruptedException {
        Thread.sleep(IDLE_PAUSE_MILLIS); // the capture's own shutdown is over
        double[] perSecond = new double[IDLE_WINDOWS];
        for (int i = 0; i < IDLE_WINDOWS; i++) {
            ProcessMeter.Mark start = ProcessMeter.Mark.now();
            Thread.sleep(1_000);
            ProcessMeter.Mark end = ProcessMeter.Mark.now();
            perSecond[i] = (end.cpuNanos() - start.cpuNanos()) / ((end.wallNanos() - start.wallNanos()) / 1e9);
        }
        java.util.Arrays.sort(perSecond);
        return perSecond[IDLE_WINDOWS / 2];
    }

    /**
     * How the probe consumes the measured capture. The loop that takes frames is a method of its own, run in
     * warm-up too, so that the measured window runs it compiled (a loop in measure(), entered once, would run in
     * the interpreter: the C client's loop is compiled code too).
     */
    private sealed interface Taker extends AutoCloseable permits ReadTaker, TapTaker {
        /** Consumes the next {@code n} frames. */
        void take(int n) throws InterruptedException;

        long droppedFrames();

        @Override
        void close();
    }

    /** The application reads frames from a {@link MediaStreamTrackProcessor} and closes them. */
    private static final class ReadTaker implements Taker {
        private final CaptureSetup capture;
        private final MediaStreamTrackProcessor processor;
        private long seen;

        ReadTaker(CaptureSetup capture) {
            this.capture = capture;
            this.processor = new MediaStreamTrackProcessor(capture.track(), 4);
        }

        @Override
        public void take(int n) throws InterruptedException {
            for (int i = 0; i < n; i++) {
                MediaFrame f = processor.read(FRAME_TIMEOUT);
                if (f == null) {
                    throw new IllegalStateException("no frame within " + FRAME_TIMEOUT.toSeconds() + " s after "
                            + seen + " frames (track " + capture.track().readyState() + ")");
                }
                Frames.touch(f);
                f.close();
                seen++;
            }
        }

        @Override
        public long droppedFrames() {
            return processor.droppedFrames();
        }

        @Override
        public void close() {
            processor.close();
        }
    }

    /** A {@link FrameTap} handler reads each frame's timestamp on the capture thread; take() waits for the count. */
    private static final class TapTaker implements Taker {
        private final CaptureSetup capture;
        private final FrameTap tap;
        private volatile long seen; // written by the delivering thread only
        private volatile long waitFor = Long.MAX_VALUE;
        private volatile Thread waiter;

        TapTaker(CaptureSetup capture) {
            this.capture = capture;
            this.tap = FrameTap.open(capture.track(), this::handle);
        }

        private void handle(MediaFrame f) {
            Frames.touch(f);
            long n = seen + 1;
            seen = n;
            if (n >= waitFor) {
                LockSupport.unpark(waiter);
            }
        }

        @Override
        public void take(int n) {
            waiter = Thread.currentThread();
            long target = seen + n;
            waitFor = target;
            long last = seen;
            long lastProgress = System.nanoTime();
            while (seen < target) {
                LockSupport.parkNanos(this, FRAME_TIMEOUT.toNanos());
                long now = System.nanoTime();
                if (seen != last) {
                    last = seen;
                    lastProgress = now;
                } else if (now - lastProgress >= FRAME_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("no frame within " + FRAME_TIMEOUT.toSeconds() + " s after "
                            + seen + " frames (track " + capture.track().readyState() + ")");
                }
            }
            waitFor = Long.MAX_VALUE;
        }

        @Override
        public long droppedFrames() {
            return 0; // a tap has no queue: a slow handler delays capture instead
        }

        @Override
        public void close() {
            tap.close();
        }
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
