package io.mediacapture.benchmarks;

import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.internal.constraints.Selection;
import io.mediacapture.internal.constraints.SettingsSelector;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SelectSettings (what getUserMedia and applyConstraints run) over one camera with 200 native modes:
 * 20 sizes from 160x120 to 2560x1440, each at up to ten frame rates in raw and MJPEG formats. The target
 * is under 20 microseconds per solve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SelectSettingsBenchmark {

    /** getUserMedia-sized constraint sets. */
    @Param({"default", "hd", "advanced"})
    public String scenario;

    private List<DeviceDescriptor> devices;
    private MediaTrackConstraints constraints;

    @Setup
    public void setUp() {
        devices = List.of(twoHundredModeCamera());
        constraints = MediaTrackConstraints.fromMap(switch (scenario) {
            case "default" -> Map.of();
            case "hd" -> Map.of("width", Map.of("min", 640, "ideal", 1280),
                    "height", Map.of("min", 480, "ideal", 720), "frameRate", Map.of("min", 24, "ideal", 30),
                    "facingMode", "user");
            case "advanced" -> Map.of(
                    "width", Map.of("min", 640, "ideal", 1280),
                    "height", Map.of("min", 480, "ideal", 720),
                    "frameRate", Map.of("min", 30),
                    "advanced", List.of(Map.of("width", 1920, "height", 1280), Map.of("aspectRatio", 4.0 / 3),
                            Map.of("frameRate", Map.of("min", 50)), Map.of("frameRate", Map.of("min", 40))));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        });
    }

    @Benchmark
    public Selection selectSettings() {
        return SettingsSelector.select(devices, constraints);
    }

    static DeviceDescriptor twoHundredModeCamera() {
        int[][] sizes = {{160, 120}, {176, 144}, {320, 180}, {320, 240}, {352, 288}, {424, 240}, {480, 270},
                {640, 360}, {640, 480}, {800, 448}, {800, 600}, {848, 480}, {960, 540}, {1024, 576}, {1024, 768},
                {1280, 720}, {1280, 960}, {1600, 896}, {1920, 1080}, {2560, 1440}};
        double[] rates = {5, 7.5, 10, 15, 20, 24, 25, 30, 50, 60};
        List<VideoMode> modes = new ArrayList<>();
        for (int[] s : sizes) {
            for (double r : rates) {
                if (modes.size() < 200) {
                    modes.add(VideoMode.of(s[0], s[1], NativeVideoFormat.YUY2, r));
                }
            }
        }
        for (int i = 0; modes.size() < 200; i++) {
            int[] s = sizes[i % sizes.length];
            modes.add(VideoMode.of(s[0], s[1], NativeVideoFormat.MJPEG, 30));
        }
        return DeviceDescriptor.camera("bench-camera", "Benchmark camera", "bench", true, "user", modes);
    }
}
