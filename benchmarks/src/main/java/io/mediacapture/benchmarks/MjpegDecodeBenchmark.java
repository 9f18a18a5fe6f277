package io.mediacapture.benchmarks;

import io.mediacapture.VideoFrame;
import io.mediacapture.internal.convert.MjpegDecoder;
import io.mediacapture.linux.mjpeg.TurboJpegDecoder;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 * One MJPEG frame to an I420 (I422 for 4:2:2) frame, per frame: our decoder (TurboJPEG into pooled frame memory,
 * the JPEG's full-range samples kept and tagged; what the Linux backends run on their decode thread) and core's
 * javax.imageio fallback.
 * The native baseline (benchmarks/src/main/c/mjpeg_decode.c, libjpeg-turbo's own decode of the same JPEGs) runs
 * in the same suite. With -prof gc: heap bytes per frame (target 0).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class MjpegDecodeBenchmark {
    @Param({"1280x720-420", "1920x1080-420", "1920x1080-422"})
    public String input;

    /** mediacapture (TurboJPEG, the default) or imageio (core's fallback without libturbojpeg). */
    @Param({"mediacapture", "imageio"})
    public String impl;

    private Arena arena;
    private MemorySegment jpeg;
    private long length;
    private TurboJpegDecoder decoder;
    private int width;
    private int height;
    private FrameBuffer frame;
    private MemorySegment target;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] bytes = MjpegInputs.jpeg(input);
        String[] p = input.split("[x-]");
        width = Integer.parseInt(p[0]);
        height = Integer.parseInt(p[1]);
        arena = Arena.ofShared();
        jpeg = arena.allocateFrom(ValueLayout.JAVA_BYTE, bytes);
        length = bytes.length;
        if (impl.startsWith("mediacapture")) {
            decoder = new TurboJpegDecoder(width, height);
            frame = FrameBuffer.allocate(decoder.frameBytes());
            target = frame.memory();
        } else if (!impl.equals("imageio")) {
            throw new IllegalArgumentException("unknown impl " + impl);
        }
        decode(); // fail in setup, not mid-measurement
    }

    @Benchmark
    public Object decode() {
        if (decoder != null) {
            // The decode thread's work per frame into frame memory (the pipeline's lent buffer; a consumer that keeps
            // frames adds the pooled buffer's and the frame's handles, as for every source).
            String why = decoder.decode(jpeg, length, target);
            if (why != null) {
                throw new IllegalStateException(why);
            }
            return target;
        }
        try (VideoFrame f = MjpegDecoder.decode(jpeg, width, height, 0, -1)) {
            return f.codedWidth();
        }
    }

    /**
     * Heap bytes per frame of our decoder on this thread (ThreadMXBean), after as many frames of warm-up: JMH's
     * -prof gc divides its harness's own allocation by the few (8-20 ms) operations of an iteration, which
     * hides whether the decode itself allocates.
     */
    static java.util.List<java.util.Map<String, Object>> heapPerFrame(int frames) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String input : MjpegInputs.NAMES) {
            MjpegDecodeBenchmark b = new MjpegDecodeBenchmark();
            b.input = input;
            b.impl = "mediacapture";
            b.setUp();
            try {
                for (int i = 0; i < frames; i++) {
                    b.decode();
                }
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < frames; i++) {
                    b.decode();
                }
                long bytes = threads.getCurrentThreadAllocatedBytes() - before;
                rows.add(new java.util.LinkedHashMap<>(java.util.Map.of("input", input, "frames", frames,
                        "heap_bytes_per_frame", (double) bytes / frames)));
            } finally {
                b.tearDown();
            }
        }
        return rows;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (decoder != null) {
            decoder.close();
            frame.release();
        }
        arena.close();
    }
}
