package io.mediacapture.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes results.md: the machine, the JDK and the load, then one short table per benchmark group. */
final class Report {
    private Report() {}

    record Run(String mode, ZonedDateTime started, double minutes, String loadBefore, String loadAfter,
               Map<String, Object> latency, List<Map<String, Object>> processor,
               List<Map<String, Object>> steady, List<Map<String, Object>> frameCost, List<Map<String, Object>> pixels,
               List<Map<String, Object>> views, List<Map<String, Object>> solver, List<String> failures) {}

    static String markdown(Run run) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results (").append(run.mode()).append(" run)\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| date | ").append(BenchmarkSuite.isoDate(run.started())).append(" |\n");
        md.append("| machine | ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, Linux ").append(read("/proc/sys/kernel/osrelease")).append(" |\n");
        md.append("| JDK | ").append(System.getProperty("java.vm.vendor")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" |\n");
        md.append("| load average (1/5/15 min, runnable/total) | before: `").append(run.loadBefore())
                .append("`, after: `").append(run.loadAfter()).append("` |\n");
        md.append("| duration | ").append(String.format(Locale.ROOT, "%.1f min", run.minutes())).append(" |\n\n");
        if (!run.failures().isEmpty()) {
            md.append("**Broken benchmarks:**\n\n");
            run.failures().forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }
        latency(md, run.latency());
        steady(md, run.steady());
        frameCost(md, run.frameCost());
        processor(md, run.processor());
        pixels(md, run.pixels());
        views(md, run.views());
        md.append("## Constraint solver (SelectSettings, 200 modes)\n\n| scenario | us/solve |\n|---|---|\n");
        for (Map<String, Object> r : run.solver()) {
            md.append("| ").append(r.get("scenario")).append(" | ").append(f2(r.get("score"))).append(" |\n");
        }
        md.append("\nRaw data: latency.json, steady-cost.json, frame-cost.json, processor.json, pixel-convert.json, video-view.json, select-settings.json"
                + " (JMH's own JSON). Numbers are measurements, not pass/fail criteria; on a shared machine compare"
                + " the rows of one run side by side (medians repeat within ~5%, tails vary 2-3x between runs).\n");
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void latency(StringBuilder md, Map<String, Object> latency) {
        List<Map<String, Object>> paired = (List<Map<String, Object>>) latency.getOrDefault("paired", List.of());
        List<Map<String, Object>> alone = (List<Map<String, Object>>) latency.getOrDefault("alone", List.of());
        md.append("## Frame latency (capture timestamp -> the consumer holds the frame)\n\n");
        md.append("PipeWire test rig sources (videotestsrc / audiotestsrc). Ours and the C client"
                + " (benchmarks/src/main/c/pw_latency.c, on the format ours negotiated) capture **the same node at the"
                + " same time**: the C client links first and measures until it is stopped; our JVM joins, warms up (full"
                + " run: the JIT warm-up of the steady-state section, then until the JIT is quiet for 3 s; quick mode: none),"
                + " and measures for its run; video is compared over the frames both measured"
                + " (paired by capture timestamp), audio over the buffers of the C client's window (audio buffers carry"
                + " no timestamp: each client stamps the first sample \"one buffer ago\", so the latency includes one"
                + " buffer's duration). Two runs one after the other cannot be compared to 200 us: the source's own"
                + " jitter differs more than that between runs. read() is paired with the C client that hands its"
                + " frames to a second thread and copies them (read()'s shape, with the default copy), FrameTap with the"
                + " C client holding them in its callback. Every consumer reads a byte of each frame.\n\n");
        md.append("| media | client | format | frames | p50 us | p99 us | p99.9 us | max us | CPU us/frame | heap B/frame |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> c : paired) {
            String media = (String) c.get("media");
            row(md, media, "ours, " + consumer(c), c.get("java"));
            row(md, media, "C, " + c.get("native_shape"), c.get("native_c"));
        }
        for (Map<String, Object> a : alone) {
            String media = (String) a.get("media");
            Object r = a.get("result");
            String client = "javax.sound".equals(a.get("client")) ? "javax.sound (ALSA default -> PipeWire), alone"
                    : "ours, read(), fake source, alone";
            if (r instanceof Map<?, ?> m && m.containsKey("unavailable")) {
                md.append("| ").append(media).append(" | ").append(client).append(" | unavailable: ")
                        .append(m.get("unavailable")).append(" | | | | | | | |\n");
            } else {
                row(md, media, client, r);
            }
        }
        md.append("\n**Ours against the C client, same frames** (target: added p99 < 200 us at 1080p30). Added ="
                + " our percentile minus the C client's over the frames compared; per-frame difference = our latency"
                + " minus the C client's for the same frame (both clients wake for a frame at the same moment and"
                + " compete for the 2 cores, with each other and with the daemon drawing the next frame: whichever gets"
                + " a core first is ahead, so this spread is wide both ways). CPU here is each process's own during"
                + " the run; the CPU target is read on the steady-state table below.\n\n");
        md.append("| media | ours | C client | frames compared | added p50 us | added p99 us | added p99.9 us | ours/C p99"
                + " | per-frame difference p1 / p50 / p99 us | CPU/frame ours/C |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> c : paired) {
            Map<String, Object> r = (Map<String, Object>) c.get("comparison");
            md.append("| ").append(c.get("media")).append(" | ").append(consumer(c)).append(" | ")
                    .append(c.get("native_shape")).append(" | ").append(c.get("frames_compared")).append(" | ")
                    .append(f1(r.get("added_p50_us"))).append(" | ").append(f1(r.get("added_p99_us"))).append(" | ")
                    .append(f1(r.get("added_p99_9_us"))).append(" | ").append(r.get("ratio_p99")).append(" | ");
            if (r.get("per_frame_difference_us") instanceof Map<?, ?> d) {
                md.append(f1(d.get("p1_us"))).append(" / ").append(f1(d.get("p50_us"))).append(" / ").append(f1(d.get("p99_us")));
            } else {
                md.append("n/a (").append(c.get("pairing")).append(")");
            }
            md.append(" | ").append(r.get("cpu_per_frame_ratio")).append(" |\n");
        }
        md.append('\n');
    }

    private static String consumer(Map<String, Object> pairedCase) {
        if ("tap".equals(pairedCase.get("consumer"))) {
            return "FrameTap (lent)";
        }
        return String.valueOf(pairedCase.get("media")).startsWith("video") ? "read() (copy)" : "read()";
    }

    @SuppressWarnings("unchecked")
    private static void row(StringBuilder md, String media, String client, Object result) {
        if (!(result instanceof Map<?, ?> m) || !m.containsKey("latency")) {
            md.append("| ").append(media).append(" | ").append(client).append(" | FAILED | | | | | | | |\n");
            return;
        }
        Map<String, Object> r = (Map<String, Object>) m;
        Map<String, Object> l = (Map<String, Object>) r.get("latency");
        String format = r.containsKey("format") ? String.valueOf(r.get("format")) : String.valueOf(r.get("negotiated"));
        if (r.containsKey("samples_per_buffer")) {
            format += " " + Math.round(((Number) r.get("samples_per_buffer")).doubleValue()) + " samples";
        } else if (r.get("audio_samples_per_buffer") instanceof Number n && n.doubleValue() > 0) {
            format += ", " + Math.round(n.doubleValue()) + " samples";
        }
        md.append("| ").append(media).append(" | ").append(client).append(" | ").append(format).append(" | ")
                .append(l.get("count")).append(" | ").append(f1(l.get("p50_us"))).append(" | ").append(f1(l.get("p99_us")))
                .append(" | ").append(f1(l.get("p99_9_us"))).append(" | ").append(f1(l.get("max_us"))).append(" | ")
                .append(us(r.get("cpu_ns_per_frame"))).append(" | ")
                .append(r.containsKey("alloc_bytes_per_frame") ? f0(r.get("alloc_bytes_per_frame")) : "n/a (C)")
                .append(" |\n");
    }

    private static void steady(StringBuilder md, List<Map<String, Object>> rows) {
        md.append("## CPU per frame in steady state (whole process, FrameCostProbe vs the C client)\n\n");
        md.append("**How CPU/frame is measured now:** clock_gettime(CLOCK_PROCESS_CPUTIME_ID) (all threads, the C"
                + " client's clock too) over a fixed number of 30 fps frames, in a JVM that first consumed eight more"
                + " captures of the same source (160x120 at 120 fps: two 1.5 s rounds, then 10 s) until the per-frame"
                + " code had run often enough for C2 to compile it (\"C2 warm\": at least " + JitWarmUp.C2_CALLS
                + " frames in the long last round, after the deoptimizations that opening and closing captures cause;"
                + " at 30 fps an application gets there after about 3 minutes) and then waited until the JIT had"
                + " compiled nothing for 3 s; \"JIT ms\" is what it still compiled inside the window. The"
                + " C client runs on the same format, with --copy also copying every frame (the work our default copy"
                + " mode does). Threads: source = the PipeWire threads (the data thread runs the process callback and"
                + " delivers; RT_PROCESS) or the fake camera's; main = the probe's thread, which read()s frames, or"
                + " only waits while a FrameTap counts them; JVM = compiler, GC and other JVM service threads, a fixed"
                + " cost per second (the other threads' columns come from /proc snapshots at the window's ends, which"
                + " the compiler threads' column also pays for: they add up to a little more than the total)."
                + " \"JVM idle\" is the same JVM's whole-process CPU per second measured after its capture closed"
                + " (nothing captured; the median of three 1 s windows), spread over the frames of a second: the cost of running a JVM at all, which the C client does not have and which does not grow"
                + " with the frame rate; \"net of idle\" takes it out of our CPU/frame before dividing by the C"
                + " client's. Both ratios are reported; the target (<= 1.2x) is read on the first."
                + " \"FrameTap\" consumes the frames in a FrameTap handler on the capture thread (the"
                + " shape of the C client without --handoff, which reads them in its process callback) instead of a"
                + " processor's read(); its frames are lent, so it is compared with the C client that does not copy."
                + " read() hands each frame to the application's thread: \"same shape\" compares it with the C client"
                + " that hands its frames (the buffer itself, or with --copy a copy) to a second thread through a"
                + " mutex-guarded queue and a condition variable; \"in its callback\" with the C client that does not."
                + " Every consumer, ours and the C client's, reads a byte of each frame (ours through a plane view:"
                + " VideoFrame.plane(0)).\n\n");
        md.append("| media | client | mode | frames | CPU us/frame | ours/C (same shape) | ours/C in its callback"
                + " | JVM idle us/frame | ours net of idle / C (same shape) | source threads us | main thread us"
                + " | JVM threads us | heap B/frame | last warm-up round frames | C2 warm | JIT ms in window | steady |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : rows) {
            boolean c = "c".equals(r.get("client"));
            String mode = c ? (Boolean.TRUE.equals(r.get("copy")) ? "copy" : "no copy")
                    + (Boolean.TRUE.equals(r.get("handoff")) ? ", hand-off to a 2nd thread" : ", in the callback")
                    : "fake".equals(r.get("source"))
                            ? "tap".equals(r.get("consumer")) ? "fake source, FrameTap" : "fake source"
                    : "tap".equals(r.get("consumer")) ? "FrameTap (lent, no copy)"
                    : Boolean.TRUE.equals(r.get("zero_copy")) ? "zero-copy" : "copy (default)";
            String ratio = "";
            String callbackRatio = "";
            String idle = "";
            String netRatio = "";
            double idlePerFrame = r.get("idle_cpu_ns_per_second") instanceof Number i
                    && r.get("fps") instanceof Number fps && fps.doubleValue() > 0
                    ? i.doubleValue() / fps.doubleValue() : Double.NaN;
            if (!c && !Double.isNaN(idlePerFrame)) {
                idle = us(idlePerFrame);
            }
            if (!c && !"fake".equals(r.get("source"))) {
                // A tap reads the lent buffer in place, in the callback: the C client that does neither copy nor hand
                // off has the same shape. read() hands frames to another thread: the C client with --handoff.
                boolean tap = "tap".equals(r.get("consumer"));
                boolean copy = !Boolean.TRUE.equals(r.get("zero_copy")) && !tap;
                for (Map<String, Object> n : rows) {
                    if ("c".equals(n.get("client")) && r.get("media").equals(n.get("media"))
                            && Boolean.valueOf(copy).equals(n.get("copy"))
                            && r.get("cpu_ns_per_frame") instanceof Number a && n.get("cpu_ns_per_frame") instanceof Number b
                            && b.doubleValue() > 0) {
                        String x = String.format(Locale.ROOT, "%.2f", a.doubleValue() / b.doubleValue());
                        if (Boolean.TRUE.equals(n.get("handoff")) == !tap) {
                            ratio = x;
                            if (!Double.isNaN(idlePerFrame)) {
                                netRatio = String.format(Locale.ROOT, "%.2f",
                                        (a.doubleValue() - idlePerFrame) / b.doubleValue());
                            }
                        } else if (!tap) {
                            callbackRatio = x;
                        }
                    }
                }
            }
            String source = "";
            String main = "";
            String jvm = "";
            if (r.get("cpu_ns_per_frame_by_thread") instanceof Map<?, ?> t) {
                double src = 0;
                double mn = 0;
                double vm = 0;
                for (Map.Entry<?, ?> e : t.entrySet()) {
                    String name = String.valueOf(e.getKey());
                    double v = ((Number) e.getValue()).doubleValue();
                    if (name.equals(ProcessMeter.MAIN)) {
                        mn += v;
                    } else if (name.startsWith("mediacapture-") || name.startsWith("java#")) {
                        // the PipeWire loop thread and PipeWire's own threads (named after the process: the data
                        // thread among them), or the fake camera's thread
                        src += v;
                    } else {
                        vm += v;
                    }
                }
                source = us(src);
                main = us(mn);
                jvm = us(vm);
            }
            md.append("| ").append(r.get("media")).append(" | ").append(c ? "C pw_stream" : "ours").append(" | ")
                    .append(mode).append(" | ").append(f0(r.get("frames"))).append(" | ")
                    .append(us(r.get("cpu_ns_per_frame"))).append(" | ").append(ratio).append(" | ")
                    .append(callbackRatio).append(" | ").append(idle)
                    .append(" | ").append(netRatio).append(" | ").append(source).append(" | ").append(main).append(" | ").append(jvm).append(" | ")
                    .append(c ? "n/a (C)" : f0(r.get("alloc_bytes_per_frame"))).append(" | ")
                    .append(c || !r.containsKey("warm_frames_last_round") ? "" : f0(r.get("warm_frames_last_round")))
                    .append(" | ")
                    .append(c ? "" : Boolean.TRUE.equals(r.get("warm_frames_for_c2")) ? "yes" : "**no**").append(" | ")
                    .append(c ? "" : f0(r.get("jit_ms_in_window"))).append(" | ")
                    .append(c ? "" : Boolean.TRUE.equals(r.get("steady_state")) && Boolean.TRUE.equals(r.get("jit_settled"))
                            && Boolean.TRUE.equals(r.get("warm_frames_for_c2")) ? "yes" : "**no**").append(" |\n");
        }
        md.append('\n');
    }

    private static void frameCost(StringBuilder md, List<Map<String, Object>> rows) {
        md.append("## Per-frame cost, JMH (-prof gc + CpuTimeProfiler, whole JVM)\n\n");
        md.append("Target: 0 B/frame. Only 3-9 s into the JVM: the CPU column is mostly interpreter, C1 code and"
                + " the JIT compiler, not steady state (see the section above for that); the heap column is what"
                + " JMH's gc profiler counts.\n\n");
        md.append("| source | media | heap B/frame (gc.alloc.rate.norm) | CPU us/frame (cpu.time.norm) | ms/frame |\n");
        md.append("|---|---|---|---|---|\n");
        for (Map<String, Object> r : rows) {
            md.append("| ").append(r.get("source")).append(" | ").append(r.get("media")).append(" | ")
                    .append(f0(r.get("gc.alloc.rate.norm"))).append(" | ").append(us(r.get("cpu.time.norm"))).append(" | ")
                    .append(f2(r.get("score"))).append(" |\n");
        }
        md.append('\n');
    }

    private static void processor(StringBuilder md, List<Map<String, Object>> rows) {
        md.append("## Core overhead: 4K (3840x2160 I420) fake frames through MediaStreamTrackProcessor\n\n");
        md.append("source fps 1000 = as fast as the fake camera draws. slow = a consumer taking 100 ms per frame"
                + " (buffer 2): the processor drops the oldest, so the frames it gets stay fresh.\n\n");
        md.append("| path | source fps | buffer | frames/s | received | dropped | CPU us/frame | heap B/frame |"
                + " age p50 us | age p99 us |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : rows) {
            md.append("| ").append(r.get("mode")).append(" | ").append(f0(r.get("source_fps"))).append(" | ")
                    .append(f0(r.get("buffer"))).append(" | ").append(f1(r.get("frames_per_second"))).append(" | ")
                    .append(f0(r.get("received"))).append(" | ").append(f0(r.get("dropped"))).append(" | ")
                    .append(us(r.get("cpu_ns_per_frame"))).append(" | ").append(f0(r.get("alloc_bytes_per_frame")))
                    .append(" | ").append(f0(r.get("age_p50_us"))).append(" | ").append(f0(r.get("age_p99_us"))).append(" |\n");
        }
        md.append('\n');
    }

    private static void pixels(StringBuilder md, List<Map<String, Object>> rows) {
        md.append("## YUV -> ARGB, 1920x1080 (PixelConverter vs libyuv through FFM)\n\n");
        md.append("| format | ours ms | libyuv ms | ours/libyuv |\n|---|---|---|---|\n");
        for (String f : List.of("I420", "NV12", "YUY2")) {
            Object ours = null;
            Object yuv = null;
            for (Map<String, Object> r : rows) {
                if (f.equals(r.get("format"))) {
                    if ("libyuv".equals(r.get("impl"))) {
                        yuv = r.get("score");
                    } else {
                        ours = r.get("score");
                    }
                }
            }
            if (ours == null && yuv == null) {
                continue;
            }
            String ratio = ours instanceof Number a && yuv instanceof Number b
                    ? String.format(Locale.ROOT, "%.1fx", a.doubleValue() / b.doubleValue()) : "n/a";
            md.append("| ").append(f).append(" | ").append(f2(ours)).append(" | ").append(f2(yuv)).append(" | ")
                    .append(ratio).append(" |\n");
        }
        md.append('\n');
    }

    private static void views(StringBuilder md, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("## Video views: the work per frame on the capture thread (JMH, -prof gc)\n\n");
        md.append("swing: convert into the back BufferedImage's int[] and swap; javafx: convert into a PixelBuffer's"
                + " direct memory, and the JavaFX thread's take. libyuv (the native baseline): I420ToARGB of the same"
                + " frame into native memory. Target: 0 B/frame. The heap column counts every thread of the JVM, so"
                + " JMH's own background allocation (the libyuv row, which allocates nothing in Java) is its floor"
                + " and weighs more on slower ops.\n\n");
        md.append("| view | size | converter | us/frame | heap B/frame |\n|---|---|---|---|---|\n");
        for (Map<String, Object> r : rows) {
            md.append("| ").append(r.get("view")).append(" | ").append(r.get("size")).append(" | ")
                    .append("libyuv".equals(r.get("view")) ? "-" : r.get("convert")).append(" | ")
                    .append(f1(r.get("score"))).append(" | ").append(f0(r.get("gc.alloc.rate.norm"))).append(" |\n");
        }
        md.append('\n');
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return System.getProperty("os.arch");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String us(Object ns) {
        return ns instanceof Number n ? String.format(Locale.ROOT, "%.1f", n.doubleValue() / 1000) : "n/a";
    }

    private static String f0(Object o) {
        return o instanceof Number n ? String.format(Locale.ROOT, "%.0f", n.doubleValue()) : "n/a";
    }

    private static String f1(Object o) {
        return o instanceof Number n ? String.format(Locale.ROOT, "%.1f", n.doubleValue()) : "n/a";
    }

    private static String f2(Object o) {
        return o instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : "n/a";
    }
}
