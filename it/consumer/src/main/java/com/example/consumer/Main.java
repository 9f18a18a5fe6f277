package com.example.consumer;

import io.mediacapture.BackendStatus;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.VideoFrame;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Captures one frame from the fake camera through the published artifacts and says how it ran. Exits 1,
 * naming what is wrong, when the way it runs (argument {@code class-path} or {@code module-path}) is not the
 * expected one, when the Linux backends were not found through ServiceLoader, or when no frame arrives.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1 || !List.of("class-path", "module-path").contains(args[0])) {
            fail("usage: Main class-path|module-path");
        }
        String way = Main.class.getModule().isNamed() ? "module-path" : "class-path";
        if (!way.equals(args[0])) {
            fail("expected to run on the " + args[0] + " but runs on the " + way);
        }
        try (MediaDevices devices = MediaDevices.withBackends("fake")) {
            List<String> backends = devices.backends().stream().map(BackendStatus::name).toList();
            if (!backends.containsAll(List.of("pipewire", "alsa", "v4l2"))) {
                fail("mediacapture-platform-linux's backends were not found: " + backends);
            }
            MediaStream stream = devices.getUserMedia(Map.of("video", Map.of("width", 320, "height", 240))).join();
            MediaStreamTrack camera = stream.getVideoTracks().get(0);
            try (MediaStreamTrackProcessor frames = new MediaStreamTrackProcessor(camera, 2);
                    MediaFrame frame = frames.read(Duration.ofSeconds(10))) {
                if (!(frame instanceof VideoFrame video)) {
                    fail("no video frame from " + camera.label() + " within 10 s (got " + frame + ")");
                    return;
                }
                System.out.printf("consumer (%s): backends %s; frame %dx%d %s from '%s'%n", way, backends,
                        video.codedWidth(), video.codedHeight(), video.format(), camera.label());
            } finally {
                camera.stop();
            }
        }
    }

    private static void fail(String why) {
        System.err.println("consumer: " + why);
        System.exit(1);
    }
}
