package io.mediacapture.benchmarks;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.fake.FakeCamera;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opens the capture a benchmark measures: a source ({@code fake}, {@code fake-4k}, {@code fake-fast},
 * {@code pipewire}, or {@code pipewire-node:NAME}: a rig node the caller added and removes) and a
 * media spec ({@code video-WxH} at 30 fps, {@code video-WxH@FPS}, or {@code audio-10ms}: 48 kHz stereo with
 * the default 10 ms latency). PipeWire captures use a fresh test node per setup (see {@link PipeWireRig}):
 * re-linking to a node that a previous client just left is unreliable on the rig. Closing releases all of it.
 */
final class CaptureSetup implements AutoCloseable {
    /** Source prefix for a rig node added by someone else (see {@link PipeWireRig#addFreshNode}). */
    static final String SHARED_NODE = "pipewire-node:";
    private final MediaDevices devices;
    private final MediaStreamTrack track;
    private final String node; // the rig node to remove, or null

    private CaptureSetup(MediaDevices devices, MediaStreamTrack track, String node) {
        this.devices = devices;
        this.track = track;
        this.node = node;
    }

    MediaStreamTrack track() {
        return track;
    }

    /** @throws IllegalArgumentException for an unknown source or media spec */
    static CaptureSetup open(String source, String media) throws Exception {
        boolean video = media.startsWith("video-");
        if (!video && !media.equals("audio-10ms")) {
            throw new IllegalArgumentException("unknown media '" + media + "': use video-WxH[@FPS] or audio-10ms");
        }
        Map<String, Object> trackConstraints = video ? videoConstraints(media)
                : Map.of("sampleRate", Map.of("exact", 48000), "channelCount", Map.of("exact", 2), "latency", 0.01);
        String node = null;
        MediaDevices devices;
        String label;
        switch (source) {
            case "fake" -> {
                devices = MediaDevices.fake();
                label = video ? FakeDevices.CAMERA : FakeDevices.MICROPHONE;
            }
            case "fake-4k" -> {
                FakeDevices fakes = FakeDevices.empty();
                label = "Fake 4K Camera";
                fakes.add(FakeCamera.of(label, null,
                        // Up to 1000 fps, so "as fast as it can draw" can be asked for as well as 60.
                        List.of(new VideoMode(3840, 2160, NativeVideoFormat.I420, 1, 1000))));
                devices = MediaDevices.fake(fakes);
            }
            case "fake-fast" -> {
                // The fake camera's sizes at up to 1000 fps: FrameCostProbe warms the JIT up with it.
                FakeDevices fakes = FakeDevices.empty();
                label = "Fake Fast Camera";
                fakes.add(FakeCamera.of(label, null, List.of(
                        new VideoMode(160, 120, NativeVideoFormat.I420, 1, 1000),
                        new VideoMode(640, 480, NativeVideoFormat.I420, 1, 1000),
                        new VideoMode(1920, 1080, NativeVideoFormat.I420, 1, 1000))));
                devices = MediaDevices.fake(fakes);
            }
            case "pipewire" -> {
                node = PipeWireRig.addFreshNode(video ? "video" : "audio");
                label = PipeWireRig.description(node);
                devices = MediaDevices.withBackends("pipewire");
            }
            default -> {
                if (!source.startsWith(SHARED_NODE)) {
                    throw new IllegalArgumentException("unknown source '" + source
                            + "': use fake, fake-4k, fake-fast, pipewire or " + SHARED_NODE + "NAME");
                }
                // A node another client (the C client, for a paired latency run) captures from too.
                label = PipeWireRig.description(source.substring(SHARED_NODE.length()));
                devices = MediaDevices.withBackends("pipewire");
            }
        }
        try {
            String deviceId = findDevice(devices, video ? MediaDeviceKind.VIDEOINPUT : MediaDeviceKind.AUDIOINPUT, label);
            Map<String, Object> withDevice = new java.util.HashMap<>(trackConstraints);
            withDevice.put("deviceId", Map.of("exact", deviceId));
            MediaStream stream = devices.getUserMedia(Map.of(video ? "video" : "audio", withDevice))
                    .get(15, TimeUnit.SECONDS);
            MediaStreamTrack track = video ? stream.getVideoTracks().getFirst() : stream.getAudioTracks().getFirst();
            return new CaptureSetup(devices, track, node);
        } catch (Exception | Error e) {
            devices.close();
            if (node != null) {
                PipeWireRig.removeNode(node);
            }
            throw e;
        }
    }

    private static Map<String, Object> videoConstraints(String media) {
        String spec = media.substring("video-".length());
        int at = spec.indexOf('@');
        double fps = at < 0 ? 30 : Double.parseDouble(spec.substring(at + 1));
        String[] wh = (at < 0 ? spec : spec.substring(0, at)).split("x");
        if (wh.length != 2) {
            throw new IllegalArgumentException("bad video spec '" + media + "': use video-WxH[@FPS]");
        }
        return Map.of("width", Map.of("exact", Integer.parseInt(wh[0])), "height", Map.of("exact", Integer.parseInt(wh[1])),
                "frameRate", Map.of("exact", fps));
    }

    /** Polls enumerateDevices (a freshly added PipeWire node takes a moment to show up). */
    private static String findDevice(MediaDevices devices, MediaDeviceKind kind, String label) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<MediaDeviceInfo> seen;
        do {
            seen = devices.enumerateDevices().get(10, TimeUnit.SECONDS);
            for (MediaDeviceInfo d : seen) {
                if (d.kind() == kind && d.label().equals(label)) {
                    return d.deviceId();
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("no " + kind + " labelled '" + label + "' among " + seen + "; backends: "
                + devices.backends());
    }

    @Override
    public void close() {
        track.stop();
        devices.close();
        if (node != null) {
            PipeWireRig.removeNode(node);
        }
    }
}
