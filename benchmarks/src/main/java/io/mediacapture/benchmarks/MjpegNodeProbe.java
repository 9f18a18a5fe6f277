package io.mediacapture.benchmarks;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fps and CPU per frame on an MJPEG camera node (GStreamer {@code videotestsrc ! jpegenc !
 * pipewiresink mode=provide}, 30 fps, JFIF 4:2:0): ours (this JVM, pipewire backend, a processor that reads
 * every frame, decoded to I420) against a native consumer of the same node in the same window (GStreamer
 * {@code pipewiresrc ! jpegdec ! fakesink}, which decodes to I420 as well). CPU: ours is the whole JVM's
 * (CLOCK_PROCESS_CPUTIME_ID), the native consumer's from /proc/PID/stat; each divided by its own frames.
 *
 * <p>Two phases in one JVM: a first capture's <em>cold</em> window (its first seconds: the per-frame code in the
 * interpreter and C1, the JIT compiling it), then, after {@link #jitWarmUp}, a second capture's <em>steady</em>
 * windows (C2 code); each window paired with a native consumer of the same node over the same stretch.
 */
final class MjpegNodeProbe {
    private static final long TICK_NANOS = 10_000_000L; // USER_HZ 100
    /** MJPEG nodes consumed in parallel to bring the per-frame path to C2 (see {@link #jitWarmUp}). */
    private static final int WARM_NODES = 4;
    private static final int WARM_ROUNDS = 3;
    private static final int CAPTURE_ATTEMPTS = 3;
    private static final long WARM_ROUND_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final double SETTLE_QUIET_SECONDS = 2;
    private static final double SETTLE_MAX_SECONDS = 20;

    /** The native consumer stopped reporting frames (GStreamer 1.22's pipewiresrc on a pipewiresink node). */
    private static final class NativeStalled extends IllegalStateException {
        NativeStalled(String message) {
            super(message);
        }
    }

    private MjpegNodeProbe() {}

    static Map<String, Object> run(int width, int height, double warmSeconds, double seconds, int steadyWindows)
            throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("media", "mjpeg-" + width + "x" + height);
        try (MediaDevices devices = MediaDevices.withBackends("pipewire")) {
            // Cold: what an application sees in its first seconds. At 30 fps the per-frame code has run a few hundred
            // times, far from C2's thresholds: it runs in the interpreter and C1's profiling code, and the JIT
            // compiles it meanwhile (measured with -XX:+PrintCompilation: the MJPEG path reaches C1's tier 3 some
            // 20 s in, C2 only after ~5000 frames, about 3 minutes).
            r.put("cold", windows(devices, width, height, warmSeconds, seconds, 1, "cold", r).getFirst());
            if (steadyWindows > 0) {
                // The warm-up runs between two captures, not during one: four nodes coming and going next to the
                // measured node once stalled the native consumer for good (GStreamer 1.22's pipewiresrc).
                r.putAll(jitWarmUp(devices));
                r.put("steady", windows(devices, width, height, warmSeconds, seconds, steadyWindows, "steady", r));
            }
        }
        return r;
    }

    /**
     * {@code count} windows from up to {@value #CAPTURE_ATTEMPTS} captures: GStreamer 1.22's native consumer sometimes
     * stops getting frames for good in the middle of a capture (the node keeps running for ours); the windows it
     * completed count, and a fresh capture gives the rest. How many captures it took goes into {@code row}.
     */
    private static List<Map<String, Object>> windows(MediaDevices devices, int width, int height, double warmSeconds,
                                                     double seconds, int count, String phase, Map<String, Object> row)
            throws Exception {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        int attempt = 0;
        while (out.size() < count) {
            if (++attempt > CAPTURE_ATTEMPTS) {
                throw new IllegalStateException("the native consumer stalled in " + CAPTURE_ATTEMPTS + " captures ("
                        + phase + "), " + out.size() + " of " + count + " windows measured");
            }
            out.addAll(measure(devices, width, height, warmSeconds, seconds, count - out.size(), phase + "-" + attempt));
        }
        row.put(phase + "_captures", attempt);
        return out;
    }

    /**
     * One capture of a fresh MJPEG node by ours and by the native consumer: both warm up for {@code warmSeconds},
     * then up to {@code windows} windows of {@code seconds} each (fewer when the native consumer stalls).
     */
    private static List<Map<String, Object>> measure(MediaDevices devices, int width, int height, double warmSeconds,
                                                     double seconds, int windows, String phase) throws Exception {
        String name = "mediacapture-bench-mjpeg-" + width + "x" + height + "-" + phase;
        String label = "Bench-MJPEG-" + width + "x" + height + "-" + phase;
        Path producerLog = Files.createTempFile("mjpeg-producer", ".log");
        Path nativeLog = Files.createTempFile("mjpeg-native", ".log");
        Process producer = gst(producerLog, "videotestsrc", "is-live=true", "pattern=smpte", "!",
                "video/x-raw,format=I420,width=" + width + ",height=" + height + ",framerate=30/1,colorimetry=1:4:0:0",
                "!", "jpegenc", "!", "pipewiresink", "mode=provide",
                "stream-properties=props,media.class=Video/Source,node.name=" + name + ",node.description=" + label);
        Process nativeConsumer = null;
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        try {
            MediaDeviceInfo camera = awaitCamera(devices, label);
            MediaStreamTrack track = devices.getUserMedia(Map.of("video", Map.of(
                    "deviceId", Map.of("exact", camera.deviceId()), "width", Map.of("exact", width),
                    "height", Map.of("exact", height)))).get(10, TimeUnit.SECONDS).getVideoTracks().getFirst();
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 120)) {
                // The native consumer joins early: with GStreamer 1.22's pipewiresink, a second consumer that links
                // after the first has streamed for several seconds sometimes stalls the node for both (seen at
                // 1080p: the newcomer negotiates and gets no buffer, the first one stops getting frames).
                drain(p, 1, null);
                nativeConsumer = gst(nativeLog, "pipewiresrc", "target-object=" + name, "!", "image/jpeg", "!",
                        "jpegdec", "!", "fpsdisplaysink", "video-sink=fakesink", "text-overlay=false",
                        "signal-fps-measurements=true", "fps-update-interval=500");
                drain(p, Math.max(2, warmSeconds), null); // both warm up
                long decodeThread = decodeThreadId(name);
                for (int i = 0; i < windows; i++) {
                    try {
                        out.add(window(p, nativeLog, nativeConsumer.pid(), decodeThread, seconds));
                    } catch (NativeStalled e) {
                        System.err.println("benchmarks: " + e.getMessage() + "; a fresh capture measures the rest");
                        break;
                    }
                }
            } finally {
                track.stop();
            }
        } finally {
            for (Process p : new Process[] {nativeConsumer, producer}) {
                if (p != null) {
                    p.destroy();
                    p.waitFor(5, TimeUnit.SECONDS);
                }
            }
            Files.deleteIfExists(producerLog);
            Files.deleteIfExists(nativeLog);
        }
        return out;
    }

    /**
     * One measurement window: ours over {@code seconds} and the native consumer over the same stretch, from one
     * fpsdisplaysink report to another (every 500 ms), its CPU read at those moments; ours is read at its own ends.
     * Rates are compared, each over its own window.
     */
    private static Map<String, Object> window(MediaStreamTrackProcessor p, Path nativeLog, long nativePid,
                                              long decodeThread, double seconds) throws Exception {
        long[] n0 = nextReport(nativeLog, p);
        long nativeTicks0 = ticks(nativePid);
        long alloc0 = THREADS.getThreadAllocatedBytes(decodeThread);
        long cpu0 = ProcessMeter.cpuNanos();
        long t0 = System.nanoTime();
        Set<Long> ours = new HashSet<>();
        drain(p, seconds, ours);
        long cpu1 = ProcessMeter.cpuNanos();
        long t1 = System.nanoTime();
        long alloc1 = THREADS.getThreadAllocatedBytes(decodeThread);
        long[] n1 = nextReport(nativeLog, p);
        long nativeTicks1 = ticks(nativePid);
        double window = (t1 - t0) / 1e9;
        double nativeWindow = (n1[1] - n0[1]) / 1e9;
        long nativeFrames = n1[0] - n0[0];
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("seconds", Math.round(window * 100) / 100.0);
        r.put("ours_frames", ours.size());
        r.put("ours_fps", Math.round(ours.size() / window * 10) / 10.0);
        r.put("ours_cpu_us_per_frame", ours.isEmpty() ? null : Math.round((cpu1 - cpu0) / 1e3 / ours.size()));
        // The decode thread's heap per frame; the processor keeps frames, so each needs a frame handle
        // (FrameBuffer + VideoFrame), as every source's kept frames do.
        r.put("decode_thread_heap_bytes_per_frame", ours.isEmpty() ? null : (alloc1 - alloc0) / ours.size());
        r.put("native_frames", nativeFrames);
        r.put("native_seconds", Math.round(nativeWindow * 100) / 100.0);
        r.put("native_fps", Math.round(nativeFrames / nativeWindow * 10) / 10.0);
        r.put("native_cpu_us_per_frame", nativeFrames <= 0 ? null
                : Math.round((nativeTicks1 - nativeTicks0) * TICK_NANOS / 1e3 / nativeFrames));
        return r;
    }

    /**
     * Brings the MJPEG path to steady state (C2) in seconds instead of minutes, as {@link JitWarmUp} does for raw
     * video: {@value #WARM_NODES} more MJPEG nodes of the same kind (GStreamer, 160x120 at 240 fps: the per-frame
     * code does not depend on the size) consumed in parallel by processors until they delivered
     * {@link JitWarmUp#C2_CALLS} frames (in up to {@value #WARM_ROUNDS} rounds of fresh nodes, each at most 20 s);
     * then closed, and the JIT given time to go quiet.
     */
    private static Map<String, Object> jitWarmUp(MediaDevices devices) throws Exception {
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger frames = new java.util.concurrent.atomic.AtomicInteger();
        List<String> perNode = new java.util.ArrayList<>();
        // Rounds of fresh nodes: a GStreamer node sometimes stalls from the start (seen: one warm-up in three got
        // ~45 frames a second from its four nodes instead of ~960); the next round's nodes make up for it.
        for (int round = 0; round < WARM_ROUNDS && frames.get() < JitWarmUp.C2_CALLS; round++) {
            perNode.add(warmUpRound(devices, round, frames).toString());
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("jit_warm_frames", frames.get());
        r.put("jit_warm_frames_per_node", String.join(" ", perNode));
        r.put("jit_warm_seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        r.put("jit_settled", JitWarmUp.settle(SETTLE_QUIET_SECONDS, SETTLE_MAX_SECONDS, () -> Thread.sleep(100)));
        return r;
    }

    /** One round of {@link #jitWarmUp}: its nodes read until {@code frames} reaches the target or the round's time is up. */
    private static java.util.concurrent.atomic.AtomicIntegerArray warmUpRound(MediaDevices devices, int round,
            java.util.concurrent.atomic.AtomicInteger frames) throws Exception {
        List<Process> producers = new java.util.ArrayList<>();
        List<MediaStreamTrack> tracks = new java.util.ArrayList<>();
        List<Thread> readers = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicIntegerArray perNode = new java.util.concurrent.atomic.AtomicIntegerArray(WARM_NODES);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < WARM_NODES; i++) {
                String warmName = "mediacapture-bench-mjpeg-warm-" + round + "-" + i;
                producers.add(gst(null, "videotestsrc", "is-live=true", "pattern=smpte", "!",
                        "video/x-raw,format=I420,width=160,height=120,framerate=240/1,colorimetry=1:4:0:0", "!",
                        "jpegenc", "!", "pipewiresink", "mode=provide", "stream-properties=props,media.class=Video/Source,"
                                + "node.name=" + warmName + ",node.description=" + warmName));
            }
            for (int i = 0; i < WARM_NODES; i++) {
                MediaDeviceInfo d = awaitCamera(devices, "mediacapture-bench-mjpeg-warm-" + round + "-" + i);
                MediaStreamTrack t = devices.getUserMedia(Map.of("video", Map.of("deviceId", Map.of("exact",
                        d.deviceId()), "width", Map.of("exact", 160), "height", Map.of("exact", 120),
                        "frameRate", Map.of("exact", 240))))
                        .get(10, TimeUnit.SECONDS).getVideoTracks().getFirst();
                tracks.add(t);
                int node = i;
                readers.add(Thread.ofPlatform().name("mjpeg warm-up " + i).start(() -> {
                    try (MediaStreamTrackProcessor wp = new MediaStreamTrackProcessor(t, 4)) {
                        while (frames.get() < JitWarmUp.C2_CALLS && System.nanoTime() - start < WARM_ROUND_NANOS) {
                            try (MediaFrame f = wp.read(Duration.ofSeconds(1))) {
                                if (f != null) {
                                    frames.incrementAndGet();
                                    perNode.incrementAndGet(node);
                                }
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
            for (Thread t : readers) {
                t.join();
            }
        } finally {
            for (MediaStreamTrack t : tracks) {
                t.stop();
            }
            for (Process p : producers) {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("MJPEG warm-up capture failed: " + failure.get(), failure.get());
        }
        return perNode;
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private static long decodeThreadId(String node) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("mediacapture-mjpeg " + node))
                .findFirst().orElseThrow(() -> new IllegalStateException("no MJPEG decode thread for " + node))
                .threadId();
    }

    private static void drain(MediaStreamTrackProcessor p, double seconds, Set<Long> timestamps) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            try (MediaFrame f = p.read(Duration.ofSeconds(2))) {
                if (f != null && timestamps != null) {
                    timestamps.add(f.timestamp());
                }
            }
        }
    }

    /** gst-launch-1.0 -v PIPELINE, its output in {@code log} (null: discarded). */
    private static Process gst(Path log, String... pipeline) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("gst-launch-1.0", "-v"));
        cmd.addAll(List.of(pipeline));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()))
                .start();
    }

    private static MediaDeviceInfo awaitCamera(MediaDevices devices, String label) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            for (MediaDeviceInfo d : devices.enumerateDevices().get(5, TimeUnit.SECONDS)) {
                if (d.label().equals(label)) {
                    return d;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the GStreamer MJPEG node '" + label + "' did not appear within 10 s");
    }

    /** utime + stime of a process, in clock ticks. */
    private static long ticks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /**
     * Waits for fpsdisplaysink's next "rendered: N" report (while still reading our frames, so that our queue does
     * not overflow) and returns {N, the time it was seen}.
     */
    private static long[] nextReport(Path log, MediaStreamTrackProcessor p) throws Exception {
        int before = reports(log).size();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            List<Long> now = reports(log);
            if (now.size() > before) {
                return new long[] {now.getLast(), System.nanoTime()};
            }
            try (MediaFrame f = p.read(Duration.ofMillis(5))) {
                // keep consuming
            }
        }
        throw new NativeStalled("the native consumer (" + log + ") reported nothing for 10 s");
    }

    private static List<Long> reports(Path log) throws IOException {
        Matcher m = Pattern.compile("rendered: ([0-9]+)").matcher(Files.readString(log));
        List<Long> all = new java.util.ArrayList<>();
        while (m.find()) {
            all.add(Long.parseLong(m.group(1)));
        }
        return all;
    }
}
