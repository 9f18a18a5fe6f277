package io.mediacapture.linux.alsa;

import io.mediacapture.DOMException;
import io.mediacapture.DeviceChangeEvent;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackState;
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

/**
 * The ALSA backend against real kernel drivers, run inside the QEMU guest by {@link AlsaLoopbackGuestTest}:
 * snd-aloop (loaded with {@value #ALOOP_OPTIONS}: one substream per device, so a second open is really busy)
 * and snd-dummy (loaded and unbound here, for hot-plug and device loss). A second process, {@code aplay},
 * plays a 440 Hz tone into {@code hw:Loopback,0,0}; the library captures it from {@code hw:Loopback,1}.
 * Prints one {@code ALSA-CHECK PASS|FAIL name: detail} line per check and a summary; exits 1 when any failed.
 */
public final class AlsaGuestChecks {
    static final String ALOOP_OPTIONS = "pcm_substreams=1";
    static final String SUMMARY = "ALSA-GUEST-SUMMARY";
    static final String LOOPBACK_CAPTURE = "plughw:CARD=Loopback,DEV=1";
    static final String DUMMY_CAPTURE = "plughw:CARD=Dummy,DEV=0";

    private int passed;
    private int failed;

    public static void main(String[] args) throws Exception {
        AlsaGuestChecks c = new AlsaGuestChecks();
        Process aplay = null;
        try {
            aplay = startTonePlayer();
            c.run();
        } catch (Throwable t) {
            c.fail("unexpected", t.toString());
            t.printStackTrace(System.out);
        } finally {
            if (aplay != null) {
                aplay.destroy();
            }
        }
        System.out.println(SUMMARY + ": " + c.passed + " passed, " + c.failed + " failed");
        System.exit(c.failed == 0 && c.passed > 0 ? 0 : 1);
    }

    private void run() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("alsa")) {
            BlockingQueue<DeviceChangeEvent> changes = new LinkedBlockingQueue<>();
            md.setOndevicechange(changes::add);
            List<MediaDeviceInfo> devices = Await.result(md.enumerateDevices());
            check("enumerates the loopback capture devices", devices.stream().anyMatch(d -> d.deviceId().equals(LOOPBACK_CAPTURE)
                    && d.label().contains("Loopback") && d.groupId().equals("alsa-card:Loopback")), devices.toString());

            MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("audio",
                    Map.of("deviceId", Map.of("exact", LOOPBACK_CAPTURE))))).getAudioTracks().get(0);
            long t0 = System.nanoTime();
            AlsaAudioContract.Capture cap = AlsaAudioContract.capture(track, 48_000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            try {
                cap.assertTone();
                pass("captures aplay's 440 Hz tone from hw:Loopback,1", track.getSettings().toString());
            } catch (AssertionError e) {
                fail("captures aplay's 440 Hz tone from hw:Loopback,1", e.getMessage());
            }
            // A real driver has a clock: one second of audio cannot arrive much faster than in one second.
            check("delivers in real time", seconds > 0.6, String.format("48000 frames in %.2f s", seconds));

            try (MediaDevices other = MediaDevices.withBackends("alsa")) {
                Throwable e = Await.failure(other.getUserMedia(Map.of("audio",
                        Map.of("deviceId", Map.of("exact", LOOPBACK_CAPTURE)))));
                check("a device in use is NotReadableError", e instanceof DOMException d && d.name().equals("NotReadableError"),
                        e.toString());
            }
            track.stop();

            hotPlugAndLoss(md, changes);
        }
    }

    private void hotPlugAndLoss(MediaDevices md, BlockingQueue<DeviceChangeEvent> changes) throws Exception {
        changes.clear();
        exec("modprobe", "snd-dummy");
        DeviceChangeEvent added = awaitChange(changes, e -> e.userInsertedDevices().stream()
                .anyMatch(d -> d.deviceId().equals(DUMMY_CAPTURE)));
        check("devicechange when a card appears (modprobe snd-dummy)", added != null,
                added == null ? "no event within 15 s" : added.userInsertedDevices().toString());
        if (added == null) {
            return;
        }
        MediaStreamTrack track = Await.result(md.getUserMedia(Map.of("audio",
                Map.of("deviceId", Map.of("exact", DUMMY_CAPTURE))))).getAudioTracks().get(0);
        AlsaAudioContract.capture(track, 4_800);
        CountDownLatch ended = new CountDownLatch(1);
        track.setOnended(e -> ended.countDown());
        changes.clear();
        // Unbinding the driver disconnects the card under the open PCM, as unplugging a USB device does.
        Files.writeString(Path.of("/sys/bus/platform/drivers/snd_dummy/unbind"), "snd_dummy.0");
        boolean endedInTime = ended.await(15, TimeUnit.SECONDS);
        check("a card that goes away ends its track (-ENODEV)", endedInTime && track.readyState() == MediaStreamTrackState.ENDED,
                "ended=" + endedInTime + " reason=" + track.endedReason());
        DeviceChangeEvent removed = awaitChange(changes, e -> e.devices().stream()
                .noneMatch(d -> d.deviceId().equals(DUMMY_CAPTURE)));
        check("devicechange when a card goes away", removed != null, removed == null ? "no event within 15 s" : removed.devices().toString());
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

    private void check(String name, boolean ok, String detail) {
        if (ok) {
            pass(name, detail);
        } else {
            fail(name, detail);
        }
    }

    private void pass(String name, String detail) {
        passed++;
        System.out.println("ALSA-CHECK PASS " + name + ": " + detail);
    }

    private void fail(String name, String detail) {
        failed++;
        System.out.println("ALSA-CHECK FAIL " + name + ": " + detail);
    }
}
