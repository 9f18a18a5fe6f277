package io.mediacapture.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Our latency and the C client's, measured at the same time on the same rig node, compared frame by frame.
 *
 * <p>Two runs one after the other cannot resolve a difference of 200 us at 1080p: videotestsrc stamps a frame and
 * then draws it, so when a frame reaches any client depends on the daemon's drawing, and one C run's p50 differs from
 * the next one's by ~700 us. Measured together, both clients see the same frames with the same source jitter: the
 * C client links to the node first and measures until it is stopped ({@code --until-stop}); then
 * {@link LatencyProbe} captures the node too ({@code stdin} mode), warms its JVM up and, once it prints that it is
 * measuring, records for the given seconds; then both are stopped. Video frames are paired by their capture
 * timestamp; the comparison is over the frames both measured: each side's percentiles (our p99 minus the C client's
 * p99 is the "added latency") and the distribution of the per-frame difference. Audio buffers carry no
 * timestamp (each client stamps its own), so audio compares the buffers each measured in the time both measured,
 * without a per-frame difference. The C client links first because the order matters: at 1080p, read() against the
 * hand-off C client, ours was ahead of the C client on the same frame by 540 us at the median when ours linked first,
 * by 105 us when the C client did (one run each); if the order favours anyone, it should be the baseline.
 *
 * <p>On this 2-core machine the two clients wake up for the same frame at the same moment and compete for the cores
 * with each other and with the daemon drawing the next frame, so the per-frame difference is wide (a frame one client
 * got the core for first); the percentiles of each side are what the comparison reads.
 */
final class PairedLatency {
    /** How long the probe may take to warm up and print that it is measuring. */
    private static final long READY_TIMEOUT_SECONDS = 150;
    /** Bounds the C client's run (it measures until it is stopped). */
    private static final double MAX_SECONDS = 300;

    /** One pairing to run: our consumer ({@code read} or {@code tap}) and the C client's extra flags. */
    record Pair(String media, String consumer, List<String> nativeFlags, String nativeShape) {}

    private PairedLatency() {}

    /**
     * Runs one pair on a fresh node; returns the case for latency.json.
     *
     * @param javaProbe the probe's command line up to (not including) its arguments
     * @param nativeClient the C client's executable
     */
    static Map<String, Object> run(Pair pair, List<String> javaProbe, String nativeClient, double jitWarmSeconds,
                                   double warmup, double seconds) {
        boolean video = pair.media().startsWith("video");
        String node = PipeWireRig.addFreshNode(video ? "video" : "audio");
        System.out.println("benchmarks: running paired latency " + pair.media() + ": ours " + pair.consumer()
                + " and the C client " + pair.nativeShape());
        // The C client links first (see the class comment): if anyone waits for a core, ours does.
        List<String> cCmd = new ArrayList<>(List.of(nativeClient, "--warmup", "0", "--seconds",
                BenchmarkSuite.fmt(MAX_SECONDS), "--until-stop"));
        cCmd.addAll(nativeFormat(pair.media()));
        cCmd.addAll(pair.nativeFlags());
        cCmd.addAll(List.of("--target", node));
        List<String> cmd = new ArrayList<>(javaProbe);
        cmd.addAll(List.of("io.mediacapture.benchmarks.LatencyProbe", CaptureSetup.SHARED_NODE + node, pair.media(),
                pair.consumer(), BenchmarkSuite.fmt(jitWarmSeconds), BenchmarkSuite.fmt(warmup), "stdin"));
        try (ChildProcess c = ChildProcess.start("the C client", cCmd)) {
            c.await("receiving", 30);
            Map<String, Object> ours;
            try (ChildProcess probe = ChildProcess.start("the latency probe", cmd)) {
                probe.await("measuring", READY_TIMEOUT_SECONDS);
                Thread.sleep((long) (seconds * 1000));
                probe.tellToStop();
                ours = probe.result();
            }
            c.signal("TERM"); // it ends its measurement and prints it
            Map<String, Object> nat = c.result();
            checkSameFormat(pair.media(), ours, nat);
            return compare(pair, ours, nat);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            try {
                PipeWireRig.removeNode(node);
            } catch (RuntimeException e) {
                System.err.println("benchmarks: warning: " + e.getMessage());
            }
        }
    }

    /** The C client is started before ours with the format our backend negotiates on the rig; checked here. */
    private static void checkSameFormat(String media, Map<String, Object> ours, Map<String, Object> nat) {
        String expected = media.startsWith("video") ? "RGB24" : "S16";
        if (!expected.equals(ours.get("format"))) {
            throw new IllegalStateException(media + ": ours negotiated " + ours.get("format") + ", the C client "
                    + nat.get("format") + " (" + nat.get("negotiated") + "): not the same frames");
        }
    }

    /** The format our backend negotiates for the benchmark's request on the rig's test nodes. */
    private static List<String> nativeFormat(String media) {
        if (media.startsWith("video")) {
            String[] wh = media.substring("video-".length()).split("x");
            return List.of("--video", "RGB", wh[0], wh[1], "30");
        }
        return List.of("--audio", "S16", "48000", "2", "--latency", "480");
    }

    /** The case: both sides summarised over the frames they have in common, and the comparison. */
    static Map<String, Object> compare(Pair pair, Map<String, Object> ours, Map<String, Object> nat) {
        long[] oursPts = longs(ours.remove("pts_ns"));
        long[] oursLat = longs(ours.remove("latency_ns"));
        long[] natPts = longs(nat.remove("pts_ns"));
        long[] natLat = longs(nat.remove("latency_ns"));
        boolean video = pair.media().startsWith("video");
        List<Long> o = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        List<Long> delta = new ArrayList<>();
        if (video) {
            // Our timestamps are microseconds (VideoFrame.timestamp()); the C client's pts nanoseconds.
            Map<Long, Long> natByPts = new HashMap<>();
            for (int i = 0; i < natPts.length; i++) {
                natByPts.put(Math.floorDiv(natPts[i], 1000), natLat[i]);
            }
            for (int i = 0; i < oursPts.length; i++) {
                Long c = natByPts.get(Math.floorDiv(oursPts[i], 1000));
                if (c != null) {
                    o.add(oursLat[i]);
                    n.add(c);
                    delta.add(oursLat[i] - c);
                }
            }
        } else {
            // The time both measured: the C client started long before ours was warm.
            long from = Math.max(min(oursPts), min(natPts));
            long to = Math.min(max(oursPts), max(natPts));
            for (int i = 0; i < oursPts.length; i++) {
                if (oursPts[i] >= from && oursPts[i] <= to) {
                    o.add(oursLat[i]);
                }
            }
            for (int i = 0; i < natPts.length; i++) {
                if (natPts[i] >= from && natPts[i] <= to) {
                    n.add(natLat[i]);
                }
            }
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("media", pair.media());
        c.put("consumer", pair.consumer());
        c.put("native_shape", pair.nativeShape());
        c.put("pairing", video ? "same frames (pts)" : "same time window");
        c.put("frames_ours", oursPts.length);
        c.put("frames_native", natPts.length);
        c.put("frames_compared", o.size());
        if (o.isEmpty() || n.isEmpty()) {
            throw new IllegalStateException(pair.media() + ": no frame measured by both clients (ours "
                    + oursPts.length + ", C " + natPts.length + ")");
        }
        Map<String, Object> ol = summary(o);
        Map<String, Object> nl = summary(n);
        ours.put("latency", ol);
        nat.put("latency", nl);
        c.put("java", ours);
        c.put("native_c", nat);
        Map<String, Object> cmp = new LinkedHashMap<>();
        for (String k : List.of("p50", "p99", "p99_9")) {
            double a = ((Number) ol.get(k + "_us")).doubleValue();
            double b = ((Number) nl.get(k + "_us")).doubleValue();
            cmp.put("added_" + k + "_us", Math.round((a - b) * 10) / 10.0);
            cmp.put("ratio_" + k, b == 0 ? null : Math.round(a / b * 100) / 100.0);
        }
        if (!delta.isEmpty()) {
            cmp.put("per_frame_difference_us", summarySigned(delta));
        }
        if (ours.get("cpu_ns_per_frame") instanceof Number a && nat.get("cpu_ns_per_frame") instanceof Number b
                && b.doubleValue() > 0) {
            cmp.put("cpu_per_frame_ratio", Math.round(a.doubleValue() / b.doubleValue() * 100) / 100.0);
        }
        c.put("comparison", cmp);
        return c;
    }

    private static long min(long[] a) {
        return java.util.Arrays.stream(a).min().orElse(Long.MAX_VALUE);
    }

    private static long max(long[] a) {
        return java.util.Arrays.stream(a).max().orElse(Long.MIN_VALUE);
    }

    private static long[] longs(Object o) {
        if (!(o instanceof List<?> l)) {
            return new long[0];
        }
        long[] a = new long[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((Number) l.get(i)).longValue();
        }
        return a;
    }

    /** HdrHistogram summary in microseconds (3 significant digits). */
    static Map<String, Object> summary(List<Long> nanos) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        for (long v : nanos) {
            h.recordValue(Math.max(0, v));
        }
        Map<String, Object> lat = new LinkedHashMap<>();
        lat.put("count", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return lat;
        }
        lat.put("p50_us", h.getValueAtPercentile(50) / 1000.0);
        lat.put("p90_us", h.getValueAtPercentile(90) / 1000.0);
        lat.put("p99_us", h.getValueAtPercentile(99) / 1000.0);
        lat.put("p99_9_us", h.getValueAtPercentile(99.9) / 1000.0);
        lat.put("max_us", h.getMaxValue() / 1000.0);
        lat.put("mean_us", h.getMean() / 1000.0);
        return lat;
    }

    /** Percentiles of a difference that can be negative (sorted exactly: a few thousand values). */
    private static Map<String, Object> summarySigned(List<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min_us", v[0] / 1000.0);
        for (double q : new double[] {1, 50, 99}) {
            int i = (int) Math.min(v.length - 1, Math.ceil(q / 100 * v.length) - 1);
            m.put("p" + (int) q + "_us", v[Math.max(0, i)] / 1000.0);
        }
        m.put("max_us", v[v.length - 1] / 1000.0);
        return m;
    }
}
