package io.mediacapture.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.DOMException;
import io.mediacapture.MediaDevices;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.Signals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audio graph against the fake microphone (a 440 Hz tone at amplitude 0.3). */
class AudioNodesTest {
    MediaDevices devices;
    AudioContext context;

    @BeforeEach
    void open() {
        devices = MediaDevices.fake();
        context = new AudioContext(AudioContextOptions.builder().sinkId("none").build());
    }

    @AfterEach
    void close() {
        context.close();
        devices.close();
    }

    private MediaStreamTrack microphone(Object constraints) {
        return Await.result(devices.getUserMedia(Map.of("audio", constraints))).getAudioTracks().get(0);
    }

    private static float[] timeDomain(AnalyserNode a) {
        float[] x = new float[a.fftSize()];
        a.getFloatTimeDomainData(x);
        return x;
    }

    @Test
    void toneThroughSourceNodeAndAnalyserPeaksAt440Hz() throws Exception {
        MediaStreamTrack mic = microphone(true);
        MediaStreamTrackAudioSourceNode source = context.createMediaStreamTrackSource(mic);
        assertEquals(0, source.numberOfInputs());
        assertEquals(1, source.numberOfOutputs());
        assertSame(mic, source.mediaStreamTrack());
        AnalyserNode analyser = context.createAnalyser();
        analyser.setFftSize(4096);
        analyser.setSmoothingTimeConstant(0);
        source.connect(analyser);
        Thread.sleep(700);
        float[] spectrum = new float[analyser.frequencyBinCount()];
        analyser.getFloatFrequencyData(spectrum);
        int peak = 1;
        for (int k = 1; k < spectrum.length; k++) {
            if (spectrum[k] > spectrum[peak]) {
                peak = k;
            }
        }
        double binHz = context.sampleRate() / 4096.0;
        assertEquals(440, analyser.binFrequency(peak), binHz, "spectrum peak");
        float[] x = timeDomain(analyser);
        assertEquals(440, Signals.dominantFrequency(x, x.length, context.sampleRate(), 300, 600, 5), 5);
        assertTrue(context.currentTime() > 0.5, "currentTime advances: " + context.currentTime());
    }

    @Test
    void sourceNodeChannelCountFollowsTheTrack() {
        MediaStreamTrack mono = microphone(true);
        MediaStreamTrack stereo = microphone(Map.of("channelCount", 2));
        assertEquals(1, context.createMediaStreamTrackSource(mono).channelCount());
        assertEquals(2, new MediaStreamTrackAudioSourceNode(context, new MediaStreamTrackAudioSourceOptions(stereo)).channelCount());
    }

    @Test
    void aVideoTrackIsAnInvalidStateError() {
        MediaStreamTrack video = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
        DOMException e = assertThrows(DOMException.class, () -> context.createMediaStreamTrackSource(video));
        assertEquals("InvalidStateError", e.name());
        DOMException none = assertThrows(DOMException.class,
                () -> context.createMediaStreamSource(new MediaStream(List.of(video))));
        assertEquals("InvalidStateError", none.name());
    }

    @Test
    void streamSourceNodeTakesTheAudioTrackWithTheLowestId() {
        MediaStreamTrack a = microphone(true);
        MediaStreamTrack b = a.clone();
        MediaStreamTrack first = a.id().compareTo(b.id()) < 0 ? a : b;
        MediaStreamAudioSourceNode node = context.createMediaStreamSource(new MediaStream(List.of(a, b)));
        assertSame(first, node.mediaStreamTrack());
    }

    @Test
    void disabledAndStoppedTracksGiveSilence() throws Exception {
        MediaStreamTrack mic = microphone(true);
        AnalyserNode analyser = context.createAnalyser();
        context.createMediaStreamTrackSource(mic).connect(analyser);
        Thread.sleep(400);
        float[] x = timeDomain(analyser);
        assertTrue(Signals.rms(x, x.length) > 0.15, "tone while enabled: " + Signals.rms(x, x.length));
        mic.setEnabled(false);
        Thread.sleep(400);
        x = timeDomain(analyser);
        assertEquals(0, Signals.rms(x, x.length), 1e-6, "silence while disabled");
        mic.setEnabled(true);
        Thread.sleep(400);
        x = timeDomain(analyser);
        assertTrue(Signals.rms(x, x.length) > 0.15, "tone again");
        mic.stop();
        Thread.sleep(300);
        x = timeDomain(analyser);
        assertEquals(0, Signals.rms(x, x.length), 1e-6, "silence after stop, no stale samples");
    }

    @Test
    void destinationStreamIsALiveTrackCarryingTheProcessedSignal() throws Exception {
        MediaStreamTrack mic = microphone(true);
        MediaStreamTrackAudioSourceNode source = context.createMediaStreamTrackSource(mic);
        AudioProcessorNode half = context.createProcessor((channels, time) -> {
            for (float[] ch : channels) {
                for (int i = 0; i < ch.length; i++) {
                    ch[i] *= 0.5f;
                }
            }
        });
        MediaStreamAudioDestinationNode out = context.createMediaStreamDestination();
        assertEquals(0, out.numberOfOutputs());
        source.connect(half).connect(out);
        MediaStreamTrack processed = out.stream().getAudioTracks().get(0);
        assertEquals("audio", processed.kind());
        assertEquals(MediaStreamTrackState.LIVE, processed.readyState());
        assertEquals(context.sampleRate(), processed.getSettings().sampleRate().orElseThrow(), 0);
        float[] samples = new float[24000];
        int n = 0;
        try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(processed, 1000)) {
            Thread.sleep(300); // let the jitter buffer fill
            while (p.read(Duration.ZERO) instanceof MediaFrame f) {
                f.close(); // skip the start-up
            }
            while (n < samples.length) {
                try (AudioData d = (AudioData) p.read(Duration.ofSeconds(5))) {
                    assertNotNull(d, "processed audio keeps coming");
                    float[] ch = new float[d.numberOfFrames()];
                    d.copyTo(ch, 0);
                    int take = Math.min(ch.length, samples.length - n);
                    System.arraycopy(ch, 0, samples, n, take);
                    n += take;
                }
            }
        }
        assertEquals(440, Signals.dominantFrequency(samples, n, context.sampleRate(), 300, 600, 5), 5);
        double rms = Signals.rms(samples, n);
        assertEquals(0.3 * 0.5 / Math.sqrt(2), rms, 0.02, "half the tone's level");
        context.close();
        Thread.sleep(200);
        assertEquals(MediaStreamTrackState.ENDED, processed.readyState(), "the track ends with its context");
    }

    @Test
    void withoutASoundCardTheOutputReportsItsAbsence() throws Exception {
        SystemAudioOutput probe = SystemAudioOutput.probe(48000, 2);
        try (AudioContext ctx = new AudioContext()) {
            assertEquals(AudioContextState.RUNNING, ctx.state());
            assertNotNull(ctx.output());
            assertEquals(probe.available(), ctx.output().available());
            if (!probe.available()) {
                assertFalse(ctx.isPlaying());
                assertFalse(probe.reason().isEmpty(), "a reason is given");
                assertTrue(probe.mixerName().isEmpty());
                System.out.println("system audio output: " + probe.reason());
            } else {
                // With the PipeWire rig up, ALSA's "default" is a PipeWire PCM: an output exists.
                System.out.println("system audio output present: " + probe.mixerName());
            }
        }
        // With no output (sinkId "none", as without a sound card) the context renders on the system clock.
        try (AudioContext ctx = new AudioContext(AudioContextOptions.builder().sinkId("none").build())) {
            assertFalse(ctx.isPlaying());
            Await.until(() -> ctx.currentTime() > 0.05, java.time.Duration.ofSeconds(5), "rendering on the system clock");
            assertEquals(0, ctx.currentTime() * ctx.sampleRate() % AudioContext.RENDER_QUANTUM_SIZE, 1e-6);
            ctx.close();
            assertEquals(AudioContextState.CLOSED, ctx.state());
            double stopped = ctx.currentTime();
            Thread.sleep(50);
            assertEquals(stopped, ctx.currentTime(), "no rendering after close");
        }
        assertThrows(DOMException.class, () -> new AudioContext(AudioContextOptions.builder().sampleRate(100).build()));
    }

    @Test
    void upAndDownMixingFollowTheSpeakerRules() {
        float[][] mono = {{1, 1}};
        float[][] stereo = new float[2][2];
        ChannelMixer.mixInto(mono, stereo, 2, ChannelInterpretation.SPEAKERS);
        assertEquals(1, stereo[1][0]);
        float[][] six = new float[6][2];
        ChannelMixer.mixInto(mono, six, 2, ChannelInterpretation.SPEAKERS);
        assertEquals(1, six[2][0], "mono goes to the centre of 5.1");
        assertEquals(0, six[0][0]);
        float[][] down = new float[1][2];
        ChannelMixer.mixInto(new float[][] {{1, 1}, {0, 0}}, down, 2, ChannelInterpretation.SPEAKERS);
        assertEquals(0.5, down[0][0], 1e-6);
        float[][] discrete = new float[1][2];
        ChannelMixer.mixInto(new float[][] {{1, 1}, {1, 1}}, discrete, 2, ChannelInterpretation.DISCRETE);
        assertEquals(1, discrete[0][0], 1e-6, "discrete drops the extra channel");
        AnalyserNode a = context.createAnalyser();
        assertThrows(DOMException.class, () -> a.setChannelCount(0));
        assertThrows(DOMException.class, () -> a.setFftSize(1000));
    }
}
