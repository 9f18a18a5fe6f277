package io.mediacapture.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediacapture.AudioData;
import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.MediaTrackSettings;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.Signals;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every backend owes the application, written once. A backend's test extends this and
 * supplies {@link #openDevices()}; a backend that serves one kind only (ALSA, V4L2) narrows
 * {@link #kinds()}, and one whose default device is not the one under test says which in
 * {@link #constraintsFor}.
 */
public abstract class MediaDevicesContract {
    protected MediaDevices devices;

    /** A MediaDevices on the backend under test, with at least one device of each kind in {@link #kinds()}. */
    protected abstract MediaDevices openDevices() throws Exception;

    /** The device kinds the backend serves; cases of a kind it does not serve are skipped, saying so. */
    protected Set<MediaDeviceKind> kinds() {
        return EnumSet.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT);
    }

    /** The getUserMedia member for a kind: {@code true}, or constraints picking the device under test. */
    protected Object constraintsFor(MediaDeviceKind kind) {
        return Boolean.TRUE;
    }

    /**
     * Whether the backend's microphone under test has echo cancellation and voice isolation of its own to offer.
     * None of the platform backends asks the platform for them yet, so they must say [false]; the fake microphone
     * offers every value.
     */
    protected boolean offersAudioProcessing() {
        return false;
    }

    /** Called before a case opens a device again right after closing it (for peers that need a moment). */
    protected void beforeReopen() throws Exception {
    }

    private void requireKind(MediaDeviceKind kind) {
        assumeTrue(kinds().contains(kind), "the backend under test serves no " + kind + " devices");
    }

    /** The kind the kind-neutral cases use: video when served, else audio. */
    private MediaDeviceKind anyKind() {
        return kinds().contains(MediaDeviceKind.VIDEOINPUT) ? MediaDeviceKind.VIDEOINPUT : MediaDeviceKind.AUDIOINPUT;
    }

    private MediaStreamTrack open(MediaDeviceKind kind) {
        String key = kind.trackKind();
        MediaStream stream = Await.result(devices.getUserMedia(Map.of(key, constraintsFor(kind))));
        return stream.getTracks().get(0);
    }

    @BeforeEach
    void open() throws Exception {
        devices = openDevices();
    }

    @AfterEach
    void close() {
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void enumeratesMicrophonesFirstThenCamerasWithFreshObjects() {
        List<MediaDeviceInfo> a = Await.result(devices.enumerateDevices());
        List<MediaDeviceInfo> b = Await.result(devices.enumerateDevices());
        for (MediaDeviceKind k : kinds()) {
            assertTrue(a.stream().anyMatch(d -> d.kind() == k), "a device of kind " + k + ": " + a);
        }
        int lastMic = -1;
        int firstCam = Integer.MAX_VALUE;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).kind() == MediaDeviceKind.AUDIOINPUT) {
                lastMic = i;
            } else if (a.get(i).kind() == MediaDeviceKind.VIDEOINPUT) {
                firstCam = Math.min(firstCam, i);
            }
            assertFalse(a.get(i).deviceId().isEmpty());
            assertFalse(a.get(i).label().isEmpty());
            assertFalse(a.get(i).groupId().isEmpty());
        }
        assertTrue(lastMic < firstCam, "microphones before cameras: " + a);
        assertEquals(a.stream().map(MediaDeviceInfo::deviceId).toList(), b.stream().map(MediaDeviceInfo::deviceId).toList());
        assertTrue(a.get(0) != b.get(0), "fresh objects each call");
    }

    @Test
    void videoTrackDeliversFramesMatchingItsSettings() throws Exception {
        requireKind(MediaDeviceKind.VIDEOINPUT);
        MediaStream stream = Await.result(devices.getUserMedia(Map.of("video", constraintsFor(MediaDeviceKind.VIDEOINPUT))));
        MediaStreamTrack track = stream.getVideoTracks().get(0);
        assertEquals("video", track.kind());
        assertEquals(MediaStreamTrackState.LIVE, track.readyState());
        assertTrue(stream.active());
        MediaTrackSettings s = track.getSettings();
        assertTrue(s.width().isPresent() && s.height().isPresent() && s.frameRate().isPresent(), s.toString());
        assertTrue(s.deviceId().isPresent());
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 4)) {
            long lastTs = Long.MIN_VALUE;
            for (int i = 0; i < 10; i++) {
                try (MediaFrame f = p.read(Duration.ofSeconds(5))) {
                    assertNotNull(f, "frame " + i + " within 5 s");
                    VideoFrame v = assertInstanceOf(VideoFrame.class, f);
                    assertEquals(s.width().getAsLong(), v.codedWidth());
                    assertEquals(s.height().getAsLong(), v.codedHeight());
                    assertTrue(v.timestamp() > lastTs, "timestamps increase");
                    lastTs = v.timestamp();
                }
            }
        } finally {
            track.stop();
        }
    }

    @Test
    void audioTrackDeliversNonSilentAudioAtItsSampleRate() throws Exception {
        requireKind(MediaDeviceKind.AUDIOINPUT);
        MediaStreamTrack track = open(MediaDeviceKind.AUDIOINPUT);
        assertEquals("audio", track.kind());
        long rate = track.getSettings().sampleRate().orElseThrow();
        long channels = track.getSettings().channelCount().orElseThrow();
        float[] all = new float[(int) rate];
        int have = 0;
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 100)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (have < rate / 2 && System.nanoTime() < deadline) {
                try (MediaFrame f = p.read(Duration.ofSeconds(2))) {
                    if (f == null) {
                        continue;
                    }
                    AudioData a = assertInstanceOf(AudioData.class, f);
                    assertEquals(rate, Math.round(a.sampleRate()));
                    assertEquals(channels, a.numberOfChannels());
                    float[] ch0 = new float[a.numberOfFrames()];
                    a.copyTo(ch0, 0);
                    int n = Math.min(ch0.length, all.length - have);
                    System.arraycopy(ch0, 0, all, have, n);
                    have += n;
                }
            }
        } finally {
            track.stop();
        }
        assertTrue(have >= rate / 2, "half a second of audio within 10 s, got " + have + " frames");
        assertTrue(Signals.rms(all, have) > 0.01, "not silence");
    }

    @Test
    void audioProcessingCapabilitiesAndSettingsAreHonest() {
        requireKind(MediaDeviceKind.AUDIOINPUT);
        MediaStreamTrack track = open(MediaDeviceKind.AUDIOINPUT);
        try {
            var caps = track.getCapabilities();
            MediaTrackSettings settings = track.getSettings();
            if (offersAudioProcessing()) {
                assertEquals(List.of(true, false, "all", "remote-only"), caps.echoCancellation());
                assertEquals(List.of(true, false), caps.voiceIsolation());
            } else {
                assertEquals(List.of(false), caps.echoCancellation(), "no echo cancellation to offer: " + caps);
                assertEquals(List.of(false), caps.voiceIsolation(), "no voice isolation to offer: " + caps);
            }
            assertTrue(caps.echoCancellation().contains(settings.echoCancellation().orElseThrow()), settings.toString());
            assertTrue(caps.voiceIsolation().contains(settings.voiceIsolation().orElseThrow()), settings.toString());
            assertTrue(devices.getSupportedConstraints().voiceIsolation());
        } finally {
            track.stop();
        }
    }

    @Test
    void stopEndsSynchronouslyWithoutEndedEventAndReleases() throws Exception {
        MediaStream stream = Await.result(devices.getUserMedia(Map.of(anyKind().trackKind(), constraintsFor(anyKind()))));
        MediaStreamTrack track = stream.getTracks().get(0);
        AtomicInteger ended = new AtomicInteger();
        track.setOnended(e -> ended.incrementAndGet());
        MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2);
        track.stop();
        assertEquals(MediaStreamTrackState.ENDED, track.readyState());
        assertFalse(stream.active());
        MediaFrame leftover;
        while ((leftover = p.read(Duration.ofMillis(200))) != null) {
            leftover.close();
        }
        assertTrue(p.isDone());
        Thread.sleep(300);
        assertEquals(0, ended.get(), "stop() fires no ended event");
        MediaTrackSettings s = track.getSettings();
        assertTrue(s.deviceId().isPresent());
        assertTrue(s.width().isEmpty() && s.sampleRate().isEmpty(), "an ended track reports only identity settings: " + s);
        beforeReopen();
        // The device is free again: it opens at once and delivers.
        MediaStreamTrack again = open(anyKind());
        try (MediaStreamTrackProcessor p2 = new MediaStreamTrackProcessor(again, 2);
             MediaFrame f = p2.read(Duration.ofSeconds(5))) {
            assertNotNull(f, "the reopened device delivers");
        } finally {
            again.stop();
        }
    }

    @Test
    void cloneIsIndependentOnTheSameSource() throws Exception {
        MediaStreamTrack track = open(anyKind());
        MediaStreamTrack copy = track.clone();
        assertNotEquals(track.id(), copy.id());
        assertEquals(track.label(), copy.label());
        assertEquals(track.getSettings(), copy.getSettings());
        track.stop();
        assertEquals(MediaStreamTrackState.LIVE, copy.readyState());
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(copy, 2);
             MediaFrame f = p.read(Duration.ofSeconds(5))) {
            assertNotNull(f, "the clone still gets frames after the original stopped");
        } finally {
            copy.stop();
        }
    }

    @Test
    void unknownDeviceIdIsOverconstrained() {
        Throwable e = Await.failure(devices.getUserMedia(
                Map.of(anyKind().trackKind(), Map.of("deviceId", Map.of("exact", "no-such-device")))));
        OverconstrainedError o = assertInstanceOf(OverconstrainedError.class, e);
        assertEquals("deviceId", o.constraint());
    }

    @Test
    void closingMediaDevicesEndsTracksWithEvent() throws Exception {
        MediaStreamTrack track = open(anyKind());
        CountDownLatch ended = new CountDownLatch(1);
        track.setOnended(e -> ended.countDown());
        devices.close();
        assertTrue(ended.await(5, TimeUnit.SECONDS), "ended fired on close");
        assertEquals(MediaStreamTrackState.ENDED, track.readyState());
        devices = null;
    }

    @Test
    void applyConstraintsChangesTheFrameSize() throws Exception {
        requireKind(MediaDeviceKind.VIDEOINPUT);
        MediaStreamTrack track = open(MediaDeviceKind.VIDEOINPUT);
        try {
            Await.result(track.applyConstraints(io.mediacapture.MediaTrackConstraints.fromMap(
                    Map.of("width", Map.of("exact", 320), "height", Map.of("exact", 240)))));
            assertEquals(320, track.getSettings().width().getAsLong());
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 1)) {
                VideoFrame f = null;
                for (int i = 0; i < 5; i++) { // frames already on their way may have the old size
                    if (f != null) {
                        f.close();
                    }
                    f = (VideoFrame) p.read(Duration.ofSeconds(5));
                    assertNotNull(f);
                }
                assertEquals(320, f.codedWidth());
                assertEquals(240, f.codedHeight());
                f.close();
            }
        } finally {
            track.stop();
        }
    }

    @Test
    void noKindRequestedIsATypeError() {
        Throwable e = Await.failure(devices.getUserMedia(Map.of()));
        assertInstanceOf(IllegalArgumentException.class, e);
    }
}
