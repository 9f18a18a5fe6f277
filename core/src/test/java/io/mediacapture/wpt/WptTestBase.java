package io.mediacapture.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.mediacapture.MediaDeviceInfo;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.VideoFrame;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every ported web-platform-tests case shares: a fresh set of the default fake devices per test (the
 * WPT harness runs each file in a fresh page), the JavaScript calls spelled as Java, and cleanup of every
 * track a test opened (WPT's {@code t.add_cleanup(() => track.stop())}).
 */
public abstract class WptTestBase {
    protected FakeDevices fakes;
    protected MediaDevices devices;
    private final List<MediaStreamTrack> opened = new ArrayList<>();

    @BeforeEach
    protected void openFakeDevices() {
        fakes = FakeDevices.defaults();
        devices = MediaDevices.fake(fakes);
    }

    @AfterEach
    protected void closeFakeDevices() {
        for (MediaStreamTrack t : opened) {
            t.stop();
        }
        devices.close();
    }

    /** {@code await navigator.mediaDevices.getUserMedia(constraints)}; fails the test if it rejects. */
    protected MediaStream getUserMedia(Map<String, ?> constraints) {
        MediaStream s = Await.result(devices.getUserMedia(constraints));
        opened.addAll(s.getTracks());
        return s;
    }

    /** The error getUserMedia rejects with, asserted to be of {@code type}. */
    protected <T extends Throwable> T getUserMediaRejects(Class<T> type, Map<String, ?> constraints) {
        CompletableFuture<MediaStream> f = devices.getUserMedia(constraints);
        f.thenAccept(s -> opened.addAll(s.getTracks()));
        return assertInstanceOf(type, Await.failure(f), "getUserMedia(" + constraints + ") rejects with");
    }

    /** Asserts that {@code f} rejects with OverconstrainedError naming {@code constraint}. */
    protected static OverconstrainedError assertOverconstrained(CompletableFuture<?> f, String constraint) {
        OverconstrainedError e = assertInstanceOf(OverconstrainedError.class, Await.failure(f));
        assertEquals("OverconstrainedError", e.name());
        assertEquals(constraint, e.constraint(), "error.constraint");
        return e;
    }

    protected List<MediaDeviceInfo> enumerateDevices() {
        return Await.result(devices.enumerateDevices());
    }

    /** A JavaScript object literal: keys and values alternate; insertion order kept. */
    protected static Map<String, Object> js(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /**
     * Reads one video frame of the track and returns its size as {width, height}: the Java counterpart of
     * playing the stream in a {@code <video>} element and reading {@code videoWidth}/{@code videoHeight}.
     */
    protected static long[] frameSize(MediaStreamTrack track) {
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(track, 2);
             MediaFrame f = read(p, Duration.ofSeconds(10))) {
            assertNotNull(f, "a frame of " + track + " within 10 s");
            VideoFrame v = assertInstanceOf(VideoFrame.class, f);
            return new long[] {v.codedWidth(), v.codedHeight()};
        }
    }

    /** {@link MediaStreamTrackProcessor#read}, turning an interrupt into a test failure. */
    protected static MediaFrame read(MediaStreamTrackProcessor p, Duration timeout) {
        try {
            return p.read(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a frame", e);
        }
    }
}
