package io.mediacapture.linux.alsa;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.DOMException;
import io.mediacapture.DeviceChangeEvent;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.linux.guest.QemuGuest;
import io.mediacapture.testing.Await;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ALSA backend against real kernel drivers: JUnit tests that run inside the QEMU guest only, on JUnit's
 * console launcher, started by {@link AlsaLoopbackGuestTest} (which reads the launcher's report). snd-aloop
 * (loaded with {@value #ALOOP_OPTIONS}: one substream per device, so a second open is really busy) and
 * snd-dummy (loaded and unbound here, for hot-plug and device loss). A second process, {@code aplay}, plays a
 * 440 Hz tone into {@code hw:Loopback,0,0}; the library captures it from {@code hw:Loopback,1}. The tests
 * share one MediaDevices and run in order (hot-plug, then loss). Not a {@code *Test} class, so the host's
 * surefire run leaves it out; run on a host, it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public final class AlsaGuestChecks {
    static final String ALOOP_OPTIONS = "pcm_substreams=1";
    static final String LOOPBACK_CAPTURE = "plughw:CARD=Loopback,DEV=1";
    static final String DUMMY_CAPTURE = "plughw:CARD=Dummy,DEV=0";

    private Process aplay;
    private MediaDevices md;
    private final BlockingQueue<DeviceChangeEvent> changes = new LinkedBlockingQueue<>();
    private boolean dummyAdded;

    @BeforeAll
    void start() throws Exception {
        QemuGuest.assertInGuest(AlsaLoopbackGuestTest.class);
        aplay = startTonePlayer();
        md = MediaDevices.withBackends("alsa");
        md.setOndevicechange(changes::add);
    }

    @AfterAll
    void stop() {
        if (md != null) {
            md.close();
        }
        if (aplay != null) {
            aplay.destroy();
        }
    }

    @Test
    @Order(1)
    @DisplayName("enumerates the loopback capture devices")
    void enumeratesLoopback() {
        List<MediaDeviceInfo> devices = Await.result(md.enumerateDevices());
        assertTrue(devices.stream().anyMatch(d -> d.deviceId().equals(LOOPBACK_CAPTURE)
                && d.label().contains("Loopback") && d.groupId().equals("alsa-card:Loopback")), devices.toString());
    }

    @Test
    @Order(2)
    @DisplayName("captures aplay's 440 Hz tone from hw:Loopback,1, in real time; a device in use is NotReadableError")
    void capturesToneAndIsBusy() throws Exception {
        MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("audio",
                Map.of("deviceId", Map.of("exact", LOOPBACK_CAPTURE))))).getAudioTracks().get(0);
        try {
            long t0 = System.nanoTime();
            AlsaAudioContract.Capture cap = AlsaAudioContract.capture(track, 48_000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            cap.assertTone();
            System.out.println("  captured at " + track.getSettings());
            // A real driver has a clock: one second of audio cannot arrive much faster than in one second.
            assertTrue(seconds > 0.6, String.format("delivers in real time: 48000 frames in %.2f s", seconds));

            try (MediaDevices other = MediaDevices.withBackends("alsa")) {
                Throwable e = Await.failure(other.getUserMedia(Map.of("audio",
                        Map.of("deviceId", Map.of("exact", LOOPBACK_CAPTURE)))));
                assertTrue(e instanceof DOMException d && d.name().equals("NotReadableError"),
                        "a device in use is NotReadableError: " + e);
            }
        } finally {
            track.stop();
        }
    }

    @Test
    @Order(3)
    @DisplayName("devicechange when a card appears (modprobe snd-dummy)")
    void cardAppears() throws Exception {
        changes.clear();
        exec("modprobe", "snd-dummy");
        DeviceChangeEvent added = awaitChange(changes, e -> e.userInsertedDevices().stream()
                .anyMatch(d -> d.deviceId().equals(DUMMY_CAPTURE)));
        assertNotNull(added, "no event within 15 s");
        dummyAdded = true;
        System.out.println("  inserted: " + added.userInsertedDevices());
    }

    @Test
    @Order(4)
    @DisplayName("a card that goes away ends its track (-ENODEV); devicechange when a card goes away")
    void cardGoesAway() throws Exception {
        assertTrue(dummyAdded, "snd-dummy's device did not appear (see the previous test)");
        MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("audio",
                Map.of("deviceId", Map.of("exact", DUMMY_CAPTURE))))).getAudioTracks().get(0);
        AlsaAudioContract.capture(track, 4_800);
        CountDownLatch ended = new CountDownLatch(1);
        track.setOnended(e -> ended.countDown());
        changes.clear();
        // Unbinding the driver disconnects the card under the open PCM, as unplugging a USB device does.
        Files.writeString(Path.of("/sys/bus/platform/drivers/snd_dummy/unbind"), "snd_dummy.0");
        boolean endedInTime = ended.await(15, TimeUnit.SECONDS);
        assertTrue(endedInTime && track.readyState() == MediaStreamTrackState.ENDED,
                "a card that goes away ends its track: ended=" + endedInTime + " reason=" + track.endedReason());
        DeviceChangeEvent removed = awaitChange(changes, e -> e.devices().stream()
                .noneMatch(d -> d.deviceId().equals(DUMMY_CAPTURE)));
        assertNotNull(removed, "devicechange when a card goes away: no event within 15 s");
        System.out.println("  devices after: " + removed.devices());
    }

    private static DeviceChangeEvent awaitChange(BlockingQueue<DeviceChangeEvent> q,
                                                 java.util.function.Predicate<DeviceChangeEvent> what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            DeviceChangeEvent e = q.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e != null && what.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** aplay into the loopback's playback side, device 0 substream 0, for a minute. */
    private static Process startTonePlayer() throws IOException, InterruptedException {
        int rate = 48_000;
        ByteBuffer second = ByteBuffer.allocate(rate * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < rate; i++) {
            short s = (short) Math.round(0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * 440 * i / rate));
            second.putShort(s).putShort(s);
        }
        Path tone = Path.of("/tmp/alsa-guest-tone.raw");
        Files.write(tone, new byte[0]);
        for (int i = 0; i < 60; i++) {
            Files.write(tone, second.array(), StandardOpenOption.APPEND);
        }
        Process p = new ProcessBuilder("aplay", "-q", "-D", "hw:Loopback,0,0", "-t", "raw", "-f", "S16_LE",
                "-r", Integer.toString(rate), "-c", "2", tone.toString()).inheritIO().start();
        Thread.sleep(1_000);
        if (!p.isAlive()) {
            throw new IOException("aplay exited at once with status " + p.exitValue());
        }
        return p;
    }

    private static void exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " exited with " + p.exitValue());
        }
    }
}
