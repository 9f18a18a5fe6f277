package io.mediacapture.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.MediaStreamTrackEvent;
import io.mediacapture.MediaStreamTrackProcessor;
import io.mediacapture.MediaStreamTrackState;
import io.mediacapture.VideoFrame;
import io.mediacapture.testing.Await;
import io.mediacapture.testing.Signals;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaPlayerTest {
    @TempDir
    Path dir;

    /** A 4:2:0 Y4M file whose frame i has luma {@code firstLuma + i}. */
    static Path y4m(Path file, int w, int h, int frames, int firstLuma) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + w + " H" + h + " F30:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            byte[] luma = new byte[w * h];
            byte[] chroma = new byte[2 * ((w + 1) / 2) * ((h + 1) / 2)];
            java.util.Arrays.fill(chroma, (byte) 128);
            for (int i = 0; i < frames; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                java.util.Arrays.fill(luma, (byte) (firstLuma + i));
                out.write(luma);
                out.write(chroma);
            }
        }
        return file;
    }

    /** A mono 16-bit WAV of a sine tone. */
    static Path wav(Path file, int rate, double seconds, double hz) throws IOException {
        int n = (int) (rate * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * n).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * n);
        for (int i = 0; i < n; i++) {
            b.putShort((short) Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * hz * i / rate)));
        }
        Files.write(file, b.array());
        return file;
    }

    @Test
    void loadingANewSourceFiresRemovetrackAndAddtrackButAppChangesDoNot() throws Exception {
        try (MediaPlayer player = new MediaPlayer()) {
            player.load(y4m(dir.resolve("a.y4m"), 64, 48, 30, 50), wav(dir.resolve("a.wav"), 48000, 1, 440));
            MediaStream stream = player.captureStream();
            List<MediaStreamTrack> first = stream.getTracks();
            assertEquals(2, first.size());
            List<String> handler = new CopyOnWriteArrayList<>();
            List<String> listener = new CopyOnWriteArrayList<>();
            stream.setOnaddtrack(e -> handler.add("add " + e.track().id()));
            stream.setOnremovetrack(e -> handler.add("remove " + e.track().id()));
            stream.addEventListener("addtrack", e -> listener.add("add " + ((MediaStreamTrackEvent) e).track().id()));
            stream.addEventListener("removetrack", e -> listener.add("remove " + ((MediaStreamTrackEvent) e).track().id()));

            MediaStreamTrack video = stream.getVideoTracks().get(0);
            stream.removeTrack(video);
            stream.addTrack(video);
            Thread.sleep(200);
            assertEquals(List.of(), handler, "the application's own removeTrack/addTrack fire nothing");
            assertEquals(List.of(), listener);

            player.load(y4m(dir.resolve("b.y4m"), 32, 24, 30, 150), wav(dir.resolve("b.wav"), 44100, 1, 1000));
            Await.until(() -> listener.size() == 4 && handler.size() == 4, Duration.ofSeconds(5), "4 track events");
            List<MediaStreamTrack> second = stream.getTracks();
            assertEquals(2, second.size());
            for (MediaStreamTrack old : first) {
                assertTrue(handler.contains("remove " + old.id()), "removetrack for " + old);
                assertTrue(!second.contains(old));
            }
            for (MediaStreamTrack t : second) {
                assertTrue(handler.contains("add " + t.id()), "addtrack for " + t);
                assertEquals(MediaStreamTrackState.LIVE, t.readyState());
            }
            assertEquals(handler, listener, "handler and listeners see the same events in the same order");
            assertTrue(handler.get(0).startsWith("remove") && handler.get(1).startsWith("remove"), "removals first");
            Await.until(() -> first.stream().allMatch(t -> t.readyState() == MediaStreamTrackState.ENDED),
                    Duration.ofSeconds(5), "old tracks end");

            player.play();
            try (MediaStreamTrackProcessor pv = new MediaStreamTrackProcessor(stream.getVideoTracks().get(0), 5);
                 MediaStreamTrackProcessor pa = new MediaStreamTrackProcessor(stream.getAudioTracks().get(0), 100)) {
                try (VideoFrame f = (VideoFrame) pv.read(Duration.ofSeconds(5))) {
                    assertNotNull(f);
                    assertEquals(32, f.codedWidth());
                    int luma = f.byteAt(0, 3, 3);
                    assertTrue(luma >= 150 && luma < 180, "a frame of the new file, luma " + luma);
                }
                Thread.sleep(300);
                float[] samples = new float[44100];
                int n = 0;
                while (n < 8000) {
                    try (AudioData d = (AudioData) pa.read(Duration.ofSeconds(2))) {
                        assertNotNull(d, "audio keeps coming");
                        assertEquals(44100, d.sampleRate(), 0);
                        float[] ch = new float[d.numberOfFrames()];
                        d.copyTo(ch, 0);
                        System.arraycopy(ch, 0, samples, n, Math.min(ch.length, samples.length - n));
                        n += ch.length;
                    }
                }
                assertTrue(n >= 8000, "audio plays");
                assertEquals(1000, Signals.dominantFrequency(samples, n, 44100, 500, 1500, 10), 10);
            }
        }
    }

    @Test
    void badFilesAreRejectedWithTheReason() throws IOException {
        try (MediaPlayer player = new MediaPlayer()) {
            Path txt = Files.writeString(dir.resolve("x.txt"), "hello");
            assertThrows(IllegalArgumentException.class, () -> player.load(txt));
            Path bad = Files.writeString(dir.resolve("bad.y4m"), "YUV4MPEG2 W64 H48 F30:1 C444\nFRAME\n");
            IOException e = assertThrows(IOException.class, () -> player.load(bad));
            assertTrue(e.getMessage().contains("C444"), e.getMessage());
            Path notWav = Files.writeString(dir.resolve("bad.wav"), "RIFX....");
            assertThrows(IOException.class, () -> player.load(notWav));
        }
    }
}
