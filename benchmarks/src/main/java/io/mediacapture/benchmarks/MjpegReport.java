package io.mediacapture.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The MJPEG section of results.md (issue #20), from {@code mjpeg.json}'s rows. */
final class MjpegReport {
    private MjpegReport() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> m) {
        StringBuilder b = new StringBuilder("\n## MJPEG (issue #20)\n\n");
        b.append("JPEGs: a camera-like picture (gradients, edges, sensor noise) encoded by the JDK at quality 85 "
                + "(MjpegInputs), the same bytes for every row. **Decode**: one JPEG to one I420 frame (I422 for 4:2:2). "
                + "Ours (`mediacapture`) is what the Linux backends' decode thread runs: TurboJPEG into pooled frame "
                + "memory (header first, TJFLAG_STOPONWARNING), the JPEG's full-range samples kept and the frame tagged "
                + "`VideoColorSpace.JPEG`, as Chromium does (no range map); `imageio` is core's fallback without libturbojpeg. CPU per frame from the JMH fork's "
                + "CLOCK_PROCESS_CPUTIME_ID (CpuTimeProfiler), heap from -prof gc (gc.alloc.rate.norm). The native "
                + "baseline is libjpeg-turbo's own decode of the same files with the same call "
                + "(benchmarks/src/main/c/mjpeg_decode.c: tjDecompressToYUVPlanes), CPU per frame over "
                + "many frames after a warm-up. Target: at most 1.2x its CPU, 0 B of heap per frame.\n\n");
        Map<String, Map<String, Object>> nativeByInput = new java.util.HashMap<>();
        for (Map<String, Object> n : (List<Map<String, Object>>) m.getOrDefault("native_decode", List.of())) {
            nativeByInput.put(String.valueOf(n.get("input")), n);
        }
        b.append("| input | decoder | ms/frame (wall) | CPU us/frame | heap B/frame | native CPU us/frame | "
                + "CPU ours/native |\n|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) m.getOrDefault("decode", List.of())) {
            Map<String, Object> n = nativeByInput.get(String.valueOf(r.get("input")));
            Double cpu = r.get("cpu.time.norm") instanceof Number x ? x.doubleValue() / 1e3 : null;
            Double nativeCpu = n != null && n.get("cpu_ns_per_frame") instanceof Number x ? x.doubleValue() / 1e3 : null;
            b.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %s | %s |%n", r.get("input"), r.get("impl"),
                    ((Number) r.get("score")).doubleValue(), cpu == null ? "n/a" : String.format(Locale.ROOT, "%.0f", cpu),
                    r.get("gc.alloc.rate.norm") instanceof Number a ? String.format(Locale.ROOT, "%.0f", a.doubleValue()) : "n/a",
                    nativeCpu == null ? "n/a" : String.format(Locale.ROOT, "%.0f", nativeCpu),
                    cpu == null || nativeCpu == null ? "n/a" : String.format(Locale.ROOT, "%.2f", cpu / nativeCpu)));
        }
        b.append("\nHeap per frame of our decoder measured on its own thread (ThreadMXBean), after as many frames of "
                + "warm-up (the JMH column divides the harness's own allocation by an iteration's few operations): ");
        for (Map<String, Object> h : (List<Map<String, Object>>) m.getOrDefault("decode_heap", List.of())) {
            b.append(String.format(Locale.ROOT, "%s: %.1f B/frame over %s frames; ", h.get("input"),
                    ((Number) h.get("heap_bytes_per_frame")).doubleValue(), h.get("frames")));
        }
        b.append("target 0.\n");
        b.append("\n**Camera node**: a GStreamer MJPEG node (`videotestsrc ! jpegenc ! pipewiresink "
                + "mode=provide`, JFIF 4:2:0, 30 fps) read by ours (a processor reading every frame, decoded to I420; "
                + "CPU of the whole JVM) and by a native consumer of the same node in the same window (`pipewiresrc ! "
                + "jpegdec ! fakesink`, decoding to I420 too; CPU from /proc, 10 ms ticks). One capture per size: a "
                + "*cold* window in its first seconds (the per-frame code still in the interpreter and C1's profiling "
                + "code, the JIT compiling it: what an application sees in its first minutes at 30 fps), then, after "
                + "a JIT warm-up on more MJPEG nodes (rounds of four, 160x120 at 240 fps, until they delivered "
                + JitWarmUp.C2_CALLS + " frames) and the JIT going quiet, a second capture's *steady* windows (C2 code), each paired with "
                + "the native consumer over the same stretch. Targets: equal fps, at most 1.2x the CPU per frame.\n\n");
        b.append("| media | window | seconds | ours fps | native fps | ours CPU us/frame | native CPU us/frame | CPU ours/native "
                + "| decode thread heap B/frame |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) m.getOrDefault("node", List.of())) {
            List<Map<String, Object>> windows = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            if (r.get("cold") instanceof Map<?, ?> c) {
                windows.add((Map<String, Object>) c);
                names.add("cold");
            }
            int i = 1;
            for (Map<String, Object> w : (List<Map<String, Object>>) r.getOrDefault("steady", List.of())) {
                windows.add(w);
                names.add("steady " + i++);
            }
            for (int k = 0; k < windows.size(); k++) {
                Map<String, Object> w = windows.get(k);
                Object o = w.get("ours_cpu_us_per_frame");
                Object n = w.get("native_cpu_us_per_frame");
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.get("media"),
                        names.get(k), w.get("seconds"), w.get("ours_fps"), w.get("native_fps"), o, n,
                        o instanceof Number a && n instanceof Number c && c.doubleValue() > 0
                                ? String.format(Locale.ROOT, "%.2f", a.doubleValue() / c.doubleValue()) : "n/a",
                        w.get("decode_thread_heap_bytes_per_frame")));
            }
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) m.getOrDefault("node", List.of())) {
            if (r.containsKey("jit_warm_frames")) {
                b.append(String.format(Locale.ROOT, "%n%s: JIT warm-up %s frames (per node, by round: %s) in %s s, JIT quiet afterwards: %s; "
                        + "captures (a native consumer that stalls costs one): cold %s, steady %s.",
                        r.get("media"), r.get("jit_warm_frames"), r.get("jit_warm_frames_per_node"),
                        r.get("jit_warm_seconds"), r.get("jit_settled"), r.get("cold_captures"),
                        r.get("steady_captures")));
            }
        }
        b.append("\n");
        return b.toString();
    }
}
