package io.mediacapture.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke tests of the console examples, run as a reader of the README would (their main method, with a time limit),
 * on the fake devices ({@code -Dio.mediacapture.backend=fake}). The viewers need a display: ViewersTest.
 */
@Timeout(60)
class ExamplesTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream stdout;

    @TempDir
    Path dir;

    @BeforeEach
    void captureOutputAndUseTheFakeDevices() {
        stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setProperty("io.mediacapture.backend", "fake");
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.clearProperty("io.mediacapture.backend");
        stdout.print(output());
    }

    @Test
    void devicesListsAndSeesTheFakeUsbCameraComeAndGo() throws Exception {
        Devices.main(new String[] {"--fake", "--seconds", "1"});
        String o = output();
        assertTrue(o.startsWith("devices:\n"), o);
        assertTrue(o.contains("videoinput  Fake Camera"), o);
        assertTrue(o.contains("plugged in: USB Camera"), o);
        assertEquals(2, o.split("devicechange:", -1).length - 1, "plugged in, then out: " + o);
    }

    @Test
    void microphoneLevelShowsTheFakeTone() throws Exception {
        MicrophoneLevel.main(new String[] {"--seconds", "1"});
        Matcher m = Pattern.compile("(-?\\d+\\.\\d) dBFS \\|#+").matcher(output());
        int lines = 0;
        while (m.find()) {
            double db = Double.parseDouble(m.group(1));
            // the fake microphone's 440 Hz tone with its beep: well above silence, below full scale
            assertTrue(db > -30 && db < -3, "level " + db + " dBFS");
            lines++;
        }
        assertTrue(lines >= 5, "about ten levels a second: " + output());
    }

    @Test
    void recordWritesPlayableY4mAndWav() throws Exception {
        Record.main(new String[] {dir.toString(), "--seconds", "1.5"});
        Path y4m = dir.resolve("capture.y4m");
        byte[] head = new byte[64];
        try (var in = Files.newInputStream(y4m)) {
            in.readNBytes(head, 0, head.length);
        }
        String header = new String(head, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("YUV4MPEG2 W640 H480 F30:1 Ip A1:1 C420jpeg\nFRAME\n"), header);
        long frameBytes = "FRAME\n".length() + 640L * 480 * 3 / 2;
        long frames = (Files.size(y4m) - header.indexOf("FRAME")) / frameBytes;
        assertEquals(0, (Files.size(y4m) - header.indexOf("FRAME")) % frameBytes, "whole frames");
        assertTrue(frames >= 20, "1.5 s at 30 fps: " + frames + " frames");

        AudioFileFormat wav = AudioSystem.getAudioFileFormat(dir.resolve("capture.wav").toFile());
        assertEquals(AudioFileFormat.Type.WAVE, wav.getType());
        assertEquals(48_000, wav.getFormat().getSampleRate());
        assertEquals(72_000, wav.getFrameLength(), "1.5 s at 48 kHz");
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
