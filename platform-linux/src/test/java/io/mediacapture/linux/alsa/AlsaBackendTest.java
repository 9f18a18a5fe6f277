package io.mediacapture.linux.alsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.DOMException;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaDevices;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.PullSource;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.testing.Await;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ALSA backend through the SPI, on the file-plugin PCMs of {@link AlsaTestConfig}: bad input and capture mechanics. */
class AlsaBackendTest {
    private static AlsaTestConfig config;
    private final AtomicInteger changes = new AtomicInteger();
    private Backend backend;

    @BeforeAll
    static void install() {
        config = AlsaTestConfig.install();
    }

    @BeforeEach
    void openBackend() throws BackendException {
        backend = new AlsaBackendProvider().open(new BackendContext() {
            @Override
            public void devicesChanged() {
                changes.incrementAndGet();
            }

            @Override
            public System.Logger logger(String component) {
                return System.getLogger("io.mediacapture.test." + component);
            }
        });
    }

    @AfterEach
    void closeBackend() {
        backend.close();
    }

    @Test
    void providerIsTheAudioFallbackBehindPipeWire() {
        AlsaBackendProvider p = new AlsaBackendProvider();
        assertEquals("alsa", p.name());
        assertEquals(Set.of(MediaDeviceKind.AUDIOINPUT), p.kinds());
        assertEquals(50, p.priority());
        assertTrue(p.availability().isAvailable(), p.availability().toString());
        try (MediaDevices md = MediaDevices.withBackends("alsa")) {
            assertTrue(md.backends().stream().anyMatch(s -> s.name().equals("alsa") && s.active()), md.backends().toString());
        }
    }

    @Test
    void listsHintedCapturePcmsWithProbedCapabilities() throws BackendException {
        List<DeviceDescriptor> ds = backend.devices();
        DeviceDescriptor tone = ds.stream().filter(d -> d.deviceId().equals(AlsaTestConfig.TONE_PCM)).findFirst()
                .orElseThrow(() -> new AssertionError("tone PCM listed: " + ds));
        assertEquals("Mediacapture test tone (file plugin)", tone.label());
        assertEquals(MediaDeviceKind.AUDIOINPUT, tone.kind());
        assertTrue(tone.audio().formats().containsAll(Set.of(AudioSampleFormat.S16, AudioSampleFormat.F32)), tone.audio().toString());
        assertEquals(48_000, tone.audio().defaultSampleRate());
        assertTrue(tone.audio().minSampleRate() <= 8_000 && tone.audio().maxSampleRate() >= 96_000, tone.audio().toString());
        assertTrue(ds.stream().noneMatch(d -> d.deviceId().equals("null")), "the null PCM is no microphone: " + ds);
        assertEquals(1, ds.stream().filter(DeviceDescriptor::systemDefault).count(), "one default: " + ds);
    }

    @Test
    void unknownPcmNameIsNotFound() {
        BackendException e = assertThrows(BackendException.class, () -> backend.open(
                descriptor("mediacapture_no_such_pcm"), mono(AudioSampleFormat.S16), new RecordingSink()));
        assertEquals(BackendException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains("mediacapture_no_such_pcm"), e.getMessage());
    }

    @Test
    void aPcmThatVanishedAfterEnumerationIsNotFoundError() throws Exception {
        try (MediaDevices md = MediaDevices.withBackends("alsa")) {
            assertTrue(Await.result(md.enumerateDevices()).stream()
                    .anyMatch(d -> d.deviceId().equals(AlsaTestConfig.VANISHING_PCM)));
            Files.delete(config.vanishingInput); // the file plugin can no longer open its input
            Throwable t = Await.failure(md.getUserMedia(Map.of("audio",
                    Map.of("deviceId", Map.of("exact", AlsaTestConfig.VANISHING_PCM)))));
            DOMException d = assertInstanceOf(DOMException.class, t);
            assertEquals("NotFoundError", d.name(), d.toString());
            assertTrue(d.getMessage().contains(AlsaTestConfig.VANISHING_PCM), d.getMessage());
        } finally {
            config.restoreVanishingInput();
        }
    }

    @Test
    void planarFormatIsUnsupportedNamingSampleSize() {
        BackendException e = assertThrows(BackendException.class, () -> backend.open(
                descriptor(AlsaTestConfig.TONE_PCM), mono(AudioSampleFormat.F32_PLANAR), new RecordingSink()));
        assertEquals(BackendException.Kind.UNSUPPORTED_CONFIGURATION, e.kind());
        assertTrue(e.getMessage().startsWith("sampleSize"), e.getMessage());
    }

    @Test
    void pullDeliversTheToneInTheNegotiatedFormat() throws Exception {
        RecordingSink sink = new RecordingSink();
        PullSource s = (PullSource) backend.open(descriptor(AlsaTestConfig.TONE_PCM), mono(AudioSampleFormat.F32), sink);
        try {
            s.start();
            for (int i = 0; i < 50 && sink.frames() < 4_800; i++) {
                assertTrue(s.pull(TimeUnit.MILLISECONDS.toNanos(100)));
            }
        } finally {
            s.close();
        }
        assertTrue(sink.frames() >= 4_800, "0.1 s of audio, got " + sink.frames());
        AudioData first = sink.data.get(0);
        assertEquals(AudioSampleFormat.F32, first.format());
        assertEquals(48_000, Math.round(first.sampleRate()));
        assertEquals(1, first.numberOfChannels());
        float[] samples = new float[first.numberOfFrames()];
        first.copyTo(samples, 0);
        assertEquals(440, io.mediacapture.testing.Signals.dominantFrequency(samples, samples.length, 48_000, 100, 2_000, 5), 15);
        sink.data.forEach(AudioData::close);
    }

    @Test
    void closeFromAnotherThreadWakesAWaitingPullAndStopsDelivery() throws Exception {
        RecordingSink sink = new RecordingSink();
        PullSource s = (PullSource) backend.open(descriptor(AlsaTestConfig.TONE_PCM), mono(AudioSampleFormat.S16), sink);
        s.start();
        AtomicInteger pulls = new AtomicInteger();
        Thread puller = Thread.ofPlatform().start(() -> {
            while (s.pull(TimeUnit.SECONDS.toNanos(30))) {
                pulls.incrementAndGet();
            }
        });
        Thread.sleep(200);
        long t0 = System.nanoTime();
        s.close();
        int after = sink.data.size();
        puller.join(2_000);
        assertFalse(puller.isAlive(), "pull returned after close()");
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "close did not wait for the 30 s pull timeout");
        assertEquals(after, sink.data.size(), "nothing delivered after close() returned");
        assertFalse(s.pull(TimeUnit.SECONDS.toNanos(30)), "pull after close returns false at once");
        assertTrue(pulls.get() > 0);
        sink.data.forEach(AudioData::close);
        s.close(); // idempotent
    }

    @Test
    void closeWakesAPullThatWaitsOnTheStopDescriptor() throws Exception {
        PullSource s = (PullSource) backend.open(descriptor(AlsaTestConfig.TONE_PCM), mono(AudioSampleFormat.S16),
                new RecordingSink());
        // Not started: pull only waits (on the eventfd), for up to 30 s.
        Thread puller = Thread.ofPlatform().start(() -> s.pull(TimeUnit.SECONDS.toNanos(30)));
        Thread.sleep(200);
        assertTrue(puller.isAlive(), "pull waits");
        long t0 = System.nanoTime();
        s.close();
        puller.join(2_000);
        assertFalse(puller.isAlive(), "close() woke the waiting pull");
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
    }

    private static DeviceDescriptor descriptor(String pcm) {
        return DeviceDescriptor.microphone(pcm, pcm, "test", false, new io.mediacapture.spi.AudioCapabilities(
                8_000, 96_000, 48_000, 1, 2, Set.of(AudioSampleFormat.S16), 0.001, 1, List.of(false)));
    }

    private static SourceConfig.Audio mono(AudioSampleFormat f) {
        return new SourceConfig.Audio(48_000, 1, f, 0.01, false, false, false);
    }

    /** Keeps what a source delivers. */
    static final class RecordingSink implements SourceSink {
        final List<AudioData> data = new CopyOnWriteArrayList<>();
        final List<BackendException> ends = new CopyOnWriteArrayList<>();
        final List<Boolean> mutes = new CopyOnWriteArrayList<>();

        int frames() {
            return data.stream().mapToInt(AudioData::numberOfFrames).sum();
        }

        @Override
        public void deliver(VideoFrame frame) {
            frame.close();
            throw new AssertionError("video from an audio source");
        }

        @Override
        public void deliver(AudioData d) {
            data.add(d);
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer buffer, long length, int width, int height,
                                      long timestamp, long duration) {
            buffer.release();
        }

        @Override
        public void muted(boolean muted) {
            mutes.add(muted);
        }

        @Override
        public void ended(BackendException reason) {
            ends.add(reason);
        }
    }
}
