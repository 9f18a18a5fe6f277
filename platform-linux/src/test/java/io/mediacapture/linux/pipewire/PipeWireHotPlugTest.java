package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.DOMException;
import io.mediacapture.DeviceChangeEvent;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nodes appearing and disappearing at run time (pw-cli create-node / destroy through the rig script), and the
 * daemon itself dying and coming back. Each test uses fresh node names, so no test re-links a node another
 * test just left (see docs/test-rigs.md).
 */
class PipeWireHotPlugTest {
    private MediaDevices devices;
    private final LinkedBlockingQueue<List<MediaDeviceInfo>> changes = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() {
        PipeWireRig.require();
        devices = PipeWireRig.open();
        devices.setOndevicechange((DeviceChangeEvent e) -> changes.add(e.devices()));
        Await.result(devices.enumerateDevices()); // core starts watching with the first list
    }

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
    }

    private static String uniqueName(String what) {
        return "mediacapture-test-" + what + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000;
    }

    /** Waits for a devicechange whose list satisfies {@code test}. */
    private List<MediaDeviceInfo> awaitChange(java.util.function.Predicate<List<MediaDeviceInfo>> test, String what)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            List<MediaDeviceInfo> l = changes.poll(200, TimeUnit.MILLISECONDS);
            if (l != null && test.test(l)) {
                return l;
            }
        }
        throw new AssertionError("no devicechange with " + what + " within 10 s");
    }

    private static boolean hasLabel(List<MediaDeviceInfo> l, String label) {
        return l.stream().anyMatch(d -> d.label().equals(label));
    }

    @Test
    void addedAndRemovedNodesFireDevicechange() throws Exception {
        String name = uniqueName("plug-camera");
        PipeWireRig.run("add-node", name, "video", name);
        try {
            List<MediaDeviceInfo> added = awaitChange(l -> hasLabel(l, name), "the new camera");
            MediaDeviceInfo cam = added.stream().filter(d -> d.label().equals(name)).findFirst().orElseThrow();
            assertEquals(MediaDeviceKind.VIDEOINPUT, cam.kind());
        } finally {
            PipeWireRig.run("remove-node", name);
        }
        awaitChange(l -> !hasLabel(l, name), "the camera gone");
        assertFalse(hasLabel(Await.result(devices.enumerateDevices()), name));
    }

    @Test
    void removingACapturedNodeEndsItsTrack() throws Exception {
        String name = uniqueName("unplug-camera");
        PipeWireRig.run("add-node", name, "video", name);
        boolean removed = false;
        try {
            MediaDeviceInfo cam = awaitChange(l -> hasLabel(l, name), "the new camera").stream()
                    .filter(d -> d.label().equals(name)).findFirst().orElseThrow();
            MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video",
                    Map.of("deviceId", Map.of("exact", cam.deviceId()))))).getVideoTracks().getFirst();
            CountDownLatch ended = new CountDownLatch(1);
            track.setOnended(e -> ended.countDown());
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2)) {
                try (MediaFrame f = p.read(Duration.ofSeconds(5))) {
                    assertNotNull(f, "frames from the new camera");
                }
                PipeWireRig.run("remove-node", name);
                removed = true;
                assertTrue(ended.await(5, TimeUnit.SECONDS), "ended fired after the node was removed");
                assertEquals(MediaStreamTrackState.ENDED, track.readyState());
            }
        } finally {
            if (!removed) {
                PipeWireRig.run("remove-node", name);
            }
        }
    }

    @Test
    void daemonKilledEndsTracksAndFailsEnumerationThenARestartedDaemonIsFoundAgain() throws Exception {
        MediaStreamTrack track = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().getFirst();
        CountDownLatch ended = new CountDownLatch(1);
        track.setOnended(e -> ended.countDown());
        try {
            PipeWireRig.run("kill-daemon");
            assertTrue(ended.await(5, TimeUnit.SECONDS), "ended fired when the daemon died");
            Throwable failure = Await.failure(devices.enumerateDevices());
            DOMException dom = assertInstanceOf(DOMException.class, failure);
            assertTrue(String.valueOf(dom.getMessage()).contains("PipeWire"), "message names PipeWire: " + dom.getMessage());
        } finally {
            PipeWireRig.run("restart-daemon");
        }
        devices.close();
        devices = PipeWireRig.open();
        List<MediaDeviceInfo> again = Await.result(devices.enumerateDevices());
        assertTrue(hasLabel(again, PipeWireRig.CAMERA_LABEL) && hasLabel(again, PipeWireRig.MICROPHONE_LABEL),
                "a new MediaDevices finds the restarted daemon's devices: " + again);
    }
}
