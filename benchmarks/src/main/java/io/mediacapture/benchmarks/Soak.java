package io.mediacapture.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The soak: runs {@link SoakProbe} (camera and microphone on the PipeWire rig, captured continuously) in a JVM
 * of its own with Native Memory Tracking on, and samples it from the outside every minute: NMT's summary
 * ({@code jcmd PID VM.native_memory summary}), RSS and threads ({@code /proc/PID/status}) and open file
 * descriptors ({@code /proc/PID/fd}). Writes {@code soak.json} and {@code soak.md} (a row per minute, the slope
 * of each series by least squares over the minutes after the warm-up, and whether it is flat).
 *
 * <pre>Soak --minutes N --out DIR
 * Soak --reanalyse DIR/soak.json     (recomputes the trends of a finished run with this version's rule)</pre>
 *
 * The probe's heap is fixed and pre-touched ({@code -Xms=-Xmx}, {@code AlwaysPreTouch}), so RSS moves only with
 * native memory, metaspace and code. Exit status 1 when the probe breaks or a series is not flat.
 */
public final class Soak {
    /** Minutes left out of the slope: class loading, the JIT and the first GCs settle there. */
    static final int WARMUP_MINUTES = 3;
    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");
    private static final Pattern NMT_CATEGORY =
            Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)", Pattern.MULTILINE);

    private Soak() {}

    public static void main(String[] args) throws Exception {
        double minutes = 60;
        Path out = null;
        double interval = 60;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> minutes = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--interval" -> interval = Double.parseDouble(args[++i]); // seconds; for trying it out
                case "--reanalyse" -> System.exit(reanalyse(Path.of(args[++i])));
                default -> {
                    System.err.println("usage: Soak --minutes N --out DIR [--interval SECONDS] (unknown '" + args[i] + "')");
                    System.exit(2);
                }
            }
        }
        if (out == null || !(minutes > 0) || !(interval > 0)) {
            System.err.println("usage: Soak --minutes N --out DIR [--interval SECONDS]");
            System.exit(2);
        }
        Files.createDirectories(out);
        System.exit(run(minutes, interval, out));
    }

    private static int run(double minutes, double intervalSeconds, Path out) throws Exception {
        String javaCmd = ProcessHandle.current().info().command().orElse("java");
        Path jcmd = Path.of(javaCmd).resolveSibling("jcmd");
        List<String> cmd = List.of(javaCmd, "--enable-native-access=ALL-UNNAMED", "-XX:NativeMemoryTracking=summary",
                "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"),
                SoakProbe.class.getName());
        ZonedDateTime started = ZonedDateTime.now();
        String loadBefore = loadavg();
        Process probe = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Map<String, Object>> samples = new ArrayList<>();
        String failure = null;
        Map<String, Object> last = Map.of();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
             Writer toProbe = new OutputStreamWriter(probe.getOutputStream(), StandardCharsets.UTF_8)) {
            String first = readLine(lines, 60);
            if (first == null || !first.contains("\"capturing\"")) {
                throw new IllegalStateException("the soak probe did not start capturing (printed '" + first
                        + "', see its message above)");
            }
            long t0 = System.nanoTime();
            long intervalNanos = (long) (intervalSeconds * 1e9);
            int count = (int) Math.floor(minutes * 60 / intervalSeconds);
            for (int i = 0; i <= count; i++) {
                long wait = t0 + i * intervalNanos - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                toProbe.write("sample\n");
                toProbe.flush();
                String line = readLine(lines, 30);
                if (line == null || !line.contains("\"sample\"")) {
                    throw new IllegalStateException("the soak probe did not answer sample " + i + " (printed '" + line + "')");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) Json.parse(line));
                s.remove("sample");
                s.put("minute", (System.nanoTime() - t0) / 60e9);
                s.putAll(processSample(probe.pid(), jcmd));
                s.put("rig_out_of_buffers", outOfBuffers());
                toProbe.write("resume\n"); // reopenings may go on (they waited while we sampled)
                toProbe.flush();
                samples.add(s);
                System.err.printf(Locale.ROOT, "soak: %.1f min: NMT %s KB, non-heap %s KB, RSS %s KB, fds %s, threads %s,"
                                + " frames %s/%s, restarts %s/%s%n", s.get("minute"), s.get("nmt_committed_kb"), s.get("nmt_non_heap_kb"),
                        s.get("rss_kb"), s.get("fds"), s.get("threads"), s.get("video_frames"), s.get("audio_frames"), s.get("video_restarts"), s.get("audio_restarts"));
                for (String kind : List.of("video", "audio")) {
                    Object f = s.get(kind + "_failure");
                    if (f != null && !f.toString().isEmpty() && failure == null) {
                        failure = kind + ": " + f;
                    }
                }
                last = s;
            }
            toProbe.write("stop\n");
            toProbe.flush();
        } catch (RuntimeException e) {
            failure = e.getMessage();
        } finally {
            if (!probe.waitFor(60, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                failure = failure != null ? failure : "the soak probe did not end within 60 s after 'stop' (killed)";
            } else if (probe.exitValue() != 0 && failure == null) {
                failure = "the soak probe failed: exit " + probe.exitValue();
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("started", started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        result.put("minutes_asked", minutes);
        result.put("interval_seconds", intervalSeconds);
        result.put("load_before", loadBefore);
        result.put("load_after", loadavg());
        result.put("probe_command", String.join(" ", cmd.subList(1, cmd.size() - 3)) + " ... SoakProbe");
        result.put("failure", failure == null ? "" : failure);
        result.put("warmup_minutes", WARMUP_MINUTES);
        Map<String, Object> trends = SoakReport.trends(samples, WARMUP_MINUTES);
        result.put("trends", trends);
        result.put("samples", samples);
        Files.writeString(out.resolve("soak.json"), Json.pretty(result));
        Files.writeString(out.resolve("soak.md"), SoakReport.markdown(result));
        boolean flat = trends.values().stream().allMatch(t -> Boolean.TRUE.equals(((Map<?, ?>) t).get("flat")));
        System.out.printf(Locale.ROOT, "soak: %d samples over %.1f min, %s; results in %s%n", samples.size(),
                samples.isEmpty() ? 0.0 : (double) last.get("minute"), failure != null ? "BROKE: " + failure
                        : flat ? "all flat" : "NOT flat: see soak.md", out);
        return failure == null && flat ? 0 : 1;
    }

    /** Rewrites soak.json's trends and soak.md next to it from the samples a finished run recorded. */
    @SuppressWarnings("unchecked")
    private static int reanalyse(Path json) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>((Map<String, Object>) Json.parse(Files.readString(json)));
        List<Map<String, Object>> samples = (List<Map<String, Object>>) result.get("samples");
        Map<String, Object> trends = SoakReport.trends(samples, WARMUP_MINUTES);
        result.put("warmup_minutes", WARMUP_MINUTES);
        result.put("trends", trends);
        result.remove("samples");
        result.put("samples", samples); // last, as a run writes it
        Files.writeString(json, Json.pretty(result));
        Files.writeString(json.resolveSibling("soak.md"), SoakReport.markdown(result));
        boolean flat = trends.values().stream().allMatch(t -> Boolean.TRUE.equals(((Map<?, ?>) t).get("flat")));
        System.out.println("soak: reanalysed " + samples.size() + " samples: " + (flat ? "all flat" : "NOT flat: see soak.md"));
        return flat && String.valueOf(result.get("failure")).isEmpty() ? 0 : 1;
    }

    private static String readLine(BufferedReader lines, long timeoutSeconds) throws Exception {
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> {
            try {
                return lines.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        return f.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** NMT, RSS, threads and fds of process {@code pid}, read from the outside. */
    static Map<String, Object> processSample(long pid, Path jcmd) throws IOException, InterruptedException {
        Map<String, Object> s = new LinkedHashMap<>();
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String nmt = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        Matcher total = NMT_TOTAL.matcher(nmt);
        if (!total.find()) {
            throw new IllegalStateException("jcmd VM.native_memory printed no total: " + nmt.strip());
        }
        long committed = Long.parseLong(total.group(2));
        Map<String, Long> categories = new LinkedHashMap<>();
        Matcher c = NMT_CATEGORY.matcher(nmt);
        while (c.find()) {
            categories.put(c.group(1).trim(), Long.parseLong(c.group(3)));
        }
        long heap = categories.getOrDefault("Java Heap", 0L);
        s.put("nmt_committed_kb", committed);
        s.put("nmt_non_heap_kb", committed - heap);
        // FFM's Arena.allocate / malloc through Unsafe is counted under "Other".
        s.put("nmt_other_kb", categories.getOrDefault("Other", 0L));
        s.put("nmt_categories_kb", categories);
        String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
        s.put("rss_kb", statusField(status, "VmRSS"));
        s.put("threads", statusField(status, "Threads"));
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            s.put("fds", fds.count());
        }
        return s;
    }

    private static long statusField(String status, String name) {
        Matcher m = Pattern.compile("^" + name + ":\\s+(\\d+)", Pattern.MULTILINE).matcher(status);
        if (!m.find()) {
            throw new IllegalStateException("/proc/PID/status has no " + name);
        }
        return Long.parseLong(m.group(1));
    }

    /** How often the rig's pipewire.log says a test source ran out of buffers (it stalls then), or -1 unknown. */
    private static long outOfBuffers() {
        String rig = System.getenv("MEDIACAPTURE_PW_RIG");
        try (Stream<String> lines = Files.lines(Path.of(rig == null ? "/nonexistent" : rig, "pipewire.log"))) {
            return lines.filter(l -> l.contains("out of buffers")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
