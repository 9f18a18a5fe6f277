package io.mediacapture.benchmarks;

import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.internal.photo.ImageIoPhotoEncoder;
import io.mediacapture.linux.photo.TurboJpegPhotoEncoder;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.PhotoEncoder;
import java.io.IOException;
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
 * One 1280x720 I420 frame to a JPEG photo (what {@code ImageCapture.takePhoto()} runs after the frame arrives):
 * platform-linux's libjpeg-turbo encoder against core's ImageIO encoder, quality 92 / 0.92 both. Two frames of the
 * same pixels: {@code jfif} tagged {@link VideoColorSpace#JPEG} (an MJPEG camera's frame: ours encodes it straight
 * from its planes) and {@code untagged} (a raw YUV camera's: ours converts it to RGB first, as ImageIO's does). The
 * native baseline (benchmarks/src/main/c/photo_encode.c, libjpeg-turbo's own tjCompressFromYUVPlanes of the same
 * pixels) runs in the same suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class PhotoEncodeBenchmark {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    @Param({"jfif", "untagged"})
    public String input;

    @Param({"libjpeg-turbo", "imageio"})
    public String impl;

    private VideoFrame frame;
    private PhotoEncoder encoder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        frame = i420(WIDTH, HEIGHT, input.equals("jfif"));
        encoder = switch (impl) {
            case "libjpeg-turbo" -> new TurboJpegPhotoEncoder();
            case "imageio" -> ImageIoPhotoEncoder.jpeg();
            default -> throw new IllegalArgumentException("unknown impl " + impl);
        };
        if (!encoder.isAvailable()) {
            throw new IllegalStateException(impl + " is not available here");
        }
        encode(); // fail in setup, not mid-measurement
    }

    @Benchmark
    public byte[] encode() throws IOException {
        return encoder.encode(frame);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        frame.close();
    }

    /** Bytes of the photo {@code impl} makes of the {@code input} frame (for the report). */
    static int photoBytes(String input, String impl) throws IOException {
        PhotoEncodeBenchmark b = new PhotoEncodeBenchmark();
        b.input = input;
        b.impl = impl;
        b.setUp();
        try {
            return b.encode().length;
        } finally {
            b.tearDown();
        }
    }

    /**
     * The benchmark's frame: texture over gradients in luma, slow ramps in chroma, by the same formulas as
     * photo_encode.c; tagged full-range JFIF or left untagged.
     */
    static VideoFrame i420(int w, int h, boolean jfif) {
        int cw = (w + 1) / 2;
        int ch = (h + 1) / 2;
        FrameBuffer b = FrameBuffer.allocate((long) w * h + 2L * cw * ch);
        MemorySegment m = b.memory();
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                m.set(ValueLayout.JAVA_BYTE, (long) r * w + c, (byte) ((((c ^ r) & 0x3f) + ((c + r) >> 3)) & 0xff));
            }
        }
        long u = (long) w * h;
        long v = u + (long) cw * ch;
        for (int r = 0; r < ch; r++) {
            for (int c = 0; c < cw; c++) {
                m.set(ValueLayout.JAVA_BYTE, u + (long) r * cw + c, (byte) ((128 + (c >> 3) - (r >> 4)) & 0xff));
                m.set(ValueLayout.JAVA_BYTE, v + (long) r * cw + c, (byte) ((128 + (r >> 3) - (c >> 4)) & 0xff));
            }
        }
        VideoFrameLayout layout = VideoFrameLayout.packed(VideoPixelFormat.I420, w, h);
        return b.toVideoFrame(jfif ? layout.withColorSpace(VideoColorSpace.JPEG) : layout, 0, -1);
    }
}
