package io.mediacapture.internal.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaTrackCapabilities;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsSelectorTest {
    static final DeviceDescriptor FRONT = DeviceDescriptor.camera("front", "Front", "g1", true, "user", List.of(
            VideoMode.of(640, 480, NativeVideoFormat.YUY2, 30),
            VideoMode.of(1280, 720, NativeVideoFormat.MJPEG, 30),
            VideoMode.of(1280, 720, NativeVideoFormat.YUY2, 10),
            VideoMode.of(1920, 1080, NativeVideoFormat.MJPEG, 30)));
    static final DeviceDescriptor BACK = DeviceDescriptor.camera("back", "Back", "g2", false, "environment", List.of(
            VideoMode.of(640, 480, NativeVideoFormat.NV12, 60),
            VideoMode.of(1280, 720, NativeVideoFormat.NV12, 60)));
    static final DeviceDescriptor BACK_TWIN = DeviceDescriptor.camera("twin", "Twin", "g2", false, "environment",
            BACK.videoModes());
    static final DeviceDescriptor NO_FACING = DeviceDescriptor.camera("usb", "USB", "g3", false, null, List.of(
            new VideoMode(800, 600, NativeVideoFormat.I420, 5, 25)));
    static final DeviceDescriptor MIC = DeviceDescriptor.microphone("mic", "Mic", "g1", true,
            new AudioCapabilities(8000, 48000, 48000, 1, 2, Set.of(AudioSampleFormat.S16), 0.01, 0.1,
                    List.of(true, false)));
    static final DeviceDescriptor PLAIN_MIC = DeviceDescriptor.microphone("plain", "Plain", "g4", false,
            new AudioCapabilities(44100, 44100, 44100, 2, 2, Set.of(AudioSampleFormat.F32, AudioSampleFormat.S16),
                    0.02, 0.02, List.of(false)));

    /** A microphone that offers echoCancellation's modes and voice isolation (as the fake microphone does). */
    static final DeviceDescriptor MODES_MIC = DeviceDescriptor.microphone("modes", "Modes", "g5", false,
            new AudioCapabilities(48000, 48000, 48000, 1, 2, Set.of(AudioSampleFormat.S16), 0.01, 0.1,
                    List.of(true, false), List.of(true, false, "all", "remote-only"), List.of(true, false)));

    record Case(String name, List<DeviceDescriptor> devices, Map<String, Object> constraints,
                Map<String, Object> expected, String failed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case ok(String name, List<DeviceDescriptor> devices, Map<String, Object> c, Map<String, Object> expected) {
        return new Case(name, devices, c, expected, null);
    }

    static Case fails(String name, List<DeviceDescriptor> devices, Map<String, Object> c, String failed) {
        return new Case(name, devices, c, null, failed);
    }

    static Stream<Case> cases() {
        List<DeviceDescriptor> front = List.of(FRONT);
        List<DeviceDescriptor> cams = List.of(FRONT, BACK);
        List<DeviceDescriptor> back = List.of(BACK);
        List<DeviceDescriptor> mics = List.of(MIC, PLAIN_MIC);
        return Stream.of(
                ok("no constraints: 640x480@30 native", front, Map.of(),
                        Map.of("width", 640L, "height", 480L, "frameRate", 30.0, "resizeMode", "none",
                                "deviceId", "front", "groupId", "g1", "facingMode", "user",
                                "aspectRatio", 1.3333333333, "backgroundBlur", false)),
                ok("ideal native size", front, Map.of("width", 1280, "height", 720),
                        Map.of("width", 1280L, "height", 720L, "frameRate", 30.0, "resizeMode", "none")),
                ok("ideal non-native width scales keeping the native aspect", front, Map.of("width", 800),
                        Map.of("width", 800L, "height", 450L, "resizeMode", "crop-and-scale")),
                ok("resizeMode none keeps native sizes", front,
                        Map.of("width", 800, "resizeMode", Map.of("exact", "none")),
                        Map.of("width", 640L, "height", 480L, "resizeMode", "none")),
                ok("exact aspect ratio crops", front, Map.of("aspectRatio", Map.of("exact", 1.0)),
                        Map.of("width", 480L, "height", 480L, "aspectRatio", 1.0, "resizeMode", "crop-and-scale")),
                ok("ideal aspect ratio alone keeps the default height", front, Map.of("aspectRatio", 2.0),
                        Map.of("width", 960L, "height", 480L, "aspectRatio", 2.0, "resizeMode", "crop-and-scale")),
                ok("exact lower frame rate decimates", front, Map.of("frameRate", Map.of("exact", 15)),
                        Map.of("width", 640L, "height", 480L, "frameRate", 15.0, "resizeMode", "crop-and-scale")),
                ok("ideal frame rate above the maximum gets the maximum", front, Map.of("frameRate", 60),
                        Map.of("frameRate", 30.0, "resizeMode", "none")),
                ok("ideal facingMode picks the matching camera", cams, Map.of("facingMode", "environment"),
                        Map.of("deviceId", "back", "facingMode", "environment", "frameRate", 60.0)),
                ok("exact deviceId picks that device", cams, Map.of("deviceId", Map.of("exact", "back")),
                        Map.of("deviceId", "back")),
                ok("ideal groupId", cams, Map.of("groupId", List.of("x", "g2")), Map.of("deviceId", "back")),
                ok("ties go to the first device", List.of(BACK, BACK_TWIN), Map.of("width", 640),
                        Map.of("deviceId", "back")),
                ok("ties go to the first device (other order)", List.of(BACK_TWIN, BACK), Map.of("width", 640),
                        Map.of("deviceId", "twin")),
                ok("ties go to the device defaults before device order", List.of(BACK, FRONT), Map.of("width", 640),
                        Map.of("deviceId", "front", "frameRate", 30.0)),
                ok("empty list constrains nothing", front, Map.of("deviceId", Map.of("exact", List.of())),
                        Map.of("deviceId", "front")),
                ok("unknown facing: an ideal facingMode costs 1 but does not fail", List.of(NO_FACING),
                        Map.of("facingMode", "user"), Map.of("width", 800L, "frameRate", 25.0)),
                ok("continuous native rate range is native", List.of(NO_FACING), Map.of("frameRate", 12),
                        Map.of("frameRate", 12.0, "resizeMode", "none")),
                ok("spec example: frameRate min 30, advanced min 50 then min 40 (30 fps camera)", front,
                        Map.of("frameRate", Map.of("min", 30), "advanced",
                                List.of(Map.of("frameRate", Map.of("min", 50)), Map.of("frameRate", Map.of("min", 40)))),
                        Map.of("frameRate", 30.0)),
                ok("spec example: frameRate min 30, advanced min 50 then min 40 (60 fps camera)", back,
                        Map.of("frameRate", Map.of("min", 30), "advanced",
                                List.of(Map.of("frameRate", Map.of("min", 50)), Map.of("frameRate", Map.of("min", 40)))),
                        Map.of("frameRate", 60.0, "resizeMode", "none")),
                ok("advanced sets filter across devices", cams,
                        Map.of("advanced", List.of(Map.of("frameRate", Map.of("min", 50)))),
                        Map.of("deviceId", "back")),
                ok("bare values in advanced sets are exact", front,
                        Map.of("advanced", List.of(Map.of("width", 1280))), Map.of("width", 1280L, "height", 720L)),
                ok("an advanced set is skipped whole", front,
                        Map.of("width", 640, "advanced", List.of(Map.of("width", 1920, "frameRate", 60))),
                        Map.of("width", 640L)),
                ok("advanced ideal values have no effect", front,
                        Map.of("advanced", List.of(Map.of("width", Map.of("ideal", 1920)))), Map.of("width", 640L)),
                ok("audio constraints do not apply to cameras", front,
                        Map.of("sampleRate", Map.of("exact", 1), "echoCancellation", Map.of("exact", "all")),
                        Map.of("width", 640L)),
                ok("microphone defaults", mics, Map.of(),
                        Map.of("deviceId", "mic", "sampleRate", 48000L, "channelCount", 1L, "sampleSize", 16L,
                                "latency", 0.01, "echoCancellation", true, "autoGainControl", true,
                                "noiseSuppression", true, "groupId", "g1")),
                ok("sample rate within the range is reachable", mics, Map.of("sampleRate", 16000),
                        Map.of("deviceId", "mic", "sampleRate", 16000L)),
                ok("exact sample rate only one device has", mics, Map.of("sampleRate", Map.of("exact", 44100),
                        "sampleSize", Map.of("exact", 32)), Map.of("deviceId", "plain", "sampleSize", 32L,
                        "channelCount", 2L, "echoCancellation", false)),
                ok("processing off", mics, Map.of("echoCancellation", false, "autoGainControl", false),
                        Map.of("deviceId", "mic", "echoCancellation", false, "autoGainControl", false,
                                "noiseSuppression", true)),
                ok("channel count and latency ideals", mics, Map.of("channelCount", 2, "latency", 0.05),
                        Map.of("deviceId", "mic", "channelCount", 2L, "latency", 0.05)),
                ok("video constraints do not apply to microphones", mics, Map.of("width", Map.of("exact", 5)),
                        Map.of("deviceId", "mic")),
                // Cases from web-platform-tests mediacapture-streams, solver part:
                ok("WPT GUM-required-constraint-with-ideal-value", front, Map.of("width", Map.of("ideal", 320, "min", 160)),
                        Map.of("width", 320L)),
                ok("WPT getUserMedia resizeMode exact none", front, Map.of("resizeMode", Map.of("exact", "none")),
                        Map.of("resizeMode", "none")),
                ok("WPT getUserMedia resizeMode exact crop-and-scale", front,
                        Map.of("resizeMode", Map.of("exact", "crop-and-scale")),
                        Map.of("resizeMode", "crop-and-scale", "width", 640L, "height", 480L)),
                ok("WPT applyConstraints ideal invalid resizeMode changes nothing", front,
                        Map.of("resizeMode", "INVALID"), Map.of("resizeMode", "none", "width", 640L)),
                ok("WPT applyConstraints ideal invalid groupId changes nothing", front, Map.of("groupId", "INVALID"),
                        Map.of("groupId", "g1")),
                ok("WPT GUM-non-applicable-constraint: valid video-only", front, Map.of("width", Map.of("min", 0),
                        "height", Map.of("min", 0), "frameRate", Map.of("min", 0), "aspectRatio", Map.of("min", 0),
                        "facingMode", Map.of("ideal", "environment"), "resizeMode", Map.of("ideal", "none")),
                        Map.of("resizeMode", "none")),
                ok("WPT GUM-non-applicable-constraint: invalid video-only on a microphone", mics,
                        Map.of("width", Map.of("min", 100000000), "height", Map.of("min", 100000000),
                                "frameRate", Map.of("min", 100000000), "aspectRatio", Map.of("min", 100000000),
                                "facingMode", Map.of("exact", "invalid"), "resizeMode", Map.of("exact", "invalid")),
                        Map.of("deviceId", "mic")),
                ok("WPT GUM-non-applicable-constraint: invalid audio-only on a camera", front,
                        Map.of("volume", Map.of("min", 2), "sampleRate", Map.of("min", 100000000),
                                "sampleSize", Map.of("min", 100000000), "echoCancellation", Map.of("exact", true),
                                "autoGainControl", Map.of("exact", true), "noiseSuppression", Map.of("exact", true),
                                "latency", Map.of("max", 0), "channelCount", Map.of("max", 0)),
                        Map.of("deviceId", "front")),
                ok("WPT GUM-non-applicable-constraint: valid audio-only", mics, Map.of("sampleRate", Map.of("min", 0),
                        "sampleSize", Map.of("min", 0), "echoCancellation", Map.of("ideal", true),
                        "latency", Map.of("min", 0), "channelCount", Map.of("min", 0)), Map.of("deviceId", "mic")),
                fails("WPT getUserMedia resizeMode exact INVALID", front, Map.of("resizeMode", Map.of("exact", "INVALID")),
                        "resizeMode"),
                fails("WPT applyConstraints exact invalid groupId", front, Map.of("groupId", Map.of("exact", "INVALID")),
                        "groupId"),
                fails("WPT GUM-impossible-constraint", cams, Map.of("width", Map.of("min", 100000000)), "width"),
                fails("WPT GUM-invalid-facing-mode", cams, Map.of("facingMode", Map.of("exact", "Invalid")),
                        "facingMode"),
                fails("width beyond every camera", cams, Map.of("width", Map.of("min", 4000)), "width"),
                fails("facingMode nobody has", cams, Map.of("facingMode", Map.of("exact", "left")), "facingMode"),
                fails("unknown deviceId", cams, Map.of("deviceId", Map.of("exact", "nope")), "deviceId"),
                fails("frameRate too high", front, Map.of("frameRate", Map.of("min", 31)), "frameRate"),
                // Only combinations fail: the constraint named is the one the most candidates fail at their defaults
                // (of the 7 candidates, 6 are not 1920 wide; the back camera's 2 run at 60 fps by default).
                fails("only the combination fails", cams, Map.of("width", Map.of("exact", 1920),
                        "frameRate", Map.of("exact", 60)), "width"),
                fails("non-native size with resizeMode none", front, Map.of("width", Map.of("exact", 800),
                        "resizeMode", Map.of("exact", "none")), "width"),
                // WPT (browsers name "width"): 639 is no native width; every candidate fails it, only the
                // crop-and-scale ones fail resizeMode.
                fails("WPT width 639 with resizeMode none", front, Map.of("width", Map.of("exact", 639),
                        "resizeMode", Map.of("exact", "none")), "width"),
                fails("WPT width 639 with resizeMode none, resizeMode first in the map", cams,
                        Map.of("resizeMode", Map.of("exact", "none"), "width", Map.of("exact", 639)), "width"),
                fails("a tie goes to the first in IDL order", mics, Map.of("groupId", Map.of("exact", "g4"),
                        "deviceId", Map.of("exact", "mic")), "deviceId"),
                fails("upscaling is not offered", front, Map.of("height", Map.of("exact", 1200)), "height"),
                fails("backgroundBlur cannot be turned on", front, Map.of("backgroundBlur", Map.of("exact", true)),
                        "backgroundBlur"),
                fails("sample rate above the range", mics, Map.of("sampleRate", Map.of("min", 96000)), "sampleRate"),
                fails("sample size 24 is not produced", mics, Map.of("sampleSize", Map.of("exact", 24)), "sampleSize"),
                fails("echoCancellation mode not offered", mics, Map.of("echoCancellation", Map.of("exact", "all")),
                        "echoCancellation"),
                ok("echoCancellation mode all where offered", List.of(MIC, MODES_MIC),
                        Map.of("echoCancellation", Map.of("exact", "all")), Map.of("deviceId", "modes",
                                "echoCancellation", "all", "voiceIsolation", false)),
                ok("echoCancellation ideal remote-only", List.of(MODES_MIC),
                        Map.of("echoCancellation", "remote-only"), Map.of("echoCancellation", "remote-only")),
                ok("echoCancellation true is its own value, not a mode", List.of(MODES_MIC),
                        Map.of("echoCancellation", Map.of("exact", true)), Map.of("echoCancellation", true)),
                ok("defaults: echoCancellation true, voiceIsolation off", List.of(MODES_MIC), Map.of(),
                        Map.of("echoCancellation", true, "voiceIsolation", false, "noiseSuppression", true)),
                ok("voiceIsolation where offered", List.of(MIC, MODES_MIC),
                        Map.of("voiceIsolation", Map.of("exact", true)), Map.of("deviceId", "modes",
                                "voiceIsolation", true)),
                ok("voiceIsolation ideal on a device without it", mics, Map.of("voiceIsolation", true),
                        Map.of("deviceId", "mic", "voiceIsolation", false)),
                fails("voiceIsolation not offered", mics, Map.of("voiceIsolation", Map.of("exact", true)),
                        "voiceIsolation"),
                fails("min above max", front, Map.of("width", Map.of("min", 700, "max", 600)), "width"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void selectSettings(Case c) {
        MediaTrackConstraints constraints = MediaTrackConstraints.fromMap(c.constraints());
        if (c.failed() != null) {
            OverconstrainedError e = assertThrows(OverconstrainedError.class,
                    () -> SettingsSelector.select(c.devices(), constraints));
            assertEquals(c.failed(), e.constraint());
            assertEquals("OverconstrainedError", e.name());
            return;
        }
        Selection s = SettingsSelector.select(c.devices(), constraints);
        Map<String, Object> actual = s.settings().toMap();
        c.expected().forEach((k, v) -> assertEquals(v, actual.get(k), k + " in " + actual));
        assertConsistent(s);
    }

    /** The native configuration can produce the settings: big enough, fast enough, same device. */
    static void assertConsistent(Selection s) {
        Map<String, Object> m = s.settings().toMap();
        assertEquals(s.device().deviceId(), m.get("deviceId"));
        switch (s.config()) {
            case SourceConfig.Video v -> {
                assertTrue(v.mode().width() >= (Long) m.get("width") && v.mode().height() >= (Long) m.get("height"),
                        v + " vs " + m);
                assertTrue(v.frameRate() >= (Double) m.get("frameRate") - 1e-9, v + " vs " + m);
                assertTrue(s.device().videoModes().contains(v.mode()));
                if ("none".equals(m.get("resizeMode"))) {
                    assertEquals((long) v.mode().width(), m.get("width"));
                    assertEquals((long) v.mode().height(), m.get("height"));
                    assertEquals(v.frameRate(), (Double) m.get("frameRate"), 1e-9);
                }
                assertEquals(SettingsSelector.aspectRatio((Long) m.get("width"), (Long) m.get("height")),
                        m.get("aspectRatio"));
            }
            case SourceConfig.Audio a -> {
                assertEquals((long) a.sampleRate(), m.get("sampleRate"));
                assertEquals((long) a.channelCount(), m.get("channelCount"));
                assertTrue(s.device().audio().formats().contains(a.format()));
            }
        }
    }

    @Test
    void specExampleWithAdvancedAspectRatio() {
        // Media Capture and Streams, example "full control with the advanced property".
        MediaTrackConstraints c = MediaTrackConstraints.fromMap(Map.of(
                "width", Map.of("min", 640, "ideal", 1280),
                "height", Map.of("min", 480, "ideal", 720),
                "frameRate", Map.of("min", 30),
                "advanced", List.of(Map.of("width", 1920, "height", 1280), Map.of("aspectRatio", 4.0 / 3),
                        Map.of("frameRate", Map.of("min", 50)), Map.of("frameRate", Map.of("min", 40)))));
        Selection s = SettingsSelector.select(List.of(FRONT), c);
        // 1920x1280 is beyond the camera: skipped. 4:3 is kept: the sizes closest to 1280x720 at 4:3 are
        // 1280x960 and 960x720, each at distance 0.25. No rate of 40 or more: both rate sets skipped.
        assertEquals(4.0 / 3, s.settings().aspectRatio().getAsDouble(), 1e-9);
        assertEquals(0.25, s.fitnessDistance(), 1e-9);
        assertEquals(30.0, s.settings().frameRate().getAsDouble());
        assertConsistent(s);
    }

    static DeviceDescriptor twoHundredModes() {
        int[][] sizes = {{160, 120}, {176, 144}, {320, 180}, {320, 240}, {352, 288}, {424, 240}, {480, 270},
                {640, 360}, {640, 480}, {800, 448}, {800, 600}, {848, 480}, {960, 540}, {1024, 576}, {1024, 768},
                {1280, 720}, {1280, 960}, {1600, 896}, {1920, 1080}, {2560, 1440}};
        double[] rates = {5, 7.5, 10, 15, 20, 24, 25, 30, 50, 60};
        List<VideoMode> modes = new ArrayList<>();
        for (int[] size : sizes) {
            for (double r : rates) {
                NativeVideoFormat f = size[0] * size[1] > 1280 * 720 && r > 10 ? NativeVideoFormat.MJPEG
                        : NativeVideoFormat.YUY2;
                if (size[0] >= 1920 && r > 30) {
                    continue;
                }
                modes.add(VideoMode.of(size[0], size[1], f, r));
            }
        }
        while (modes.size() < 200) {
            modes.add(VideoMode.of(1920, 1080, NativeVideoFormat.NV12, 5 + modes.size() % 7));
        }
        return DeviceDescriptor.camera("big", "Big", "gb", true, "user", modes);
    }

    @Test
    void twoHundredModeDevice() {
        DeviceDescriptor big = twoHundredModes();
        assertEquals(200, big.videoModes().size());
        MediaTrackConstraints hd = MediaTrackConstraints.fromMap(Map.of("width", Map.of("ideal", 1280),
                "height", Map.of("ideal", 720), "frameRate", Map.of("min", 24, "ideal", 30)));
        Selection s = SettingsSelector.select(List.of(big), hd);
        assertEquals(Map.of("width", 1280L, "height", 720L, "frameRate", 30.0, "resizeMode", "none"),
                pick(s, "width", "height", "frameRate", "resizeMode"));
        assertEquals(NativeVideoFormat.YUY2, ((SourceConfig.Video) s.config()).mode().format(),
                "uncompressed preferred at equal size and rate");
        assertConsistent(s);

        Selection dflt = SettingsSelector.select(List.of(big), MediaTrackConstraints.EMPTY);
        assertEquals(Map.of("width", 640L, "height", 480L, "frameRate", 30.0, "resizeMode", "none"),
                pick(dflt, "width", "height", "frameRate", "resizeMode"));

        Selection odd = SettingsSelector.select(List.of(big), MediaTrackConstraints.fromMap(Map.of(
                "width", Map.of("exact", 1000), "aspectRatio", Map.of("exact", 2.0), "frameRate", 55)));
        assertEquals(Map.of("width", 1000L, "height", 500L, "frameRate", 55.0, "resizeMode", "crop-and-scale"),
                pick(odd, "width", "height", "frameRate", "resizeMode"));
        SourceConfig.Video v = (SourceConfig.Video) odd.config();
        assertEquals(List.of(1024, 576, 60.0), List.of(v.mode().width(), v.mode().height(), v.frameRate()),
                "smallest native mode that reaches 1000x500 at 55 fps");
        assertConsistent(odd);

        OverconstrainedError e = assertThrows(OverconstrainedError.class, () -> SettingsSelector.select(List.of(big),
                MediaTrackConstraints.fromMap(Map.of("width", Map.of("min", 1920), "frameRate", Map.of("min", 50)))));
        assertEquals("frameRate", e.constraint(), "each alone is satisfiable; every candidate fails frameRate at its"
                + " defaults, 2 of them pass width");
    }

    @Test
    void solveIsFastOnTwoHundredModes() {
        DeviceDescriptor big = twoHundredModes();
        MediaTrackConstraints c = MediaTrackConstraints.fromMap(Map.of("width", Map.of("min", 640, "ideal", 1280),
                "height", Map.of("min", 480, "ideal", 720), "frameRate", Map.of("min", 24),
                "advanced", List.of(Map.of("aspectRatio", 16.0 / 9), Map.of("frameRate", Map.of("min", 30)))));
        List<DeviceDescriptor> devices = List.of(big);
        for (int i = 0; i < 10_000; i++) {
            SettingsSelector.select(devices, c);
        }
        int n = 5_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            SettingsSelector.select(devices, c);
        }
        double micros = (System.nanoTime() - t0) / 1e3 / n;
        System.out.printf("SelectSettings over 200 modes: %.2f us per solve%n", micros);
        // A loose bound (shared CI machines are slow and busy) that still catches a solver that enumerates
        // sizes; benchmarks/ measures it properly with JMH (about 5-7 us here).
        assertTrue(micros < 2000, micros + " us per solve");
    }

    static Map<String, Object> pick(Selection s, String... keys) {
        Map<String, Object> all = s.settings().toMap();
        Map<String, Object> out = new java.util.HashMap<>();
        for (String k : keys) {
            out.put(k, all.get(k));
        }
        return out;
    }

    @Test
    void capabilities() {
        MediaTrackCapabilities cam = SettingsSelector.capabilitiesOf(FRONT);
        assertEquals(Map.of("min", 1L, "max", 1920L), cam.width().orElseThrow().toMap());
        assertEquals(Map.of("min", 1L, "max", 1080L), cam.height().orElseThrow().toMap());
        assertEquals(Map.of("min", 1.0, "max", 30.0), cam.frameRate().orElseThrow().toMap());
        assertEquals(1920.0, cam.aspectRatio().orElseThrow().max().getAsDouble());
        assertEquals(List.of("user"), cam.facingMode());
        assertEquals(List.of("none", "crop-and-scale"), cam.resizeMode());
        assertEquals("front", cam.deviceId().orElseThrow());
        assertEquals(List.of(), SettingsSelector.capabilitiesOf(NO_FACING).facingMode());

        MediaTrackCapabilities mic = SettingsSelector.capabilitiesOf(MIC);
        assertEquals(Map.of("min", 8000L, "max", 48000L), mic.sampleRate().orElseThrow().toMap());
        assertEquals(Map.of("min", 1L, "max", 2L), mic.channelCount().orElseThrow().toMap());
        assertEquals(Map.of("min", 16L, "max", 16L), mic.sampleSize().orElseThrow().toMap());
        assertEquals(List.of(true, false), mic.echoCancellation());
        assertEquals(List.of(false), mic.voiceIsolation(), "a device without voice isolation says so");
        MediaTrackCapabilities modes = SettingsSelector.capabilitiesOf(MODES_MIC);
        assertEquals(List.of(true, false, "all", "remote-only"), modes.echoCancellation());
        assertEquals(List.of(true, false), modes.voiceIsolation());
        assertEquals(List.of(false), SettingsSelector.capabilitiesOf(PLAIN_MIC).noiseSuppression());
        assertTrue(mic.width().isEmpty());
    }

    /** The shape WPT MediaStreamTrack-getCapabilities checks: ranges with min <= max, short boolean lists. */
    @Test
    void capabilitiesHaveTheShapeWptChecks() {
        for (DeviceDescriptor d : List.of(FRONT, BACK, NO_FACING, MIC, PLAIN_MIC)) {
            Map<String, Object> caps = SettingsSelector.capabilitiesOf(d).toMap();
            List<String> expected = d.isCamera()
                    ? List.of("width", "height", "aspectRatio", "frameRate", "facingMode", "resizeMode", "deviceId",
                            "groupId", "backgroundBlur")
                    : List.of("sampleRate", "sampleSize", "echoCancellation", "autoGainControl", "noiseSuppression",
                            "latency", "channelCount", "deviceId", "groupId", "voiceIsolation");
            assertEquals(expected, List.copyOf(caps.keySet()), d.deviceId());
            caps.forEach((k, v) -> {
                if (v instanceof Map<?, ?> range) {
                    assertEquals(Set.of("min", "max"), range.keySet(), k);
                    assertTrue(((Number) range.get("min")).doubleValue() <= ((Number) range.get("max")).doubleValue(), k);
                } else if (v instanceof List<?> list && !k.endsWith("Mode")) {
                    assertTrue(list.size() <= 2 && list.stream().allMatch(Boolean.class::isInstance), k);
                }
            });
        }
    }

    /** Every setting the solver reports lies within what capabilitiesOf advertises. */
    @Test
    void settingsLieWithinCapabilities() {
        for (Case c : cases().toList()) {
            if (c.failed() != null) {
                continue;
            }
            Selection s = SettingsSelector.select(c.devices(), MediaTrackConstraints.fromMap(c.constraints()));
            Map<String, Object> caps = SettingsSelector.capabilitiesOf(s.device()).toMap();
            s.settings().toMap().forEach((k, v) -> {
                Object cap = caps.get(k);
                if (cap instanceof Map<?, ?> range) {
                    double x = ((Number) v).doubleValue();
                    assertTrue(x >= ((Number) range.get("min")).doubleValue() - 1e-9
                            && x <= ((Number) range.get("max")).doubleValue() + 1e-9, c + ": " + k);
                } else if (cap instanceof List<?> list) {
                    assertTrue(list.contains(v), c + ": " + k + "=" + v + " not in " + list);
                } else if (cap != null) {
                    assertEquals(cap, v, c + ": " + k);
                } else {
                    fail(c + ": setting " + k + " has no capability");
                }
            });
        }
    }

    @Test
    void getUserMediaValidation() {
        MediaTrackConstraints blur = MediaTrackConstraints.fromMap(Map.of("backgroundBlur", Map.of("exact", true)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SettingsSelector.validateForGetUserMedia(blur, MediaDeviceKind.VIDEOINPUT));
        assertTrue(e.getMessage().startsWith("backgroundBlur"), e.getMessage());
        SettingsSelector.validateForGetUserMedia(blur, MediaDeviceKind.AUDIOINPUT); // not a video track: removed
        SettingsSelector.validateForGetUserMedia(MediaTrackConstraints.fromMap(Map.of("backgroundBlur", true)));
        SettingsSelector.validateForGetUserMedia(MediaTrackConstraints.fromMap(Map.of(
                "width", Map.of("exact", 1), "deviceId", Map.of("exact", "x"), "sampleRate", Map.of("min", 1),
                "advanced", List.of(Map.of("backgroundBlur", true)))));

        MediaTrackConstraints mixed = MediaTrackConstraints.fromMap(Map.of("width", 640, "sampleRate", 8000,
                "deviceId", "d", "advanced", List.of(Map.of("height", 480, "channelCount", 2))));
        assertEquals(MediaTrackConstraints.fromMap(Map.of("width", 640, "deviceId", "d",
                "advanced", List.of(Map.of("height", 480)))), SettingsSelector.forKind(mixed, "video"));
        assertEquals(MediaTrackConstraints.fromMap(Map.of("sampleRate", 8000, "deviceId", "d",
                "advanced", List.of(Map.of("channelCount", 2)))), SettingsSelector.forKind(mixed, "audio"));
    }

    @Test
    void supportedConstraintsAreAllThirtyThree() {
        // 16 of Media Capture and Streams, 16 camera controls of MediaStream Image Capture
        assertEquals(33, SettingsSelector.supportedConstraints().properties().size());
    }

    @Test
    void emptyDeviceListIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SettingsSelector.select(List.of(),
                MediaTrackConstraints.EMPTY));
    }

    @Test
    void modelsAreCachedPerDescriptor() {
        assertSame(VideoModel.of(FRONT), VideoModel.of(FRONT));
        VideoModel m = VideoModel.of(FRONT);
        assertEquals(1, m.frontW.length, "1920x1080@30 covers every other size of the front camera");
    }
}
