package io.mediacapture.cli;

import io.mediacapture.BackendStatus;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import io.mediacapture.fake.FakeFramePattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's main job until the full CLI lands: lists the backends and devices, then captures a few
 * frames from a camera and prints what arrived. Uses the system's devices, or the fake ones when the
 * system has none (saying so).
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws Exception {
        MediaDevices devices = MediaDevices.system();
        System.out.println("Backends:");
        for (BackendStatus s : devices.backends()) {
            System.out.println("  " + s);
        }
        List<MediaDeviceInfo> list = devices.enumerateDevices().get(20, TimeUnit.SECONDS);
        if (list.stream().noneMatch(d -> d.kind().toString().equals("videoinput"))) {
            System.out.println("No camera on this system: using the built-in fake devices (--backend fake).");
            devices.close();
            devices = MediaDevices.fake();
            list = devices.enumerateDevices().get(20, TimeUnit.SECONDS);
        }
        try (MediaDevices d = devices) {
            System.out.println("Devices:");
            for (MediaDeviceInfo info : list) {
                System.out.printf("  %-10s %-24s id=%s group=%s%n", info.kind(), info.label(), info.deviceId(), info.groupId());
            }
            MediaStream stream = d.getUserMedia(Map.of("video", Map.of("width", 1280, "height", 720))).get(20, TimeUnit.SECONDS);
            MediaStreamTrack track = stream.getVideoTracks().get(0);
            System.out.println("Opened " + track.label() + " with " + track.getSettings().toMap());
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 4)) {
                for (int i = 0; i < 10; i++) {
                    try (MediaFrame f = p.read(Duration.ofSeconds(5))) {
                        if (f == null) {
                            System.out.println("  no frame within 5 s");
                            break;
                        }
                        VideoFrame v = (VideoFrame) f;
                        String stamp = "";
                        if (track.label().startsWith("Fake")) {
                            stamp = " frame#" + FakeFramePattern.decode(v).frameNumber();
                        }
                        long ageUs = System.nanoTime() / 1000 - v.timestamp();
                        System.out.printf("  %s %dx%d ts=%dus age=%.2fms%s%n", v.format(), v.codedWidth(), v.codedHeight(),
                                v.timestamp(), ageUs / 1000.0, stamp);
                    }
                }
            } finally {
                track.stop();
            }
        }
    }
}
