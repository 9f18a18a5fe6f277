package io.mediacapture.benchmarks;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.internal.convert.PixelConverter;
import io.mediacapture.internal.convert.YuvMatrix;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.SplittableRandom;
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
 * YUV -> 32-bit RGB of one 1920x1080 frame: our pure-Java {@link PixelConverter} (BT.601 limited range, into
 * an ARGB int[]; its Vector API path, as the fork enables jdk.incubator.vector) against libyuv's I420ToARGB / NV12ToARGB / YUY2ToARGB (the same matrix, into native memory)
 * called through FFM. Random pixels, so no branch learns the picture.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// the Vector API path is what an application that opts in gets; -Dio.mediacapture.convert.vector=false
// (e.g. -jvmArgsAppend on the JMH command line) measures the scalar path
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class PixelConvertBenchmark {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    @Param({"I420", "NV12", "YUY2"})
    public String format;

    /** mediacapture (PixelConverter.toArgbInts) or libyuv. */
    @Param({"mediacapture", "libyuv"})
    public String impl;

    private VideoFrame frame;
    private MemorySegment pixels; // the frame's memory, for libyuv
    private int[] argbInts;
    private Arena arena;
    private MemorySegment argbNative;

    @Setup(Level.Trial)
    public void setUp() {
        VideoPixelFormat f = VideoPixelFormat.valueOf(format);
        long size = f.frameBytes(WIDTH, HEIGHT);
        FrameBuffer buffer = FrameBuffer.allocate(size);
        pixels = buffer.memory();
        SplittableRandom random = new SplittableRandom(42);
        for (long i = 0; i < size; i += 8) {
            pixels.set(ValueLayout.JAVA_LONG_UNALIGNED, i, random.nextLong());
        }
        frame = buffer.toVideoFrame(VideoFrameLayout.packed(f, WIDTH, HEIGHT), 0, -1);
        argbInts = new int[WIDTH * HEIGHT];
        arena = Arena.ofShared();
        argbNative = arena.allocate((long) WIDTH * HEIGHT * 4, 64);
        if (impl.equals("libyuv")) {
            convert(); // fail in setup, not mid-measurement, when libyuv is missing
        } else if (!impl.equals("mediacapture")) {
            throw new IllegalArgumentException("unknown impl " + impl);
        }
    }

    @Benchmark
    public Object convert() {
        if (impl.equals("mediacapture")) {
            PixelConverter.toArgbInts(frame, argbInts, YuvMatrix.BT601_LIMITED);
            return argbInts;
        }
        int w = WIDTH;
        int h = HEIGHT;
        switch (frame.format()) {
            case I420 -> LibYuv.i420ToArgb(pixels, w, pixels.asSlice((long) w * h), w / 2,
                    pixels.asSlice((long) w * h * 5 / 4), w / 2, argbNative, w * 4, w, h);
            case NV12 -> LibYuv.nv12ToArgb(pixels, w, pixels.asSlice((long) w * h), w, argbNative, w * 4, w, h);
            case YUY2 -> LibYuv.yuy2ToArgb(pixels, w * 2, argbNative, w * 4, w, h);
            default -> throw new IllegalStateException("no libyuv converter for " + frame.format());
        }
        return argbNative;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        frame.close();
        arena.close();
    }
}
