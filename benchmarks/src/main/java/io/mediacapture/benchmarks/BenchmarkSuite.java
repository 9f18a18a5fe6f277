package io.mediacapture.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
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
 * <pre>BenchmarkSuite [--quick] --out DIR --native PATH_TO_pw_latency</pre>
 *
 * Each latency measurement (ours, the C client, javax.sound) runs in a process of its own, one after the
 * other on the same machine, so they are compared side by side. Performance numbers are reported, never
 * asserted; a benchmark that breaks (no frames, an exception, a JMH error) makes the suite exit 1 after
 * writing everything else.
 */
public final class BenchmarkSuite {
    private final boolean quick;
    private final Path out;
    private final Path nativeClient;
    private final List<String> failures = new ArrayList<>();
    private final String javaCmd = ProcessHandle.current().info().command().orElse("java");
    private final String classPath = System.getProperty("java.class.path");

    private BenchmarkSuite(boolean quick, Path out, Path nativeClient) {
        this.quick = quick;
        this.out = out;
        this.nativeClient = nativeClient;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path out = null;
        Path nativeClient = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--native" -> nativeClient = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: BenchmarkSuite [--quick] --out DIR --native PATH (unknown '" + args[i] + "')");
                    System.exit(2);
                }
            }
        }
        if (out == null || nativeClient == null) {
            System.err.println("usage: BenchmarkSuite [--quick] --out DIR --native PATH");
            System.exit(2);
        }
        Files.createDirectories(out);
        BenchmarkSuite suite = new BenchmarkSuite(quick, out, nativeClient);
        int rc = suite.run();
        System.exit(rc);
    }

    private int run() throws Exception {
        String loadBefore = loadavg();
        ZonedDateTime started = ZonedDateTime.now();
        long t0 = System.nanoTime();
        List<Map<String, Object>> latency = latencyCases();
        write("latency.json", Map.of("mode", mode(), "cases", latency));
        List<Map<String, Object>> processor = processorCases();
        write("processor.json", Map.of("mode", mode(), "cases", processor));
        List<Map<String, Object>> steady = steadyCostCases();
        write("steady-cost.json", Map.of("mode", mode(), "cases", steady));
        List<Map<String, Object>> frameCost = jmh("frame-cost", FrameCostBenchmark.class, quick
                ? Map.of("source", new String[] {"fake", "pipewire"}, "media", new String[] {"video-640x480"})
                : Map.of(), true);
        List<Map<String, Object>> pixels = jmh("pixel-convert", PixelConvertBenchmark.class, quick
                ? Map.of("format", new String[] {"I420"}) : Map.of(), false);
        List<Map<String, Object>> solver = jmh("select-settings", SelectSettingsBenchmark.class, quick
                ? Map.of("scenario", new String[] {"hd"}) : Map.of(), false);
        String loadAfter = loadavg();
        double minutes = (System.nanoTime() - t0) / 60e9;
        Files.writeString(out.resolve("results.md"), Report.markdown(new Report.Run(mode(), started, minutes, loadBefore,
                loadAfter, latency, processor, steady, frameCost, pixels, solver, failures)));
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

    private List<Map<String, Object>> latencyCases() {
        double warmup = quick ? 1 : 3;
        double seconds = quick ? 2 : 15;
        List<String> medias = quick ? List.of("video-640x480", "audio-10ms")
                : List.of("video-640x480", "video-1920x1080", "audio-10ms");
        List<Map<String, Object>> cases = new ArrayList<>();
        for (String media : medias) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("media", media);
            Map<String, Object> ours = probe("pipewire " + media, List.of("io.mediacapture.benchmarks.LatencyProbe",
                    "pipewire", media, fmt(warmup), fmt(seconds)), true);
            c.put("pipewire_java", summarize(ours));
            Map<String, Object> nat = ours == null ? null : nativeClient(media, ours, warmup, seconds);
            c.put("pipewire_native_c", summarize(nat));
            if (media.startsWith("audio")) {
                Map<String, Object> sound = probe("javax.sound " + media, List.of("io.mediacapture.benchmarks.JavaSoundProbe",
                        fmt(warmup), fmt(seconds)), true);
                c.put("javax_sound", sound != null && sound.containsKey("unavailable") ? sound : summarize(sound));
            }
            c.put("fake_java", summarize(probe("fake " + media, List.of("io.mediacapture.benchmarks.LatencyProbe", "fake",
                    media, fmt(warmup), fmt(seconds)), false)));
            c.put("ratios_java_over_native", ratios(c.get("pipewire_java"), c.get("pipewire_native_c")));
            cases.add(c);
        }
        return cases;
    }

    /** The C client on a fresh node, with the format our backend negotiated for the same request. */
    private Map<String, Object> nativeClient(String media, Map<String, Object> ours, double warmup, double seconds) {
        List<String> args = new ArrayList<>(List.of(nativeClient.toString(), "--warmup", fmt(warmup), "--seconds", fmt(seconds)));
        if (media.startsWith("video")) {
            args.addAll(List.of("--video", spaVideoFormat((String) ours.get("format")), num(ours.get("width")),
                    num(ours.get("height")), "30"));
        } else {
            args.addAll(List.of("--audio", (String) ours.get("format"), num(ours.get("sample_rate")),
                    num(ours.get("channels")), "--latency", "480"));
        }
        return runNative("C client " + media, media, args);
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

    private static String spaVideoFormat(String ours) {
        return switch (ours) {
            case "RGB24" -> "RGB";
            case "BGR24" -> "BGR";
            case "RGBX" -> "RGBx";
            default -> ours; // UYVY, YUY2, RGBA, I420, NV12 are spelled the same
        };
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runJson(String what, List<String> cmd) {
        System.out.println("benchmarks: running " + what);
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            java.util.concurrent.CompletableFuture<String> stdout = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // Every probe has its own timeouts; this one only keeps a wedged process from hanging the suite.
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("did not finish within 180 s (killed)");
            }
            String text;
            try {
                text = stdout.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("cannot read its output: " + e, e);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + " (see its message above)");
            }
            String last = text.lines().reduce((a, b) -> b).orElse("");
            if (!last.startsWith("{")) {
                throw new IllegalStateException("printed no JSON result: '" + text + "'");
            }
            return (Map<String, Object>) Json.parse(last);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The probe's report with its raw latencies replaced by an HdrHistogram summary (microseconds). */
    private static Map<String, Object> summarize(Map<String, Object> probe) {
        if (probe == null) {
            return null;
        }
        Map<String, Object> s = new LinkedHashMap<>(probe);
        Object raw = s.remove("latency_ns");
        if (raw instanceof List<?> values && !values.isEmpty()) {
            Histogram h = new Histogram(3_600_000_000_000L, 3);
            for (Object v : values) {
                h.recordValue(Math.max(0, ((Number) v).longValue()));
            }
            Map<String, Object> lat = new LinkedHashMap<>();
            lat.put("count", h.getTotalCount());
            lat.put("p50_us", h.getValueAtPercentile(50) / 1000.0);
            lat.put("p90_us", h.getValueAtPercentile(90) / 1000.0);
            lat.put("p99_us", h.getValueAtPercentile(99) / 1000.0);
            lat.put("p99_9_us", h.getValueAtPercentile(99.9) / 1000.0);
            lat.put("max_us", h.getMaxValue() / 1000.0);
            lat.put("mean_us", h.getMean() / 1000.0);
            s.put("latency", lat);
        }
        s.remove("p50_ns");
        s.remove("max_ns");
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ratios(Object java, Object nat) {
        if (!(java instanceof Map<?, ?> j) || !(nat instanceof Map<?, ?> n) || !j.containsKey("latency")
                || !n.containsKey("latency")) {
            return null;
        }
        Map<String, Object> jl = (Map<String, Object>) j.get("latency");
        Map<String, Object> nl = (Map<String, Object>) n.get("latency");
        Map<String, Object> r = new LinkedHashMap<>();
        for (String k : List.of("p50_us", "p99_us", "p99_9_us")) {
            r.put(k.replace("_us", ""), ratio(jl.get(k), nl.get(k)));
        }
        r.put("added_p50_us", ((Number) jl.get("p50_us")).doubleValue() - ((Number) nl.get("p50_us")).doubleValue());
        r.put("added_p99_us", ((Number) jl.get("p99_us")).doubleValue() - ((Number) nl.get("p99_us")).doubleValue());
        r.put("cpu_per_frame", ratio(j.get("cpu_ns_per_frame"), n.get("cpu_ns_per_frame")));
        return r;
    }

    private static Double ratio(Object a, Object b) {
        if (!(a instanceof Number x) || !(b instanceof Number y) || y.doubleValue() == 0) {
            return null;
        }
        return Math.round(x.doubleValue() / y.doubleValue() * 100) / 100.0;
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
        int settleSeconds = quick ? 0 : 5;
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
                        fmt(frames / 30.0), "--video", "RGB", wh[0], wh[1], "30"));
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
        double seconds = quick ? 2 : 10;
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
                for (String k : List.of("gc.alloc.rate.norm", "cpu.time.norm")) {
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

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String num(Object o) {
        return o instanceof Number n ? Long.toString(Math.round(n.doubleValue())) : String.valueOf(o);
    }

    static String isoDate(ZonedDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
