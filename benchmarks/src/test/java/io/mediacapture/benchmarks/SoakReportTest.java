package io.mediacapture.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The soak's verdicts: least-squares slopes after the warm-up, tolerances, reopening samples left out. */
class SoakReportTest {

    private static Map<String, Object> sample(double minute, double rssKb, double fds, boolean reopening) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("minute", minute);
        s.put("nmt_committed_kb", 300_000.0);
        s.put("nmt_non_heap_kb", 90_000.0);
        s.put("nmt_other_kb", 5_000.0);
        s.put("rss_kb", rssKb);
        s.put("fds", fds);
        s.put("threads", 32.0);
        s.put("video_restarting", reopening);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> trend(Map<String, Object> trends, String key) {
        return (Map<String, Object>) trends.get(key);
    }

    @Test
    void aSteadyGrowthIsNotFlatAndItsSlopeIsExact() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int m = 0; m <= 60; m++) {
            // 100 KB a minute = 6000 KB an hour, over the 4 MB tolerance (1% of ~400 MB)
            samples.add(sample(m, 400_000 + 100.0 * m, 51, false));
        }
        Map<String, Object> t = SoakReport.trends(samples, 3);
        assertEquals(100.0, (double) trend(t, "rss_kb").get("slope_per_minute"), 1e-6);
        assertFalse((boolean) trend(t, "rss_kb").get("flat"));
        assertTrue((boolean) trend(t, "fds").get("flat"));
        assertTrue((boolean) trend(t, "nmt_non_heap_kb").get("flat"));
        String md = SoakReport.markdown(Map.of("samples", samples, "trends", t, "started", "now", "minutes_asked", 60,
                "interval_seconds", 60, "load_before", "", "load_after", "", "probe_command", "java", "failure", "",
                "warmup_minutes", 3));
        assertTrue(md.contains("| rss_kb |") && md.contains("**NO**"), md);
    }

    @Test
    void growthThatSettlesIsFlatByTheSecondHalf() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int m = 0; m <= 60; m++) {
            // 8 MB that the first 20 minutes add and then no more: a JVM settling in, not a leak
            samples.add(sample(m, 400_000 + 8_000.0 * Math.min(m, 20) / 20, 51, false));
        }
        Map<String, Object> t = SoakReport.trends(samples, 3);
        assertTrue((double) trend(t, "rss_kb").get("slope_per_hour") > 4_000, "the whole window slopes up");
        assertEquals(0.0, (double) trend(t, "rss_kb").get("second_half_slope_per_hour"), 1e-6);
        assertEquals(30.0, (double) trend(t, "rss_kb").get("second_half_from_minute"));
        assertTrue((boolean) trend(t, "rss_kb").get("flat"));
    }

    @Test
    void warmUpAndReopeningSamplesAreLeftOut() {
        List<Map<String, Object>> samples = new ArrayList<>();
        samples.add(sample(0, 300_000, 20, false)); // before the warm-up ends: ignored
        for (int m = 1; m <= 30; m++) {
            boolean reopening = m % 7 == 0; // a second connection's fds while a capture is reopened
            samples.add(sample(m, 400_000, reopening ? 70 : 51, reopening));
        }
        Map<String, Object> t = SoakReport.trends(samples, 3);
        assertEquals(0.0, (double) trend(t, "fds").get("slope_per_minute"), 1e-9);
        assertEquals(51.0, (double) trend(t, "fds").get("max"));
        assertTrue((boolean) trend(t, "rss_kb").get("flat"));
    }
}
