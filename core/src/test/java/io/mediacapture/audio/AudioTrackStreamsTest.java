package io.mediacapture.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaDevices;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.Signals;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import org.junit.jupiter.api.Test;

class AudioTrackStreamsTest {

    @Test
    void audioInputStreamReadsTheToneInTheAskedFormat() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack mic = Await.result(devices.getUserMedia(Map.of("audio", true))).getAudioTracks().get(0);
            AudioFormat format = new AudioFormat(16000, 16, 2, true, true); // big-endian stereo, resampled
            byte[] bytes = new byte[16000 * 4 / 2]; // 0.5 s
            try (AudioInputStream in = AudioTrackStreams.toAudioInputStream(mic, format)) {
                assertEquals(format, in.getFormat());
                int n = in.readNBytes(bytes, 0, bytes.length);
                assertEquals(bytes.length, n);
            }
            float[] left = new float[bytes.length / 4];
            for (int i = 0; i < left.length; i++) {
                left[i] = (short) ((bytes[4 * i] << 8) | (bytes[4 * i + 1] & 0xFF)) / 32768f;
            }
            assertEquals(440, Signals.dominantFrequency(left, left.length, 16000, 300, 600, 5), 5);
            assertTrue(Signals.rms(left, left.length) > 0.15, "the tone's level");
            mic.stop();
        }
    }

    @Test
    void readsEndWhenTheTrackEnds() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack mic = Await.result(devices.getUserMedia(Map.of("audio", true))).getAudioTracks().get(0);
            AudioInputStream in = AudioTrackStreams.toAudioInputStream(mic, new AudioFormat(48000, 16, 1, true, false));
            assertTrue(in.read(new byte[960]) > 0);
            mic.stop();
            byte[] rest = in.readAllBytes(); // drains, then -1 rather than blocking
            assertTrue(rest.length < 48000 * 2, "only what was buffered");
        }
    }

    @Test
    void unsupportedFormatsAndVideoTracksAreRejected() {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack mic = Await.result(devices.getUserMedia(Map.of("audio", true))).getAudioTracks().get(0);
            AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AudioTrackStreams.toAudioInputStream(mic, ulaw));
            assertTrue(e.getMessage().contains("ULAW"), e.getMessage());
            MediaStreamTrack cam = Await.result(devices.getUserMedia(Map.of("video", true))).getVideoTracks().get(0);
            assertThrows(IllegalArgumentException.class,
                    () -> AudioTrackStreams.toAudioInputStream(cam, new AudioFormat(48000, 16, 1, true, false)));
        }
    }
}
