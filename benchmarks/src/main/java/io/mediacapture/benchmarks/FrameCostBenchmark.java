package io.mediacapture.benchmarks;

import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrackProcessor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state cost of one captured frame as the application sees it: one operation takes the next frame
 * from a {@link MediaStreamTrackProcessor}, reads its timestamp and closes it. The time per operation is the
 * frame period (the source sets the pace); the numbers that matter come from the profilers:
 * {@code -prof gc} ({@code gc.alloc.rate.norm}: heap bytes per frame, all threads; target 0) and
 * {@link CpuTimeProfiler} ({@code cpu.time.norm}: process CPU per frame, compared with the C client).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class FrameCostBenchmark {
    private static final Duration FRAME_TIMEOUT = Duration.ofSeconds(3);

    /** fake or pipewire (see {@link CaptureSetup}). */
    @Param({"fake", "pipewire"})
    public String source;

    /** video-640x480, video-1920x1080 (30 fps) or audio-10ms. */
    @Param({"video-640x480", "video-1920x1080", "audio-10ms"})
    public String media;

    private CaptureSetup capture;
    private MediaStreamTrackProcessor processor;

    @Setup(Level.Trial)
    public void open() throws Exception {
        capture = CaptureSetup.open(source, media);
        processor = new MediaStreamTrackProcessor(capture.track(), 4);
    }

    @Benchmark
    public long frame() throws InterruptedException {
        MediaFrame f = processor.read(FRAME_TIMEOUT);
        if (f == null) {
            throw new IllegalStateException("no " + media + " frame from " + source + " within "
                    + FRAME_TIMEOUT.toSeconds() + " s (track " + capture.track().readyState() + ")");
        }
        long ts = f.timestamp() + Frames.touch(f);
        f.close();
        return ts;
    }

    @TearDown(Level.Trial)
    public void close() {
        if (processor != null) {
            processor.close();
        }
        if (capture != null) {
            capture.close();
        }
    }
}
