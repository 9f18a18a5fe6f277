package io.mediacapture.examples;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.audio.AnalyserNode;
import io.mediacapture.audio.AudioContext;
import io.mediacapture.audio.AudioContextOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A microphone level meter, as on a web page: the microphone into a Web Audio {@link AnalyserNode}, whose
 * time-domain samples give the level (RMS, in dBFS) ten times a second.
 *
 * <pre>examples/run MicrophoneLevel [--seconds N]</pre>
 */
public final class MicrophoneLevel {
    public static void main(String[] args) throws Exception {
        ExampleArgs a = new ExampleArgs(args);
        long end = System.nanoTime() + a.seconds(Duration.ofDays(365)).toNanos();
        try (MediaDevices devices = MediaDevices.system();
             // sinkId "none": render the graph without playing it to the speakers
             AudioContext context = new AudioContext(AudioContextOptions.builder().sinkId("none").build())) {
            MediaStream stream = devices.getUserMedia(Map.of("audio", true)).join();
            MediaStreamTrack mic = stream.getAudioTracks().getFirst();
            System.out.println("microphone: " + mic.label() + " " + mic.getSettings().toMap());

            AnalyserNode analyser = context.createAnalyser();
            analyser.setFftSize(2048);
            context.createMediaStreamTrackSource(mic).connect(analyser);

            float[] samples = new float[analyser.fftSize()];
            while (System.nanoTime() < end && mic.readyState().toString().equals("live")) {
                Thread.sleep(100);
                analyser.getFloatTimeDomainData(samples);
                double sum = 0;
                for (float s : samples) {
                    sum += s * s;
                }
                double rms = Math.sqrt(sum / samples.length);
                double db = 20 * Math.log10(Math.max(rms, 1e-6));
                int bar = (int) Math.max(0, Math.round((db + 60) / 60 * 50)); // -60..0 dBFS -> 0..50 characters
                System.out.printf(Locale.ROOT, "%6.1f dBFS |%-50s|%n", db, "#".repeat(Math.min(bar, 50)));
            }
            mic.stop();
        }
    }
}
