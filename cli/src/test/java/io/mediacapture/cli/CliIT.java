package io.mediacapture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the executable jar, run as a process on the fake devices: exit codes, the files it
 * writes (parsed, not just present) and the messages for bad input.
 */
class CliIT {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndStartsQuickly() throws Exception {
        JarRun.Result r = JarRun.run(Map.of(), "--help");
        assertEquals(0, r.exitCode(), r.toString());
        for (String c : List.of("devices", "watch", "capture", "snapshot", "stats", "preview", "controls", "--backend")) {
            assertTrue(r.out().contains(c), c + " in help:\n" + r);
        }
        System.out.println("mediacapture --help took " + r.millis() + " ms (JVM start included)");
    }

    @Test
    void devicesListsTheFakeDevicesWithCapabilities() throws Exception {
        JarRun.Result r = JarRun.fake("devices");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("fake"), r.toString());
        for (String s : List.of("\"Fake Microphone\"", "\"Fake Camera\"", "\"Fake Back Camera\"", "width", "1 .. 1920", "sampleRate")) {
            assertTrue(r.out().contains(s), s + " in:\n" + r);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void devicesJsonIsMachineReadable() throws Exception {
        JarRun.Result r = JarRun.fake("devices", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, Object> root = JSON.std.mapFrom(r.out());
        List<Map<String, Object>> devices = (List<Map<String, Object>>) root.get("devices");
        Map<String, Object> cam = devices.stream().filter(d -> "Fake Camera".equals(d.get("label"))).findFirst().orElseThrow();
        assertEquals("videoinput", cam.get("kind"));
        assertTrue(cam.get("deviceId") instanceof String id && !id.isEmpty(), cam.toString());
        Map<String, Object> width = (Map<String, Object>) ((Map<String, Object>) cam.get("capabilities")).get("width");
        assertEquals(1920, ((Number) width.get("max")).intValue(), cam.toString());
        List<Map<String, Object>> backends = (List<Map<String, Object>>) root.get("backends");
        assertTrue(backends.stream().anyMatch(b -> "fake".equals(b.get("name")) && Boolean.TRUE.equals(b.get("active"))), backends.toString());
    }

    @Test
    void watchShowsTheDevicesAndStopsWhenAsked() throws Exception {
        JarRun.Result r = JarRun.fake("watch", "--seconds", "1.5");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Present now:"), r.toString());
        assertTrue(r.out().contains("\"Fake Camera\""), r.toString());
        assertTrue(r.out().contains("Watching for device changes"), r.toString());
    }

    @Test
    void captureWritesThreeSecondsOfY4mAndWav() throws Exception {
        Path out = dir.resolve("rec");
        JarRun.Result r = JarRun.fake("capture", "--video", "--audio", "--seconds", "3", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        // Output is a pipe here, so the progress comes as plain lines, not carriage returns.
        assertTrue(r.out().contains("| video") && r.out().contains("dBFS"), r.toString());
        assertTrue(!r.out().contains("\r"), "no in-place updates when not on a terminal:\n" + r);

        byte[] y4m = Files.readAllBytes(out.resolve("capture.y4m"));
        int nl = indexOf(y4m, (byte) '\n', 0);
        String header = new String(y4m, 0, nl, StandardCharsets.US_ASCII);
        Matcher m = Pattern.compile("YUV4MPEG2 W(\\d+) H(\\d+) F30:1 Ip A1:1 C420jpeg").matcher(header);
        assertTrue(m.matches(), header);
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        assertEquals(640, w);
        assertEquals(480, h);
        int frameBytes = 6 + w * h * 3 / 2;
        int body = y4m.length - nl - 1;
        assertEquals(0, body % frameBytes, "the file is whole frames of " + frameBytes + " bytes");
        int frames = body / frameBytes;
        for (int i = 0; i < frames; i++) {
            assertEquals("FRAME\n", new String(y4m, nl + 1 + i * frameBytes, 6, StandardCharsets.US_ASCII), "frame " + i);
        }
        // 3 s at 30 fps; a loaded 2-core machine may lose a few frames, never gain them.
        assertTrue(frames >= 75 && frames <= 92, frames + " frames in 3 s\n" + r);

        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(out.resolve("capture.wav"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", ascii(wav, 0));
        assertEquals(wav.capacity() - 8, wav.getInt(4), "RIFF size patched");
        assertEquals("WAVE", ascii(wav, 8));
        assertEquals("fmt ", ascii(wav, 12));
        assertEquals(1, wav.getShort(20), "PCM");
        int channels = wav.getShort(22);
        int rate = wav.getInt(24);
        assertEquals(48000, rate);
        assertEquals(16, wav.getShort(34), "bits per sample");
        assertEquals(rate * channels * 2, wav.getInt(28), "byte rate");
        assertEquals("data", ascii(wav, 36));
        int data = wav.getInt(40);
        assertEquals(wav.capacity() - 44, data, "data size patched");
        double seconds = data / 2.0 / channels / rate;
        assertEquals(3.0, seconds, 0.1, "WAV length");
        int peak = 0;
        for (int i = 44; i + 1 < wav.capacity(); i += 2) {
            peak = Math.max(peak, Math.abs(wav.getShort(i)));
        }
        assertTrue(peak > 3000, "the fake microphone's tone is in the file (peak " + peak + ")");
    }

    @Test
    void captureOfAudioOnlyWritesNoVideo() throws Exception {
        Path out = dir.resolve("a");
        JarRun.Result r = JarRun.fake("capture", "--audio={\"channelCount\":2}", "--seconds", "1", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.exists(out.resolve("capture.wav")));
        assertTrue(!Files.exists(out.resolve("capture.y4m")));
        ByteBuffer wav = ByteBuffer.wrap(Files.readAllBytes(out.resolve("capture.wav"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(2, wav.getShort(22), "channelCount constraint honoured");
    }

    @Test
    void snapshotWritesAPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("photo.png");
        JarRun.Result r = JarRun.fake("snapshot", "--out", png.toString(), "--video={\"width\":{\"exact\":320},\"height\":{\"exact\":240}}");
        assertEquals(0, r.exitCode(), r.toString());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertNotNull(img, "decodes as PNG");
        assertEquals(320, img.getWidth());
        assertEquals(240, img.getHeight());
        // Below the code band the fake camera draws 8 colour bars: all of them show up along a row.
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < 320; x++) {
            colours.add(quantize(img.getRGB(x, 120)));
        }
        assertTrue(colours.size() >= 8, "colour bars in the photo: " + colours.size() + " colours");
    }

    @Test
    @SuppressWarnings("unchecked")
    void statsReportsRateAndLatency() throws Exception {
        JarRun.Result r = JarRun.fake("stats", "--seconds", "2", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, Object> s = JSON.std.mapFrom(r.out());
        assertEquals("video", s.get("kind"));
        assertEquals(640, ((Number) ((Map<String, Object>) s.get("settings")).get("width")).intValue());
        int frames = ((Number) s.get("frames")).intValue();
        assertTrue(frames >= 45 && frames <= 62, frames + " frames in 2 s");
        double rate = ((Number) s.get("rate")).doubleValue();
        assertEquals(30, rate, 4, "fps");
        Map<String, Object> lat = (Map<String, Object>) s.get("latencyMs");
        double p50 = ((Number) lat.get("p50")).doubleValue();
        assertTrue(p50 >= 0 && p50 < 100, "median latency " + p50 + " ms");
        JarRun.Result text = JarRun.fake("stats", "--audio", "--seconds", "1");
        assertEquals(0, text.exitCode(), text.toString());
        assertTrue(text.out().contains("Latency:") && text.out().contains("p99"), text.toString());
    }

    @Test
    void controlsListsTheCamerasControlsWithRangesAndValues() throws Exception {
        JarRun.Result r = JarRun.fake("controls", "--device", "Fake Camera");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("Controls of \"Fake Camera\""), r.toString());
        assertTrue(Pattern.compile("brightness\\s+0\\s+-64 \\.\\. 64 step 1").matcher(r.out()).find(), r.toString());
        assertTrue(Pattern.compile("focusMode\\s+continuous\\s+manual, continuous").matcher(r.out()).find(), r.toString());
        assertTrue(!r.out().contains("torch"), "the fake camera has no torch:\n" + r);
    }

    @Test
    @SuppressWarnings("unchecked")
    void controlsSetAppliesExactValuesAndReportsThemAsJson() throws Exception {
        JarRun.Result r = JarRun.fake("controls", "--device", "Back", "--set", "zoom=6", "--set", "focusMode=manual", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, Object> root = JSON.std.mapFrom(r.out());
        assertEquals("Fake Back Camera", root.get("label"));
        Map<String, Object> controls = (Map<String, Object>) root.get("controls");
        assertEquals(6.0, ((Number) ((Map<String, Object>) controls.get("zoom")).get("value")).doubleValue());
        assertEquals(Map.of("min", 1.0, "max", 8.0, "step", 0.5), ((Map<String, Object>) controls.get("zoom")).get("capability"));
        assertEquals("manual", ((Map<String, Object>) controls.get("focusMode")).get("value"));

        JarRun.Result out = JarRun.fake("controls", "--set", "brightness=500");
        assertEquals(1, out.exitCode(), out.toString());
        assertTrue(out.err().startsWith("OverconstrainedError: brightness"), out.toString());
        JarRun.Result unknown = JarRun.fake("controls", "--set", "hue=3");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("'hue' is not a camera control"), unknown.toString());
    }

    @Test
    void snapshotPhotoWritesAJpegThroughTakePhoto() throws Exception {
        Path jpg = dir.resolve("photo.jpg");
        // MEDIACAPTURE_LOG=FINE shows the encoder's debug line: on Linux platform-linux's libjpeg-turbo encoder wins
        JarRun.Result r = JarRun.run(Map.of("MEDIACAPTURE_LOG", "FINE"), "--backend", "fake", "snapshot", "--photo",
                "--skip", "1", "--out", jpg.toString(), "--video={\"width\":320,\"height\":240}");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("image/jpeg"), r.toString());
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(r.err().contains("JPEG by libjpeg-turbo"), "libjpeg-turbo made the photo: " + r);
        }
        byte[] bytes = Files.readAllBytes(jpg);
        assertEquals((byte) 0xFF, bytes[0]);
        assertEquals((byte) 0xD8, bytes[1], "a JPEG SOI marker");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(320, img.getWidth());
        JarRun.Result noPhoto = JarRun.fake("snapshot", "--out", dir.resolve("x.jpg").toString());
        assertEquals(2, noPhoto.exitCode(), "a .jpg needs --photo: " + noPhoto);
    }

    @Test
    void badJsonIsAUsageError() throws Exception {
        JarRun.Result r = JarRun.fake("snapshot", "--out", dir.resolve("x.png").toString(), "--video={\"width\":");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("bad JSON in --video"), r.toString());
        JarRun.Result typed = JarRun.fake("capture", "--video={\"width\":\"wide\"}", "--out", dir.toString());
        assertEquals(2, typed.exitCode(), typed.toString());
        assertTrue(typed.err().contains("TypeError") && typed.err().contains("width"), typed.toString());
        assertTrue(!Files.exists(dir.resolve("x.png")));
    }

    @Test
    void impossibleConstraintsNameTheConstraint() throws Exception {
        JarRun.Result r = JarRun.fake("snapshot", "--out", dir.resolve("x.png").toString(), "--video={\"width\":{\"exact\":5000}}");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("OverconstrainedError: width"), r.toString());
        JarRun.Result fps = JarRun.fake("capture", "--video={\"frameRate\":{\"min\":240}}", "--seconds", "1", "--out", dir.toString());
        assertEquals(1, fps.exitCode(), fps.toString());
        assertTrue(fps.err().startsWith("OverconstrainedError: frameRate"), fps.toString());
    }

    @Test
    void unknownDeviceListsTheDevices() throws Exception {
        JarRun.Result r = JarRun.fake("snapshot", "--out", dir.resolve("x.png").toString(), "--device", "Front Webcam");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("unknown device 'Front Webcam'"), r.toString());
        assertTrue(r.err().contains("\"Fake Camera\"") && r.err().contains("\"Fake Back Camera\""), r.toString());
        JarRun.Result byId = JarRun.fake("stats", "--seconds", "1", "--video={\"deviceId\":{\"exact\":\"no-such-id\"}}");
        assertEquals(1, byId.exitCode(), byId.toString());
        assertTrue(byId.err().startsWith("OverconstrainedError: deviceId") && byId.err().contains("\"Fake Camera\""), byId.toString());
    }

    @Test
    void deviceByLabelPicksThatCamera() throws Exception {
        JarRun.Result r = JarRun.fake("stats", "--seconds", "1", "--device", "back camera");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("\"Fake Back Camera\""), r.toString());
    }

    @Test
    void unknownBackendAndUnknownOptionAreUsageErrors() throws Exception {
        JarRun.Result r = JarRun.run(Map.of(), "--backend", "nosuch", "devices");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("unknown backend 'nosuch'"), r.toString());
        JarRun.Result o = JarRun.fake("capture", "--frobnicate");
        assertEquals(2, o.exitCode(), o.toString());
        assertTrue(o.err().contains("--frobnicate"), o.toString());
    }

    @Test
    void previewWithoutADisplaySaysSo() throws Exception {
        JarRun.Result r = JarRun.fake("preview", "--seconds", "1");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains("preview needs a display"), r.toString());
    }

    private static int quantize(int rgb) {
        return ((rgb >> 16 & 0xff) / 64) << 4 | ((rgb >> 8 & 0xff) / 64) << 2 | (rgb & 0xff) / 64;
    }

    private static String ascii(ByteBuffer b, int at) {
        byte[] s = new byte[4];
        b.get(at, s);
        return new String(s, StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] a, byte v, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
