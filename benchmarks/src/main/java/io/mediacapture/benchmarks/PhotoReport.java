package io.mediacapture.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The photo encode section of results.md (issue #23), from {@code photo.json}. */
final class PhotoReport {
    private PhotoReport() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> m) {
        StringBuilder b = new StringBuilder("\n## JPEG photos: 1280x720 I420 frame -> JPEG (issue #23)\n\n");
        b.append("What `ImageCapture.takePhoto()` runs once the frame is there (PhotoEncodeBenchmark, JMH, -prof gc and "
                + "CpuTimeProfiler): platform-linux's libjpeg-turbo encoder (`libjpeg-turbo`) against core's ImageIO "
                + "encoder (`imageio`), quality 92 / 0.92, 4:2:0. `jfif`: the frame tagged `VideoColorSpace.JPEG` (an "
                + "MJPEG camera's), which ours encodes straight from its planes; `untagged`: the same pixels untagged "
                + "(a raw YUV camera's, limited range), which ours converts to BGRX first (core's converter), as ImageIO's "
                + "does to a BufferedImage. Native baseline: libjpeg-turbo's own tjCompressFromYUVPlanes of the same "
                + "pixels (benchmarks/src/main/c/photo_encode.c), CPU per photo over many photos after a warm-up.\n\n");
        Map<String, Object> n = (Map<String, Object>) m.getOrDefault("native_encode", Map.of());
        Double nativeCpu = n.get("cpu_ns_per_frame") instanceof Number x ? x.doubleValue() / 1e3 : null;
        Map<String, Object> sizes = (Map<String, Object>) m.getOrDefault("bytes", Map.of());
        b.append("| frame | encoder | ms/photo (wall) | CPU us/photo | heap B/photo | JPEG bytes | CPU ours/native |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) m.getOrDefault("encode", List.of())) {
            Double cpu = r.get("cpu.time.norm") instanceof Number x ? x.doubleValue() / 1e3 : null;
            b.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %s | %s |%n", r.get("input"), r.get("impl"),
                    ((Number) r.get("score")).doubleValue(), cpu == null ? "n/a" : String.format(Locale.ROOT, "%.0f", cpu),
                    r.get("gc.alloc.rate.norm") instanceof Number a ? String.format(Locale.ROOT, "%.0f", a.doubleValue()) : "n/a",
                    sizes.getOrDefault(r.get("input") + "/" + r.get("impl"), "n/a"),
                    cpu == null || nativeCpu == null ? "n/a" : String.format(Locale.ROOT, "%.2f", cpu / nativeCpu)));
        }
        b.append(String.format(Locale.ROOT, "| jfif | native libjpeg-turbo (C) | %s | %s | n/a (C) | %s | 1.00 |%n",
                n.get("ns_per_frame") instanceof Number x ? String.format(Locale.ROOT, "%.2f", x.doubleValue() / 1e6) : "n/a",
                nativeCpu == null ? "n/a" : String.format(Locale.ROOT, "%.0f", nativeCpu), n.getOrDefault("bytes", "n/a")));
        b.append("\nRaw data: photo.json, photo-encode.json.\n");
        return b.toString();
    }
}
