package io.mediacapture.benchmarks;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.fake.FakeFramePattern;
import io.mediacapture.internal.view.ImageBuffers;
import io.mediacapture.javafx.internal.FrameSlots;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
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
 * What the video views do with each frame on the capture thread (op = one fake-camera I420 frame): the Swing
 * {@code VideoView} converts it into the back image's raster and swaps the images ({@link ImageBuffers#put}); the
 * JavaFX {@code VideoView} converts it into a PixelBuffer's direct memory and the JavaFX thread takes it
 * ({@link FrameSlots#put} + {@link FrameSlots#take}). Run with {@code -prof gc}: the target is 0 B per frame. The
 * native baseline is libyuv's I420ToARGB of the same frame into native memory (the conversion alone, no view).
 * The toolkits' own painting is not part of the op (it needs a display).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true",
        "--add-modules=jdk.incubator.vector"})
public class VideoViewBenchmark {
    /** swing, javafx, or libyuv (the native baseline). */
    @Param({"swing", "javafx", "libyuv"})
    public String view;

    @Param({"640x480", "1920x1080"})
    public String size;

    /**
     * The YUV converter: scalar (what an application gets by default) or vector (with
     * {@code --add-modules jdk.incubator.vector}, which the fork has). Not used by libyuv.
     */
    @Param({"scalar", "vector"})
    public String convert;

    private VideoFrame frame;
    private ImageBuffers swing;
    private FrameSlots javafx;
    private Arena arena;
    private MemorySegment pixels;
    private MemorySegment argbNative;
    private int width;
    private int height;

    @Setup(Level.Trial)
    public void setUp() {
        // read once, when the converters load: this is the fork's first conversion
        System.setProperty("io.mediacapture.convert.vector", String.valueOf(convert.equals("vector")));
        String[] wh = size.split("x");
        width = Integer.parseInt(wh[0]);
        height = Integer.parseInt(wh[1]);
        VideoPixelFormat f = VideoPixelFormat.I420;
        FrameBuffer buffer = FrameBuffer.allocate(f.frameBytes(width, height));
        pixels = buffer.memory();
        FakeFramePattern.drawI420(pixels, width, height, 42, 1_000_000);
        frame = buffer.toVideoFrame(VideoFrameLayout.packed(f, width, height), 1_000_000, -1);
        arena = Arena.ofShared();
        argbNative = arena.allocate((long) width * height * 4, 64);
        swing = new ImageBuffers();
        javafx = new FrameSlots();
        switch (view) {
            case "swing", "javafx" -> { }
            case "libyuv" -> render(); // fail in setup, not mid-measurement, when libyuv is missing
            default -> throw new IllegalArgumentException("unknown view " + view);
        }
    }

    @Benchmark
    public Object render() {
        switch (view) {
            case "swing" -> {
                swing.put(frame);
                return swing;
            }
            case "javafx" -> {
                javafx.put(frame);
                return javafx.take();
            }
            default -> {
                int w = width;
                int h = height;
                LibYuv.i420ToArgb(pixels, w, pixels.asSlice((long) w * h), w / 2, pixels.asSlice((long) w * h * 5 / 4), w / 2,
                        argbNative, w * 4, w, h);
                return argbNative;
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        frame.close();
        arena.close();
    }
}
