package io.mediacapture.benchmarks;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Startup, run by {@link BenchmarkSuite} in a fresh JVM per sample (what an application pays once): the time from
 * {@code MediaDevices.system()} to the first {@code enumerateDevices()} result, and on to the first frame of the
 * camera with {@code LABEL} (getUserMedia with its deviceId and WIDTHxHEIGHT@30, then a processor's first read()).
 * The C baseline, pw_startup.c, does the same against the same daemon from its pw_init. Prints one JSON object;
 * the JVM's own start (before main) is not counted, on either side nothing after the first frame is.
 */
public final class StartupProbe {
    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: StartupProbe LABEL WIDTH HEIGHT");
            System.exit(2);
        }
        String label = args[0];
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        long t0 = System.nanoTime();
        MediaDevices devices = MediaDevices.system();
        long opened = System.nanoTime();
        List<MediaDeviceInfo> list = devices.enumerateDevices().get(20, TimeUnit.SECONDS);
        long enumerated = System.nanoTime();
        String deviceId = list.stream().filter(d -> d.kind() == MediaDeviceKind.VIDEOINPUT && d.label().equals(label))
                .map(MediaDeviceInfo::deviceId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no camera labelled '" + label + "' in " + list));
        MediaStreamTrack track = devices.getUserMedia(Map.of("video", Map.of("deviceId", Map.of("exact", deviceId),
                        "width", Map.of("exact", width), "height", Map.of("exact", height), "frameRate", Map.of("exact", 30.0))))
                .get(20, TimeUnit.SECONDS).getVideoTracks().getFirst();
        long firstFrame;
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
            try (MediaFrame f = p.read(Duration.ofSeconds(20))) {
                if (f == null) {
                    throw new IllegalStateException("no frame within 20 s");
                }
                firstFrame = System.nanoTime();
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("system_ms", ms(opened - t0));
        out.put("enumerate_ms", ms(enumerated - t0));
        out.put("first_frame_ms", ms(firstFrame - t0));
        out.put("backends", devices.backends().stream().filter(b -> b.active()).map(b -> b.name()).toList());
        System.out.println(Json.write(out));
        track.stop();
        devices.close();
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
