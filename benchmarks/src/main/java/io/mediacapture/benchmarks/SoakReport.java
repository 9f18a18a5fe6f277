package io.mediacapture.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The soak's trends and its markdown table. A series' slope is the least-squares line through the samples after
 * the warm-up, and again through the second half of the run. The verdict comes from the second half: a leak grows
 * at a constant rate (per frame, per reopened capture) and shows there as much as anywhere, while the growth of a
 * JVM settling in (the JIT's code cache, metaspace, malloc arenas reaching their working size) decays. A series
 * is flat when that slope, over an hour, stays under a tolerance: 1 file descriptor, 2 threads (the JVM starts and
 * ends compiler threads as it likes), and for memory 1 MiB or 1% of the series' mean, whichever is larger.
 */
final class SoakReport {
    /** The series: sample key, unit, and the tolerance in that unit per hour (or 0: 1% of the mean, at least 1024 KB). */
    private static final List<String[]> SERIES = List.of(
            new String[] {"nmt_committed_kb", "KB", "0"},
            new String[] {"nmt_non_heap_kb", "KB", "0"},
            new String[] {"nmt_other_kb", "KB", "0"},
            new String[] {"rss_kb", "KB", "0"},
            new String[] {"fds", "", "1"},
            new String[] {"threads", "", "2"});

    private SoakReport() {}

    /** A JSON number as an integer when it is one (the probe's counts come back from JSON as doubles). */
    private static String n(Object v) {
        if (v instanceof Number x && x.doubleValue() == Math.rint(x.doubleValue())) {
            return Long.toString(x.longValue());
        }
        return String.valueOf(v);
    }

    static Map<String, Object> trends(List<Map<String, Object>> samples, int warmupMinutes) {
        // A sample taken while a capture was being opened again (see SoakProbe) counts a second backend's threads and
        // fds: it says nothing about growth.
        List<Map<String, Object>> steady = samples.stream()
                .filter(s -> !Boolean.TRUE.equals(s.get("video_restarting")) && !Boolean.TRUE.equals(s.get("audio_restarting")))
                .toList();
        List<Map<String, Object>> window = steady.stream()
                .filter(s -> ((Number) s.get("minute")).doubleValue() >= warmupMinutes - 1e-6).toList();
        if (window.size() < 3) {
            window = steady.size() > 1 ? steady.subList(1, steady.size()) : steady; // a short try-out run
        }
        double end = window.isEmpty() ? 0 : ((Number) window.getLast().get("minute")).doubleValue();
        double start = window.isEmpty() ? 0 : ((Number) window.getFirst().get("minute")).doubleValue();
        double half = Math.max(start, end / 2);
        List<Map<String, Object>> late = window.stream()
                .filter(s -> ((Number) s.get("minute")).doubleValue() >= half - 1e-6).toList();
        if (late.size() < 3) {
            late = window;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String[] series : SERIES) {
            String key = series[0];
            int n = window.size();
            if (n < 2) {
                out.put(key, Map.of("flat", false, "why", "fewer than 2 samples"));
                continue;
            }
            double lateSlope = slope(late, key);
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
            for (Map<String, Object> s : window) {
                double x = ((Number) s.get("minute")).doubleValue();
                double y = ((Number) s.get(key)).doubleValue();
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double mean = sy / n;
            double tolerance = Double.parseDouble(series[2]);
            if (tolerance == 0) {
                tolerance = Math.max(1024, mean / 100);
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("unit", series[1]);
            t.put("first", ((Number) window.getFirst().get(key)).doubleValue());
            t.put("last", ((Number) window.getLast().get(key)).doubleValue());
            t.put("min", min);
            t.put("max", max);
            t.put("slope_per_minute", slope);
            t.put("slope_per_hour", slope * 60);
            t.put("second_half_from_minute", ((Number) late.getFirst().get("minute")).doubleValue());
            t.put("second_half_slope_per_hour", lateSlope * 60);
            t.put("tolerance_per_hour", tolerance);
            t.put("flat", Math.abs(lateSlope * 60) < tolerance);
            out.put(key, t);
        }
        return out;
    }

    /** The least-squares slope of {@code key} over {@code samples} (per minute). */
    private static double slope(List<Map<String, Object>> samples, String key) {
        int n = samples.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Map<String, Object> s : samples) {
            double x = ((Number) s.get("minute")).doubleValue();
            double y = ((Number) s.get(key)).doubleValue();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return n < 2 ? 0 : (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> result) {
        StringBuilder md = new StringBuilder();
        List<Map<String, Object>> samples = (List<Map<String, Object>>) result.get("samples");
        Map<String, Object> trends = (Map<String, Object>) result.get("trends");
        md.append("# Soak: camera and microphone on PipeWire, captured continuously\n\n");
        md.append("Written by `scripts/bench.sh --soak` (see benchmarks/README.md, \"Soak\"). Started ")
                .append(result.get("started")).append(", ").append(result.get("minutes_asked"))
                .append(" min asked, a sample every ").append(result.get("interval_seconds")).append(" s. Load (1/5/15 min) before: ")
                .append(result.get("load_before")).append("; after: ").append(result.get("load_after")).append(".\n\n");
        md.append("Probe JVM: `").append(result.get("probe_command")).append("`: a 640x480@30 videotestsrc node and a")
                .append(" 48 kHz stereo audiotestsrc node of the rig, each read through a MediaStreamTrackProcessor (buffer 4)")
                .append(" by its own thread, every frame touched and closed. Sampled from outside: NMT summary (`jcmd`),")
                .append(" /proc/PID/status (VmRSS, Threads), /proc/PID/fd.\n\n");
        String failure = String.valueOf(result.get("failure"));
        md.append(failure.isEmpty() ? "The probe ran to the end without a failure.\n\n"
                : "**The soak BROKE:** " + failure + "\n\n");
        md.append("## Trends (least squares over the minutes from ").append(result.get("warmup_minutes"))
                .append(" on, leaving out samples taken while a capture was being reopened; the verdict is the second")
                .append(" half's slope)\n\n| series | first | last | min | max | slope / min | slope / hour |")
                .append(" slope / hour, 2nd half | tolerance / hour | flat |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, Object> e : trends.entrySet()) {
            Map<String, Object> t = (Map<String, Object>) e.getValue();
            if (!t.containsKey("slope_per_minute")) {
                md.append("| ").append(e.getKey()).append(" | | | | | | | | | no: ").append(t.get("why")).append(" |\n");
                continue;
            }
            String unit = t.get("unit").toString().isEmpty() ? "" : " " + t.get("unit");
            md.append(String.format(Locale.ROOT, "| %s | %.0f%s | %.0f%s | %.0f | %.0f | %+.2f | %+.1f | %+.1f (from min %.0f) | %.0f | %s |%n",
                    e.getKey(), t.get("first"), unit, t.get("last"), unit, t.get("min"), t.get("max"),
                    t.get("slope_per_minute"), t.get("slope_per_hour"), t.get("second_half_slope_per_hour"),
                    t.get("second_half_from_minute"), t.get("tolerance_per_hour"),
                    Boolean.TRUE.equals(t.get("flat")) ? "yes" : "**NO**"));
        }
        md.append("\n## Per sample\n\n| minute | NMT committed KB | NMT non-heap KB | NMT Other KB | RSS KB | fds | threads |")
                .append(" video frames | video dropped | video restarts | audio frames | audio dropped | audio restarts |"
                        + " rig 'out of buffers' |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> s : samples) {
            boolean reopening = Boolean.TRUE.equals(s.get("video_restarting")) || Boolean.TRUE.equals(s.get("audio_restarting"));
            md.append(String.format(Locale.ROOT, "| %.1f%s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    ((Number) s.get("minute")).doubleValue(), reopening ? " (reopening)" : "", n(s.get("nmt_committed_kb")), n(s.get("nmt_non_heap_kb")),
                    n(s.get("nmt_other_kb")), n(s.get("rss_kb")), n(s.get("fds")), n(s.get("threads")),
                    n(s.get("video_frames")), n(s.get("video_dropped")), n(s.get("video_restarts")),
                    n(s.get("audio_frames")), n(s.get("audio_dropped")), n(s.get("audio_restarts")),
                    n(s.get("rig_out_of_buffers"))));
        }
        md.append("\nA restart: the probe got no frame for 5 s on a live track and opened the capture again on a fresh")
                .append(" rig node. The rig's live test camera stalls for good after losing its buffers when graph cycles")
                .append(" complete late under load (\"out of buffers\" in pipewire.log; docs/test-rigs.md); restarts")
                .append(" without such a line would point at us.\n");
        md.append("\nNMT's categories at each sample are in soak.json (`nmt_categories_kb`).\n");
        return md.toString();
    }
}
