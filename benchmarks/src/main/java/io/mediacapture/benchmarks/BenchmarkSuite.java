package io.mediacapture.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and writes the results (JSON per group plus results.md) into one directory. Started by
 * {@code scripts/bench.sh}, which builds, compiles the C client and starts the PipeWire rig first.
 *
 * <pre>BenchmarkSuite [--quick] [--only GROUP,...] --out DIR --native PATH_TO_pw_latency</pre>
 *
 * Each measurement runs in a process of its own; our latency and the C client's are measured at the same time on
 * the same node ({@link PairedLatency}), the other measurements one after the other. Performance numbers are reported, never
 * asserted; a benchmark that breaks (no frames, an exception, a JMH error) makes the suite exit 1 after
 * writing everything else.
 */
public final class BenchmarkSuite {
    /** How the C client holds frames, as the latency pairs name it. */
    private static final String HANDOFF_COPY = "hand-off to a 2nd thread, copy";
    private static final String IN_CALLBACK = "in its callback, no copy";
    /** Benchmark groups, in the order they run; {@code --only} picks some (for working on one). */
    private static final Set<String> GROUPS = new LinkedHashSet<>(List.of("latency", "processor",
            "steady", "frame-cost", "pixel-convert", "video-view", "select-settings", "mjpeg", "photo", "startup"));
    private final boolean quick;
    private final Path out;
    private final Path nativeClient;
    private final Set<String> only;
    private final List<String> failures = new ArrayList<>();
    private final String javaCmd = ProcessHandle.current().info().command().orElse("java");
    private final String classPath = System.getProperty("java.class.path");

    private BenchmarkSuite(boolean quick, Path out, Path nativeClient, Set<String> only) {
        this.only = only;
        this.quick = quick;
        this.out = out;
        this.nativeClient = nativeClient;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Set<String> only = GROUPS;
        Path out = null;
        Path nativeClient = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--native" -> nativeClient = Path.of(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: BenchmarkSuite [--quick] [--only GROUP,...] --out DIR --native PATH (unknown '"
                            + args[i] + "')");
                    System.exit(2);
                }
            }
        }
        if (out == null || nativeClient == null || !GROUPS.containsAll(only)) {
            System.err.println("usage: BenchmarkSuite [--quick] [--only GROUP,...] --out DIR --native PATH; groups: " + GROUPS);
            System.exit(2);
        }
        Files.createDirectories(out);
        BenchmarkSuite suite = new BenchmarkSuite(quick, out, nativeClient, only);
        int rc = suite.run();
        System.exit(rc);
    }

    private int run() throws Exception {
        String loadBefore = loadavg();
        ZonedDateTime started = ZonedDateTime.now();
        long t0 = System.nanoTime();
        Map<String, Object> latency = only.contains("latency") ? latencyCases() : Map.of();
        write("latency.json", latency);
        List<Map<String, Object>> processor = only.contains("processor") ? processorCases() : List.of();
        write("processor.json", Map.of("mode", mode(), "cases", processor));
        List<Map<String, Object>> steady = only.contains("steady") ? steadyCostCases() : List.of();
        write("steady-cost.json", Map.of("mode", mode(), "cases", steady));
        List<Map<String, Object>> frameCost = !only.contains("frame-cost") ? List.of()
                : jmh("frame-cost", FrameCostBenchmark.class, Map.of("source", new String[] {"fake", "pipewire"}, "media",
                        // Allocation per frame does not depend on the frame size; 1080p's CPU is in the steady table.
                        quick ? new String[] {"video-640x480"} : new String[] {"video-640x480", "audio-10ms"}), true);
        List<Map<String, Object>> pixels = !only.contains("pixel-convert") ? List.of()
                : jmh("pixel-convert", PixelConvertBenchmark.class, quick ? Map.of("format", new String[] {"I420"})
                        : Map.of(), false);
        List<Map<String, Object>> views = !only.contains("video-view") ? List.of()
                : jmh("video-view", VideoViewBenchmark.class, quick
                        ? Map.of("size", new String[] {"640x480"}, "convert", new String[] {"scalar"}) : Map.of(), true);
        List<Map<String, Object>> solver = !only.contains("select-settings") ? List.of()
                : jmh("select-settings", SelectSettingsBenchmark.class, quick ? Map.of("scenario", new String[] {"hd"})
                        : Map.of(), false);
        Map<String, Object> mjpeg = only.contains("mjpeg") ? mjpegCases() : Map.of();
        write("mjpeg.json", mjpeg);
        Map<String, Object> photo = only.contains("photo") ? photoCases() : Map.of();
        write("photo.json", photo);
        if (only.contains("startup")) {
            write("startup.json", Map.of("mode", mode(), "cases", startupCases()));
        }
        String loadAfter = loadavg();
        double minutes = (System.nanoTime() - t0) / 60e9;
        Files.writeString(out.resolve("results.md"), Report.markdown(new Report.Run(mode(), started, minutes, loadBefore,
                loadAfter, latency, processor, steady, frameCost, pixels, views, solver, failures))
                + (mjpeg.isEmpty() ? "" : MjpegReport.markdown(mjpeg))
                + (photo.isEmpty() ? "" : PhotoReport.markdown(photo)));
        System.out.printf("benchmarks: %s run took %.1f min; results in %s%n", mode(), minutes, out);
        if (!failures.isEmpty()) {
            System.err.println("benchmarks: " + failures.size() + " benchmark(s) BROKE:");
            failures.forEach(f -> System.err.println("  - " + f));
            return 1;
        }
        return 0;
    }

    private String mode() {
        return quick ? "quick" : "full";
    }

    // ---- frame latency ------------------------------------------------------------------------------

    /**
     * Latency: ours and the C client on the same node at the same time ({@link PairedLatency}): read() against the C
     * client that hands its frames to a second thread and copies them (read()'s shape with the default copy), and at
     * 1080p also a FrameTap against the C client holding them in its callback (the same shape again); audio: read()
     * against the C client in its callback. Then, alone: javax.sound for audio, and the fake camera.
     */
    private Map<String, Object> latencyCases() {
        double jitWarm = quick ? 0 : 13;
        double warmup = quick ? 1 : 2;
        double seconds = quick ? 2 : 15;
        List<String> handOffCopy = List.of("--handoff", "--copy");
        List<PairedLatency.Pair> pairs = new ArrayList<>();
        pairs.add(new PairedLatency.Pair("video-640x480", "read", handOffCopy, HANDOFF_COPY));
        if (!quick) {
            pairs.add(new PairedLatency.Pair("video-1920x1080", "read", handOffCopy, HANDOFF_COPY));
            pairs.add(new PairedLatency.Pair("video-1920x1080", "tap", List.of(), IN_CALLBACK));
        }
        pairs.add(new PairedLatency.Pair("audio-10ms", "read", List.of(), IN_CALLBACK));
        List<Map<String, Object>> paired = new ArrayList<>();
        List<String> javaProbe = List.of(javaCmd, "--enable-native-access=ALL-UNNAMED", "-cp", classPath);
        for (PairedLatency.Pair pair : pairs) {
            String what = "paired latency " + pair.media() + " " + pair.consumer();
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    paired.add(PairedLatency.run(pair, javaProbe, nativeClient.toString(), jitWarm, warmup, seconds));
                    break;
                } catch (RuntimeException e) {
                    report(what + " (attempt " + attempt + ")", e, attempt == 2);
                }
            }
        }
        List<Map<String, Object>> alone = new ArrayList<>();
        double aloneSeconds = quick ? seconds : 10;
        Map<String, Object> sound = probe("javax.sound audio-10ms", List.of("io.mediacapture.benchmarks.JavaSoundProbe",
                fmt(warmup), fmt(aloneSeconds)), true);
        alone.add(labelled("audio-10ms", "javax.sound", sound != null && sound.containsKey("unavailable") ? sound
                : summarize(sound)));
        // The fake camera at 640x480 only: at 1080p it mostly measures drawing a bigger picture.
        for (String media : List.of("video-640x480", "audio-10ms")) {
            alone.add(labelled(media, "fake", summarize(probe("fake " + media, List.of(
                    "io.mediacapture.benchmarks.LatencyProbe", "fake", media, "read", "0", fmt(warmup), fmt(aloneSeconds)),
                    false))));
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("mode", mode());
        all.put("paired", paired);
        all.put("alone", alone);
        return all;
    }

    private static Map<String, Object> labelled(String media, String client, Map<String, Object> result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("media", media);
        m.put("client", client);
        m.put("result", result);
        return m;
    }

    /** Runs the C client on a fresh node; a second attempt when the first fails (the rig can stall). */
    private Map<String, Object> runNative(String what, String media, List<String> args) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            String node = null;
            try {
                node = PipeWireRig.addFreshNode(media.startsWith("video") ? "video" : "audio");
                List<String> cmd = new ArrayList<>(args);
                cmd.addAll(List.of("--target", node));
                return runJson(what, cmd);
            } catch (RuntimeException e) {
                report(what + " (attempt " + attempt + ")", e, attempt == 2);
            } finally {
                if (node != null) {
                    removeQuietly(node);
                }
            }
        }
        return null;
    }

    /** Runs a probe class in a JVM of its own; PipeWire probes get a second attempt (the rig can stall). */
    private Map<String, Object> probe(String what, List<String> mainAndArgs, boolean retry) {
        List<String> cmd = new ArrayList<>(List.of(javaCmd, "--enable-native-access=ALL-UNNAMED", "-cp", classPath));
        cmd.addAll(mainAndArgs); // may start with -D options for the probe's JVM
        int attempts = retry ? 2 : 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return runJson(what, cmd);
            } catch (RuntimeException e) {
                report(what + " (attempt " + attempt + ")", e, attempt == attempts);
            }
        }
        return null;
    }

    private void report(String what, RuntimeException e, boolean fatal) {
        String line = what + ": " + e.getMessage();
        System.err.println("benchmarks: " + (fatal ? "FAILED " : "retrying after failure of ") + line);
        if (fatal) {
            failures.add(line + rigHint());
        }
    }

    private static String rigHint() {
        String rig = System.getenv("MEDIACAPTURE_PW_RIG");
        if (rig == null) {
            return "";
        }
        try {
            String log = Files.readString(Path.of(rig, "pipewire.log"));
            return log.contains("out of buffers") ? " [pipewire.log has 'out of buffers': the test source stalled]" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void removeQuietly(String node) {
        try {
            PipeWireRig.removeNode(node);
        } catch (RuntimeException e) {
            System.err.println("benchmarks: warning: " + e.getMessage());
        }
    }

    private static Map<String, Object> runJson(String what, List<String> cmd) {
        System.out.println("benchmarks: running " + what);
        try (ChildProcess p = ChildProcess.startWithoutInput(cmd.getFirst(), cmd)) {
            // Every probe has its own timeouts; this one only keeps a wedged process from hanging the suite.
            return p.result(180);
        }
    }

    /** The probe's report with its raw latencies replaced by an HdrHistogram summary (microseconds). */
    private static Map<String, Object> summarize(Map<String, Object> probe) {
        if (probe == null) {
            return null;
        }
        Map<String, Object> s = new LinkedHashMap<>(probe);
        s.remove("pts_ns");
        s.remove("p50_ns");
        s.remove("max_ns");
        if (s.remove("latency_ns") instanceof List<?> values && !values.isEmpty()) {
            s.put("latency", PairedLatency.summary(values.stream().map(v -> ((Number) v).longValue()).toList()));
        }
        return s;
    }

    // ---- startup ----------------------------------------------------------------------------------

    /**
     * Startup ({@link StartupProbe}, a fresh JVM per sample): MediaDevices.system() to the enumerateDevices() result
     * and to the first 640x480 frame of the rig's camera, alternating with the C client pw_startup (built next to
     * pw_latency) against the same daemon, from its pw_init. Medians over the samples; the load of the machine moves
     * single samples by hundreds of milliseconds.
     */
    private List<Map<String, Object>> startupCases() {
        int samples = quick ? 3 : 15;
        Path nativeStartup = nativeClient.resolveSibling("pw_startup");
        String camera = System.getenv().getOrDefault("MEDIACAPTURE_PW_CAMERA", "mediacapture-test-camera");
        String label = System.getenv().getOrDefault("MEDIACAPTURE_PW_CAMERA_LABEL", "Test Camera");
        List<Map<String, Object>> java = new ArrayList<>();
        List<Map<String, Object>> c = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            Map<String, Object> j = probe("startup java #" + (i + 1), List.of("io.mediacapture.benchmarks.StartupProbe",
                    label, "640", "480"), true);
            if (j != null) {
                java.add(j);
            }
            try {
                c.add(runJson("startup native #" + (i + 1), List.of(nativeStartup.toString(), "--target", camera,
                        "--video", "RGB", "640", "480", "30")));
            } catch (RuntimeException e) {
                report("startup native #" + (i + 1), e, true);
            }
        }
        List<Map<String, Object>> cases = new ArrayList<>();
        for (var side : List.of(Map.entry("mediacapture-java (MediaDevices.system())", java),
                Map.entry("C client pw_startup (pw_init)", c))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("client", side.getKey());
            row.put("samples", side.getValue().size());
            row.put("enumerate_ms_median", median(side.getValue(), "enumerate_ms"));
            row.put("first_frame_ms_median", median(side.getValue(), "first_frame_ms"));
            cases.add(row);
        }
        return cases;
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        double[] v = runs.stream().mapToDouble(r -> ((Number) r.get(key)).doubleValue()).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    // ---- CPU per frame in steady state ------------------------------------------------------------

    /**
     * {@link FrameCostProbe} for PipeWire video (read() copied, the default, and zero-copy; a FrameTap) and, at
     * 640x480, the fake camera (read(); a FrameTap), each in a JVM of its own, and the C client on the same format
     * without and with a copy of every frame, each holding the frames in its process callback and handing them to a
     * second thread. Quick mode measures the PipeWire read() and FrameTap cases briefly
     * without the warm-up (not steady state; it keeps the code from rotting).
     */
    private List<Map<String, Object>> steadyCostCases() {
        int warmSeconds = quick ? 0 : 13;
        int settleSeconds = quick ? 0 : 3;
        int frames = quick ? 60 : 300;
        List<String> medias = quick ? List.of("video-640x480") : List.of("video-640x480", "video-1920x1080");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String media : medias) {
            // source, zero-copy, consumer (read: a processor; tap: a FrameTap, frames lent on the capture thread)
            List<List<String>> javaRuns = quick
                    ? List.of(List.of("pipewire", "false", "read"), List.of("pipewire", "false", "tap"))
                    : List.of(List.of("pipewire", "false", "read"), List.of("pipewire", "true", "read"),
                            List.of("pipewire", "false", "tap"), List.of("fake", "false", "read"),
                            List.of("fake", "false", "tap"));
            if (!media.equals("video-640x480")) {
                // The fake camera's rows at 640x480 show its per-frame path; at 1080p they would mostly show how
                // long it takes to draw a bigger picture (and the suite must stay under 15 minutes).
                javaRuns = javaRuns.stream().filter(run -> !run.get(0).equals("fake")).toList();
            }
            String format = null;
            for (List<String> run : javaRuns) {
                List<String> cmd = new ArrayList<>(List.of("-Dio.mediacapture.pipewire.zeroCopy=" + run.get(1),
                        "-D" + FrameCostProbe.CONSUMER_PROPERTY + "=" + run.get(2), "io.mediacapture.benchmarks.FrameCostProbe", run.get(0), media, "120", fmt(warmSeconds),
                        fmt(settleSeconds), Integer.toString(frames)));
                String what = "steady CPU " + run.get(0) + " " + media + (run.get(1).equals("true") ? " zero-copy" : "")
                        + " " + run.get(2);
                Map<String, Object> r = probe(what, cmd, run.get(0).equals("pipewire"));
                if (r != null) {
                    r.put("client", "java");
                    r.put("steady_state", !quick);
                    rows.add(r);
                }
            }
            String[] wh = media.substring("video-".length()).split("x");
            // (hand-off, copy): frames held in the process callback, as a FrameTap holds them, or by a second thread,
            // as read() hands them to the application's; each without and with a copy.
            List<List<Boolean>> nativeRuns = quick ? List.of(List.of(true, true))
                    : List.of(List.of(false, false), List.of(false, true), List.of(true, false), List.of(true, true));
            for (List<Boolean> run : nativeRuns) {
                boolean handoff = run.get(0);
                boolean copy = run.get(1);
                List<String> args = new ArrayList<>(List.of(nativeClient.toString(), "--warmup", "1", "--seconds",
                        // ~200 frames: the C client's per-frame cost is steady from its first frames (no JIT), and the
                        // suite must stay under 15 minutes.
                        fmt(Math.min(frames, 200) / 30.0), "--video", "RGB", wh[0], wh[1], "30"));
                if (copy) {
                    args.add("--copy");
                }
                if (handoff) {
                    args.add("--handoff");
                }
                Map<String, Object> r = runNative("steady CPU C client " + media + (copy ? " --copy" : "")
                        + (handoff ? " --handoff" : ""), media, args);
                if (r != null) {
                    r.remove("latency_ns");
                    r.put("client", "c");
                    r.put("media", media);
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    // ---- core overhead ------------------------------------------------------------------------------

    private List<Map<String, Object>> processorCases() {
        double warmup = quick ? 1 : 3;
        double seconds = quick ? 2 : 6;
        List<List<String>> runs = quick
                ? List.of(List.of("pull", "60"), List.of("publisher", "60"), List.of("slow", "60"))
                : List.of(List.of("pull", "60"), List.of("publisher", "60"), List.of("pull", "1000"),
                        List.of("publisher", "1000"), List.of("slow", "60"));
        List<Map<String, Object>> cases = new ArrayList<>();
        for (List<String> r : runs) {
            Map<String, Object> result = probe("4K " + r.get(0) + " @" + r.get(1), List.of(
                    "io.mediacapture.benchmarks.ProcessorProbe", r.get(0), r.get(1), fmt(warmup), fmt(seconds)), false);
            if (result != null) {
                cases.add(result);
            }
        }
        return cases;
    }

    // ---- MJPEG (issue #20) ----------------------------------------------------------------------------

    /**
     * MJPEG: decode time and heap per frame (JMH, ours and the javax.imageio fallback) against libjpeg-turbo's own
     * decode of the same JPEGs (benchmarks/src/main/c/mjpeg_decode.c, next to the latency client); then fps and CPU
     * per frame on a GStreamer MJPEG node against a native consumer of the same node at the same time.
     */
    private Map<String, Object> mjpegCases() {
        Map<String, Object> r = new LinkedHashMap<>();
        try {
            List<Path> files = MjpegInputs.write(out.resolveSibling("mjpeg-inputs").toAbsolutePath());
            List<Map<String, Object>> nativeRows = new ArrayList<>();
            Path decoder = nativeClient.resolveSibling("mjpeg_decode");
            for (Path f : files) {
                String line = new String(new ProcessBuilder(decoder.toString(), f.toString(), quick ? "60" : "600")
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start().getInputStream().readAllBytes()).trim();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("input", f.getFileName().toString().replace(".jpg", ""));
                for (String kv : line.split(" ")) {
                    String[] p = kv.split("=", 2);
                    if (p.length == 2 && p[0].endsWith("per_frame")) {
                        row.put(p[0], Long.parseLong(p[1]));
                    }
                }
                if (row.size() < 3) {
                    failures.add("mjpeg native baseline on " + f + ": '" + line + "'");
                }
                nativeRows.add(row);
            }
            r.put("native_decode", nativeRows);
        } catch (IOException e) {
            failures.add("mjpeg native baseline: " + e);
        }
        r.put("decode_heap", MjpegDecodeBenchmark.heapPerFrame(quick ? 100 : 600));
        r.put("decode", jmh("mjpeg-decode", MjpegDecodeBenchmark.class, quick
                ? Map.of("input", new String[] {"1280x720-420"}, "impl", new String[] {"mediacapture"}) : Map.of(), true));
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int[] size : quick ? new int[][] {{1280, 720}} : new int[][] {{1280, 720}, {1920, 1080}}) {
            try {
                nodes.add(MjpegNodeProbe.run(size[0], size[1], quick ? 2 : 8, quick ? 3 : 10, quick ? 1 : 3));
            } catch (Exception e) {
                System.err.println("benchmarks: FAILED mjpeg node " + size[0] + "x" + size[1] + ": " + e);
                failures.add("mjpeg node " + size[0] + "x" + size[1] + ": " + e);
            }
        }
        r.put("node", nodes);
        r.put("mode", mode());
        return r;
    }

    // ---- JPEG photos (issue #23) --------------------------------------------------------------------

    /**
     * Photo encode: a 1280x720 I420 frame to JPEG (JMH: libjpeg-turbo's encoder and core's ImageIO one), against
     * libjpeg-turbo's own encode of the same pixels (benchmarks/src/main/c/photo_encode.c, next to the latency client).
     */
    private Map<String, Object> photoCases() {
        Map<String, Object> r = new LinkedHashMap<>();
        Path encoder = nativeClient.resolveSibling("photo_encode");
        try {
            String line = new String(new ProcessBuilder(encoder.toString(), String.valueOf(PhotoEncodeBenchmark.WIDTH),
                    String.valueOf(PhotoEncodeBenchmark.HEIGHT), quick ? "50" : "500")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start().getInputStream().readAllBytes()).trim();
            Map<String, Object> row = new LinkedHashMap<>();
            for (String kv : line.split(" ")) {
                String[] p = kv.split("=", 2);
                if (p.length == 2 && p[1].matches("\\d+")) {
                    row.put(p[0], Long.parseLong(p[1]));
                }
            }
            if (!row.containsKey("cpu_ns_per_frame")) {
                failures.add("photo native baseline: '" + line + "'");
            }
            r.put("native_encode", row);
        } catch (IOException e) {
            failures.add("photo native baseline: " + e);
        }
        Map<String, Object> bytes = new LinkedHashMap<>();
        for (String input : new String[] {"jfif", "untagged"}) {
            for (String impl : new String[] {"libjpeg-turbo", "imageio"}) {
                try {
                    bytes.put(input + "/" + impl, PhotoEncodeBenchmark.photoBytes(input, impl));
                } catch (Exception e) {
                    failures.add("photo " + input + "/" + impl + ": " + e);
                }
            }
        }
        r.put("bytes", bytes);
        r.put("encode", jmh("photo-encode", PhotoEncodeBenchmark.class, quick
                ? Map.of("input", new String[] {"jfif"}) : Map.of(), true));
        r.put("mode", mode());
        return r;
    }

    // ---- JMH ----------------------------------------------------------------------------------------

    private List<Map<String, Object>> jmh(String name, Class<?> benchmark, Map<String, String[]> params, boolean profile) {
        ChainedOptionsBuilder o = new OptionsBuilder().include("\\." + benchmark.getSimpleName() + "\\.")
                .shouldFailOnError(true).resultFormat(ResultFormatType.JSON)
                .result(out.resolve(name + ".json").toString());
        params.forEach(o::param);
        if (profile) {
            o.addProfiler("gc").addProfiler(CpuTimeProfiler.class);
        }
        if (profile && !quick) {
            // Allocation per frame only: CPU per frame in steady state comes from FrameCostProbe (in a JMH window
            // this early the per-frame path still runs in the interpreter and C1 code).
            o.warmupIterations(1).warmupTime(TimeValue.seconds(3)).measurementIterations(1)
                    .measurementTime(TimeValue.seconds(6));
        }
        if (benchmark == VideoViewBenchmark.class && !quick) {
            // The Vector API converter runs boxed (interpreted, C1) until C2 compiles it: seconds at 1080p, and a
            // window that starts before that reports megabytes per frame. 9 s of warm-up get past it.
            o.warmupIterations(3).warmupTime(TimeValue.seconds(3));
        }
        if (!profile && !quick) {
            // Pixel conversion and the solver settle within a second: fewer iterations keep the suite under 15 min.
            o.warmupIterations(2).measurementIterations(3);
        }
        if (quick) {
            o.warmupIterations(1).warmupTime(TimeValue.seconds(profile ? 2 : 1)).measurementIterations(1)
                    .measurementTime(TimeValue.seconds(profile ? 3 : 1));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            Collection<RunResult> results = new Runner(o.build()).run();
            for (RunResult r : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("benchmark", benchmark.getSimpleName());
                for (String key : r.getParams().getParamsKeys()) {
                    row.put(key, r.getParams().getParam(key));
                }
                Result<?> primary = r.getPrimaryResult();
                row.put("score", primary.getScore());
                row.put("error", primary.getScoreError());
                row.put("unit", primary.getScoreUnit());
                Map<String, Result> secondary = r.getSecondaryResults();
                for (String k : List.of("gc.alloc.rate.norm", "cpu.time.norm")) { // cpu.time.norm: CpuTimeProfiler
                    if (secondary.containsKey(k)) {
                        row.put(k, secondary.get(k).getScore());
                    }
                }
                rows.add(row);
            }
            if (results.isEmpty()) {
                failures.add(name + ": JMH ran no benchmark");
            }
        } catch (Exception e) {
            System.err.println("benchmarks: FAILED " + name + ": " + e);
            failures.add(name + " (JMH): " + e.getMessage());
        }
        return rows;
    }

    // ---- output -------------------------------------------------------------------------------------

    private void write(String file, Object value) throws IOException {
        Files.writeString(out.resolve(file), Json.pretty(value));
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String isoDate(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
