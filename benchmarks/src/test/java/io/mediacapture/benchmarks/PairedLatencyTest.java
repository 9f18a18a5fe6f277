package io.mediacapture.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedLatencyTest {
    private static final PairedLatency.Pair VIDEO = new PairedLatency.Pair("video-640x480", "read", List.of(), "C");
    private static final PairedLatency.Pair AUDIO = new PairedLatency.Pair("audio-10ms", "read", List.of(), "C");

    /** A probe's or the C client's JSON: its frames' stamps and latencies (nanoseconds). */
    private static Map<String, Object> client(long[] pts, long[] latency) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Long> p = new ArrayList<>();
        List<Long> l = new ArrayList<>();
        for (int i = 0; i < pts.length; i++) {
            p.add(pts[i]);
            l.add(latency[i]);
        }
        m.put("pts_ns", p);
        m.put("latency_ns", l);
        m.put("cpu_ns_per_frame", 100_000.0);
        return m;
    }

    @Test
    void videoFramesArePairedByTimestampAtMicrosecondPrecisionAndOnlyFramesBothSawCount() {
        // Ours carries microsecond timestamps (VideoFrame.timestamp() * 1000), the C client nanosecond pts.
        Map<String, Object> ours = client(new long[] {1_000_000, 34_333_000, 67_666_000, 101_000_000},
                new long[] {2_000_000, 2_100_000, 2_200_000, 9_000_000});
        Map<String, Object> c = client(new long[] {34_333_333, 67_666_666, 101_000_999, 134_333_333},
                new long[] {2_000_000, 2_300_000, 2_000_000, 5_000_000});

        Map<String, Object> r = PairedLatency.compare(VIDEO, ours, c);

        assertEquals(3, r.get("frames_compared"), "the first and last frames were seen by one side only");
        @SuppressWarnings("unchecked")
        Map<String, Object> cmp = (Map<String, Object>) r.get("comparison");
        @SuppressWarnings("unchecked")
        Map<String, Object> diff = (Map<String, Object>) cmp.get("per_frame_difference_us");
        assertEquals(-100.0, (Double) diff.get("min_us"), 0.01); // 2.2 ms against 2.3 ms
        assertEquals(7000.0, (Double) diff.get("max_us"), 0.01); // 9 ms against 2 ms
        // p99 of ours over the compared frames is 9 ms, the C client's 2.3 ms: 6.7 ms added (HdrHistogram, 3 digits).
        assertEquals(6700.0, ((Number) cmp.get("added_p99_us")).doubleValue(), 10);
    }

    @Test
    void audioIsComparedOverTheTimeBothMeasuredWithoutAPerFrameDifference() {
        // The C client ran long before ours joined (its early buffers saw our JVM warming up): they do not count.
        Map<String, Object> ours = client(new long[] {100, 200, 300}, new long[] {5_000_000, 5_000_000, 5_000_000});
        Map<String, Object> c = client(new long[] {10, 20, 150, 250, 400},
                new long[] {90_000_000, 90_000_000, 4_000_000, 4_000_000, 90_000_000});

        Map<String, Object> r = PairedLatency.compare(AUDIO, ours, c);

        assertEquals("same time window", r.get("pairing"));
        @SuppressWarnings("unchecked")
        Map<String, Object> cmp = (Map<String, Object>) r.get("comparison");
        assertEquals(1000.0, ((Number) cmp.get("added_p50_us")).doubleValue(), 5);
        assertTrue(!cmp.containsKey("per_frame_difference_us"));
    }

    @Test
    void noFrameInCommonIsAnErrorNamingBothCounts() {
        Map<String, Object> ours = client(new long[] {1_000_000}, new long[] {1});
        Map<String, Object> c = client(new long[] {2_000_000, 3_000_000}, new long[] {1, 1});

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PairedLatency.compare(VIDEO, ours, c));
        assertTrue(e.getMessage().contains("ours 1, C 2"), e.getMessage());
    }
}
