package io.mediacapture.benchmarks;

import io.mediacapture.FrameTap;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Brings a probe's JVM to steady state in about 15 s instead of minutes: the per-frame methods need thousands of
 * calls before C2 compiles them (HotSpot's Tier4InvocationThreshold, 5000), again after each deoptimization, which
 * opening and closing captures cause; at 30 fps that is about 3 minutes of capture, and measured earlier the CPU and
 * the latency are mostly interpreter, C1 profiling code and the compiler threads themselves.
 *
 * <p>While the probe keeps consuming the capture it measures (at its own rate, through the same code it measures
 * with), the JVM also consumes {@value #CAPTURES} more video captures of the same kind of source at a high frame
 * rate ({@value #SIZE}: small frames, so that the sources can draw them fast; the per-frame code does not depend on
 * the size), in {@value #ROUNDS} rounds that each open and close them: short ones, which only put the rarely taken
 * branches of opening and closing into the profile (a branch C2 first meets after compiling costs a deoptimization),
 * then a long one in which C2 compiles the path. Then {@link #settle} waits until the JIT has compiled nothing for a
 * while.
 */
final class JitWarmUp {
    /** Frames of the last round after which the per-frame path is taken to be C2-compiled. */
    static final int C2_CALLS = 8_000;
    /** Captures consumed in parallel while warming up. */
    private static final int CAPTURES = 8;
    /** Rounds (each opens and closes its captures); all but the last take {@link #SHORT_ROUND_NANOS}. */
    private static final int ROUNDS = 3;
    private static final long SHORT_ROUND_NANOS = 1_500_000_000L;
    /** Frame size of the video warm-up captures. */
    private static final String SIZE = "160x120";
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(3);

    /** What the warm-up consumed: all frames, and those of the last round. */
    record Result(int frames, int lastRoundFrames) {
        /** Whether the last round took enough frames for C2 to have compiled the path. */
        boolean reachedC2() {
            return lastRoundFrames >= C2_CALLS;
        }
    }

    /** One step of the probe's own consumption, run over and over while the warm-up captures run. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private JitWarmUp() {}

    /**
     * Warms up on video captures of {@code source}'s kind ({@code fake} warms on {@code fake-fast}) consumed by
     * {@link MediaStreamTrackProcessor#read} or, with {@code tap}, by {@link FrameTap}s, for {@code seconds}, running
     * {@code keepConsuming} on this thread meanwhile.
     *
     * @throws IllegalStateException when the warm-up captures gave no frame at all
     */
    static Result run(String source, String media, int fps, double seconds, boolean tap, Step keepConsuming)
            throws Exception {
        // Audio warms up on video captures too: they run the shared per-frame code (track, processor or tap, frame
        // buffers), and the audio-specific part gets its calls from the measured capture. Eight audio test nodes
        // opened and closed in rounds crashed the rig's PipeWire 0.3.65 (a segfault after "start node error -22").
        String warmSource = source.startsWith("fake") ? "fake-fast" : source.startsWith("pipewire") ? "pipewire" : source;
        String warmMedia = "video-" + SIZE + "@" + fps;
        long shortRound = Math.min(SHORT_ROUND_NANOS, (long) (seconds * 1e9 / ROUNDS));
        long lastRound = (long) (seconds * 1e9) - (ROUNDS - 1) * shortRound;
        AtomicInteger frames = new AtomicInteger();
        AtomicInteger lastRoundFrames = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread warm = Thread.ofPlatform().name("warm-up").start(() -> {
            try {
                for (int r = 0; r < ROUNDS; r++) {
                    long nanos = r < ROUNDS - 1 ? shortRound : lastRound;
                    int n = tap ? drainTaps(warmSource, warmMedia, nanos) : drain(warmSource, warmMedia, nanos);
                    frames.addAndGet(n);
                    lastRoundFrames.set(n);
                }
            } catch (Exception e) {
                failure.set(e);
            }
        });
        while (warm.isAlive()) {
            keepConsuming.run();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result(frames.get(), lastRoundFrames.get());
    }

    /**
     * Runs {@code step} until the JIT has compiled nothing for {@code quietSeconds} (or {@code maxSeconds} passed);
     * returns whether it went quiet.
     */
    static boolean settle(double quietSeconds, double maxSeconds, Step step) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long quietNanos = (long) (quietSeconds * 1e9);
        long maxNanos = (long) (maxSeconds * 1e9);
        long start = System.nanoTime();
        long quietSince = start;
        long lastJit = jit.getTotalCompilationTime();
        boolean settled = quietNanos == 0;
        while (!settled) {
            step.run();
            long now = System.nanoTime();
            long j = jit.getTotalCompilationTime();
            if (j != lastJit) {
                lastJit = j;
                quietSince = now;
            }
            settled = now - quietSince >= quietNanos;
            if (now - start >= maxNanos) {
                break;
            }
        }
        return settled;
    }

    /** Consumes {@value #CAPTURES} captures of their own, in parallel (a thread each), for {@code nanos}. */
    private static int drain(String source, String media, long nanos) throws Exception {
        List<CaptureSetup> setups = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger total = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            for (int i = 0; i < CAPTURES; i++) {
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
            throw new IllegalStateException("no frame from " + CAPTURES + " warm-up capture(s) of " + media);
        }
        return total.get();
    }

    /** Tap-mode warm-up: {@value #CAPTURES} captures consumed by taps for {@code nanos}; the frames they took. */
    private static int drainTaps(String source, String media, long nanos) throws Exception {
        List<CaptureSetup> setups = new ArrayList<>();
        List<FrameTap> taps = new ArrayList<>();
        long total = 0;
        try {
            for (int i = 0; i < CAPTURES; i++) {
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
            throw new IllegalStateException("no frame from " + CAPTURES + " warm-up capture(s) of " + media);
        }
        return (int) total;
    }
}
