package io.mediacapture.benchmarks;

import io.mediacapture.FrameTap;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * CPU time and heap bytes per frame in <em>steady state</em>, run by {@link BenchmarkSuite} in a JVM of its
 * own: after the JIT compiler has finished with the per-frame path, which at 30 fps takes minutes (a method
 * needs thousands of calls before C2 compiles it; measured from the start, the CPU is mostly interpreter, C1
 * profiling code and the compiler threads themselves).
 *
 * <p>So that a run takes about a minute, not several: while the capture to measure runs (and is consumed) at
 * its own rate, the JVM also consumes {@value #WARM_CAPTURES} more captures of the same kind of source at
 * {@code WARM_FPS} ({@value #WARM_SIZE}: small frames, so that the sources can draw them fast; the per-frame code
 * does not depend on the size) for {@code WARM_SECONDS}, in {@value #WARM_ROUNDS} rounds that each open and close
 * them: short ones, then a long one. The per-frame methods need thousands of calls before C2 compiles them
 * (HotSpot's Tier4InvocationThreshold, 5000), again after each deoptimization, which opening and closing captures
 * cause; the report says whether the last round got {@value #C2_CALLS} frames. Then it waits until the JIT has
 * compiled nothing for {@code SETTLE_SECONDS} ({@link CompilationMXBean#getTotalCompilationTime()}, at most 45 s). Only then does it
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
    private static final long MAX_SETTLE_NANOS = 45_000_000_000L;
    /** Video captures consumed in parallel while warming up. */
    private static final int WARM_CAPTURES = 8;
    /** Warm-up rounds (each opens and closes its captures); all but the last take {@link #SHORT_ROUND_NANOS}. */
    private static final int WARM_ROUNDS = 3;
    private static final long SHORT_ROUND_NANOS = 1_500_000_000L;
    /** Runs of the window-end snapshots before anything else (see {@link #runWindowEnds}). */
    private static final int WINDOW_END_RUNS = 1_000;
    /**
     * The idle measurement after the capture closed: a pause, then {@value #IDLE_WINDOWS} windows of a second (four
     * periods of the monitor deflation thread each), of which the median counts (one window can catch the
     * capture's late teardown or a periodic task that runs once in several seconds).
     */
    private static final long IDLE_PAUSE_MILLIS = 500;
    private static final int IDLE_WINDOWS = 3;
    /** Frame size of the warm-up captures. */
    private static final String WARM_SIZE = "160x120";
    /** Frames of the last warm-up round after which the per-frame path is taken to be C2-compiled (class comment). */
    static final int C2_CALLS = 8_000;

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
                // The fast captures run next to the measured one, which is consumed all along, so that the measured
                // capture's own start-up is behind us too. They are opened and closed in rounds: opening and closing
                // run rarely taken branches of shared per-frame code (a new source's first frame, a closed source
                // recycling its buffers), and a branch C2 first meets after compiling costs a deoptimization, after
                // which the method needs thousands of calls again. So the first rounds are short and only put those
                // branches into the profile; the last one runs long enough for C2 to compile the path from there.
                boolean video = media.startsWith("video-");
                String warmSource = source.equals("fake") && video ? "fake-fast" : source;
                String warmMedia = video ? "video-" + WARM_SIZE + "@" + warmFps : media;
                int captures = video ? WARM_CAPTURES : 1;
                long shortRound = Math.min(SHORT_ROUND_NANOS, (long) (warmSeconds * 1e9 / WARM_ROUNDS));
                long lastRound = (long) (warmSeconds * 1e9) - (WARM_ROUNDS - 1) * shortRound;
                AtomicInteger warmFrames = new AtomicInteger();
                AtomicInteger lastRoundFrames = new AtomicInteger();
                AtomicReference<Exception> warmFailure = new AtomicReference<>();
                Thread warm = Thread.ofPlatform().name("warm-up").start(() -> {
                    try {
                        for (int r = 0; r < WARM_ROUNDS; r++) {
                            long nanos = r < WARM_ROUNDS - 1 ? shortRound : lastRound;
                            int n = tap ? drainTaps(warmSource, warmMedia, captures, nanos)
                                    : drain(warmSource, warmMedia, captures, nanos);
                            warmFrames.addAndGet(n);
                            lastRoundFrames.set(n);
                        }
                    } catch (Exception e) {
                        warmFailure.set(e);
                    }
                });
                while (warm.isAlive()) {
                    processor.take(1);
                }
                if (warmFailure.get() != null) {
                    throw warmFailure.get();
                }
                out.put("warm_frames", warmFrames.get());
                out.put("warm_frames_last_round", lastRoundFrames.get());
                out.put("warm_frames_for_c2", lastRoundFrames.get() >= C2_CALLS);
            }
            System.err.printf("FrameCostProbe: %s %s: settling, then measuring %d frames%n", source, media, frames);
            // Settle: keep consuming at the measured rate until the JIT is quiet for settleSeconds.
            long quietSince = System.nanoTime();
            long lastJit = jit.getTotalCompilationTime();
            long settleStart = quietSince;
            long settleNanos = (long) (settleSeconds * 1e9);
            boolean settled = settleNanos == 0;
            while (!settled) {
                processor.take(1);
                runWindowEnds(mainTid); // recompiles what the warm-up deoptimized (class loading) here, not in the window
                long now = System.nanoTime();
                long j = jit.getTotalCompilationTime();
                if (j != lastJit) {
                    lastJit = j;
                    quietSince = now;
                }
                settled = now - quietSince >= settleNanos;
                if (now - settleStart >= MAX_SETTLE_NANOS) {
                    break;
                }
            }
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
     * Consumes frames from {@code captures} captures of their own, in parallel (one thread each), for
     * {@code nanos}; returns how many frames they took altogether.
     */
    private static int drain(String source, String media, int captures, long nanos) throws Exception {
        List<CaptureSetup> setups = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger total = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            for (int i = 0; i < captures; i++) {
                setups.add(CaptureSetup.open(source, media));
            }
            long start = System.nanoTime();
            for (CaptureSetup capture : setups) {
                threads.add(Thread.ofPlatform().name("warm-up " + threads.size()).start(() -> {
                    // A warm-up capture whose test source stalls (the rig's sources can, under load) just stops
                    // counting: the others keep the per-frame code busy. Only no frames at all is a failure.
                    try (MediaStreamTrackProcessor processor = new MediaStreamTrackProcessor(capture.track(), 4)) {
                        MediaFrame f;
                        while (System.nanoTime() - start < nanos && (f = processor.read(FRAME_TIMEOUT)) != null) {
                            Frames.touch(f);
                            f.close();
                            total.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            for (CaptureSetup c : setups) {
                c.close();
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("warm-up capture failed: " + failure.get(), failure.get());
        }
        if (total.get() == 0) {
            throw new IllegalStateException("no frame from " + captures + " warm-up capture(s) of " + media);
        }
        return total.get();
    }

    /** Tap-mode warm-up: {@code captures} captures consumed by taps for {@code nanos}; the frames they took. */
    private static int drainTaps(String source, String media, int captures, long nanos) throws Exception {
        List<CaptureSetup> setups = new ArrayList<>();
        List<FrameTap> taps = new ArrayList<>();
        long total = 0;
        try {
            for (int i = 0; i < captures; i++) {
                CaptureSetup c = CaptureSetup.open(source, media);
                setups.add(c);
                taps.add(FrameTap.open(c.track(), Frames::touch));
            }
            Thread.sleep(nanos / 1_000_000);
        } finally {
            for (FrameTap t : taps) {
                t.close();
                total += t.handledFrames();
            }
            for (CaptureSetup c : setups) {
                c.close();
            }
        }
        if (total == 0) {
            throw new IllegalStateException("no frame from " + captures + " warm-up capture(s) of " + media);
        }
        return (int) total;
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
