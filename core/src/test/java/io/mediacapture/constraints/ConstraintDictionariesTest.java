package io.mediacapture.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainBoolean;
import io.mediacapture.ConstrainBooleanOrDOMString;
import io.mediacapture.ConstrainDOMString;
import io.mediacapture.ConstrainDouble;
import io.mediacapture.ConstrainULong;
import io.mediacapture.ConstrainableProperty;
import io.mediacapture.DoubleRange;
import io.mediacapture.MediaStreamConstraints;
import io.mediacapture.MediaTrackCapabilities;
import io.mediacapture.MediaTrackConstraintSet;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.MediaTrackSettings;
import io.mediacapture.MediaTrackSupportedConstraints;
import io.mediacapture.ULongRange;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConstraintDictionariesTest {

    @Test
    void bareValuesStayBareAndRoundTrip() {
        Map<String, Object> in = Map.of("width", 1280, "frameRate", 29.97, "facingMode", "user",
                "echoCancellation", "remote-only", "autoGainControl", false);
        MediaTrackConstraints c = MediaTrackConstraints.fromMap(in);
        assertEquals(1280L, c.width().orElseThrow().value().getAsLong());
        assertTrue(c.width().orElseThrow().isBare());
        assertFalse(c.width().orElseThrow().isRequired(false), "bare is ideal in the basic set");
        assertTrue(c.width().orElseThrow().isRequired(true), "bare is exact in an advanced set");
        assertEquals(29.97, c.frameRate().orElseThrow().value().getAsDouble());
        assertEquals(List.of("user"), c.facingMode().orElseThrow().value().orElseThrow());
        assertEquals("remote-only", c.echoCancellation().orElseThrow().value().orElseThrow());
        assertEquals(false, c.autoGainControl().orElseThrow().value().orElseThrow());

        Map<String, Object> out = c.toMap();
        assertEquals(1280L, out.get("width"), "ULong values come back as Long");
        assertEquals(29.97, out.get("frameRate"));
        assertEquals("user", out.get("facingMode"));
        assertEquals(c, MediaTrackConstraints.fromMap(out));
    }

    @Test
    void dictionaryValuesRoundTrip() {
        Map<String, Object> in = Map.of(
                "width", Map.of("min", 640, "ideal", 1280, "max", 1920L),
                "height", Map.of("exact", 720),
                "aspectRatio", Map.of("ideal", 16.0 / 9),
                "frameRate", Map.of("min", 30, "max", 60.0),
                "deviceId", Map.of("exact", List.of("a", "b")),
                "groupId", Map.of("ideal", "g"),
                "echoCancellation", Map.of("exact", true, "ideal", "all"),
                "noiseSuppression", Map.of("ideal", true),
                "advanced", List.of(Map.of("width", 1920), Map.of("frameRate", Map.of("min", 50))));
        MediaTrackConstraints c = MediaTrackConstraints.fromMap(in);
        ConstrainULong w = c.width().orElseThrow();
        assertEquals(640, w.min().getAsLong());
        assertEquals(1280, w.ideal().getAsLong());
        assertEquals(1920, w.max().getAsLong());
        assertFalse(w.isBare());
        assertTrue(w.isRequired(false));
        assertEquals(720, c.height().orElseThrow().exact().getAsLong());
        assertFalse(c.aspectRatio().orElseThrow().isRequired(true), "ideal only is never required");
        assertEquals(60.0, c.frameRate().orElseThrow().max().getAsDouble());
        assertEquals(List.of("a", "b"), c.deviceId().orElseThrow().exact().orElseThrow());
        assertEquals(List.of("g"), c.groupId().orElseThrow().ideal().orElseThrow());
        assertEquals(true, c.echoCancellation().orElseThrow().exact().orElseThrow());
        assertEquals("all", c.echoCancellation().orElseThrow().ideal().orElseThrow());
        assertEquals(2, c.advanced().size());
        assertTrue(c.advanced().get(0).width().orElseThrow().isBare());
        assertEquals(50.0, c.advanced().get(1).frameRate().orElseThrow().min().getAsDouble());

        Map<String, Object> out = c.toMap();
        assertEquals(Map.of("min", 640L, "max", 1920L, "ideal", 1280L), out.get("width"));
        assertEquals(Map.of("min", 30.0, "max", 60.0), out.get("frameRate"), "doubles come back as Double");
        assertEquals(Map.of("exact", List.of("a", "b")), out.get("deviceId"));
        assertEquals(List.of(Map.of("width", 1920L), Map.of("frameRate", Map.of("min", 50.0))), out.get("advanced"));
        assertEquals(c, MediaTrackConstraints.fromMap(out));
        assertEquals(c.hashCode(), MediaTrackConstraints.fromMap(out).hashCode());
    }

    @Test
    void builderMatchesFromMap() {
        MediaTrackConstraints built = MediaTrackConstraints.builder()
                .width(ConstrainULong.min(640).withIdeal(1280))
                .height(720)
                .facingMode("user", "environment")
                .echoCancellation("all")
                .advanced(MediaTrackConstraintSet.builder().frameRate(60).build(),
                        MediaTrackConstraintSet.builder().frameRate(ConstrainDouble.min(40)).build())
                .build();
        MediaTrackConstraints parsed = MediaTrackConstraints.fromMap(Map.of(
                "width", Map.of("min", 640, "ideal", 1280), "height", 720,
                "facingMode", List.of("user", "environment"), "echoCancellation", "all",
                "advanced", List.of(Map.of("frameRate", 60), Map.of("frameRate", Map.of("min", 40)))));
        assertEquals(parsed, built);
        assertEquals(built, built.toBuilder().build());
        assertEquals(Set.of(ConstrainableProperty.WIDTH, ConstrainableProperty.HEIGHT,
                ConstrainableProperty.FACING_MODE, ConstrainableProperty.ECHO_CANCELLATION), built.properties());
        assertEquals(ConstrainULong.min(640).withIdeal(1280), built.get("width").orElseThrow());
        assertTrue(built.get("nonsense").isEmpty());
        assertTrue(built.get(ConstrainableProperty.SAMPLE_RATE).isEmpty());
    }

    @Test
    void setIsNotEqualToConstraintsWithSameMembers() {
        MediaTrackConstraintSet set = MediaTrackConstraintSet.builder().width(640).build();
        MediaTrackConstraints full = MediaTrackConstraints.builder().width(640).build();
        assertNotEquals(set, full);
        assertEquals(set, full.basic());
    }

    @Test
    void unknownKeysAndNullsAreIgnored() {
        Map<String, Object> in = new HashMap<>();
        in.put("frobnicate", Map.of("exact", 3));
        in.put("mandatory", "whatever");
        in.put("width", null);
        MediaTrackConstraints c = MediaTrackConstraints.fromMap(in);
        assertTrue(c.isEmpty());
        assertEquals(MediaTrackConstraints.EMPTY, c);
        assertTrue(MediaTrackConstraints.fromMap(null).isEmpty());
        assertEquals(Map.of(), MediaTrackConstraints.EMPTY.toMap());
    }

    @Test
    void emptyStringListsConstrainNothing() {
        ConstrainDOMString c = ConstrainDOMString.fromMapValue("deviceId", List.of());
        assertTrue(c.isEmpty());
        assertFalse(c.isRequired(true));
        ConstrainDOMString e = ConstrainDOMString.fromMapValue("deviceId", Map.of("exact", List.of()));
        assertTrue(e.isEmpty());
        assertFalse(e.isRequired(false));
    }

    static Stream<Arguments> typeErrors() {
        return Stream.of(
                Arguments.of(Map.of("width", "640"), "width", "unsigned long"),
                Arguments.of(Map.of("width", -1), "width", "unsigned long"),
                Arguments.of(Map.of("width", 1L << 33), "width", "unsigned long"),
                Arguments.of(Map.of("width", Double.NaN), "width", "unsigned long"),
                Arguments.of(Map.of("width", Map.of("min", "a")), "width.min", "unsigned long"),
                Arguments.of(Map.of("height", true), "height", "unsigned long"),
                Arguments.of(Map.of("frameRate", Double.POSITIVE_INFINITY), "frameRate", "finite double"),
                Arguments.of(Map.of("frameRate", Map.of("ideal", "30")), "frameRate.ideal", "double"),
                Arguments.of(Map.of("aspectRatio", List.of(1.0)), "aspectRatio", "double"),
                Arguments.of(Map.of("facingMode", 3), "facingMode", "DOMString"),
                Arguments.of(Map.of("facingMode", List.of("user", 1)), "facingMode[1]", "DOMString"),
                Arguments.of(Map.of("deviceId", Map.of("exact", 7)), "deviceId.exact", "DOMString"),
                Arguments.of(Map.of("autoGainControl", "true"), "autoGainControl", "boolean"),
                Arguments.of(Map.of("noiseSuppression", Map.of("exact", 1)), "noiseSuppression.exact", "boolean"),
                Arguments.of(Map.of("echoCancellation", 1), "echoCancellation", "a boolean, a DOMString"),
                Arguments.of(Map.of("echoCancellation", Map.of("ideal", 0)), "echoCancellation.ideal",
                        "boolean or DOMString"),
                Arguments.of(Map.of("advanced", Map.of()), "advanced", "sequence"),
                Arguments.of(Map.of("advanced", List.of("x")), "advanced[0]", "dictionary"),
                Arguments.of(Map.of("advanced", List.of(Map.of(), Map.of("width", "x"))), "advanced[1].width",
                        "unsigned long"));
    }

    @ParameterizedTest
    @MethodSource("typeErrors")
    void wrongTypesAreTypeErrorsNamingTheMember(Map<String, Object> in, String member, String expectedType) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackConstraints.fromMap(in));
        assertTrue(e.getMessage().startsWith(member + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedType), e.getMessage());
    }

    @Test
    void integralDoublesAreAcceptedAsULongAndFractionsTruncated() {
        assertEquals(640, MediaTrackConstraints.fromMap(Map.of("width", 640.0)).width().orElseThrow()
                .value().getAsLong());
        assertEquals(640, MediaTrackConstraints.fromMap(Map.of("width", 640.7)).width().orElseThrow()
                .value().getAsLong());
    }

    @Test
    void streamConstraints() {
        MediaStreamConstraints none = MediaStreamConstraints.fromMap(Map.of());
        assertTrue(none.requestsNothing());
        MediaStreamConstraints f = MediaStreamConstraints.fromMap(Map.of("audio", false, "video", false));
        assertTrue(f.requestsNothing());
        MediaStreamConstraints t = MediaStreamConstraints.fromMap(Map.of("audio", true));
        assertEquals(MediaTrackConstraints.EMPTY, t.audio().orElseThrow());
        assertTrue(t.video().isEmpty());
        MediaStreamConstraints m = MediaStreamConstraints.fromMap(Map.of("video", Map.of("width", 320),
                "audio", true, "peerIdentity", "x"));
        assertEquals(320, m.video().orElseThrow().width().orElseThrow().value().getAsLong());
        assertEquals(Map.of("video", Map.of("width", 320L), "audio", true), m.toMap());
        assertEquals(m, MediaStreamConstraints.fromMap(m.toMap()));
        assertEquals(m, MediaStreamConstraints.of(MediaTrackConstraints.EMPTY,
                MediaTrackConstraints.builder().width(320).build()));
        assertEquals(MediaStreamConstraints.of(true, false), MediaStreamConstraints.builder().audio(true).build());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaStreamConstraints.fromMap(Map.of("video", "yes")));
        assertTrue(e.getMessage().startsWith("video:"), e.getMessage());
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> MediaStreamConstraints.fromMap(Map.of("video", Map.of("height", "x"))));
        assertTrue(nested.getMessage().startsWith("video.height:"), nested.getMessage());
    }

    @Test
    void settingsRoundTripAndIdentity() {
        MediaTrackSettings s = MediaTrackSettings.builder().deviceId("d").groupId("g").facingMode("user")
                .width(1280).height(720).aspectRatio(1280.0 / 720).frameRate(30).resizeMode("none").build();
        Map<String, Object> m = s.toMap();
        assertEquals(1280L, m.get("width"));
        assertEquals(30.0, m.get("frameRate"));
        assertEquals(List.of("width", "height", "aspectRatio", "frameRate", "facingMode", "resizeMode",
                "deviceId", "groupId"), List.copyOf(m.keySet()));
        assertEquals(s, MediaTrackSettings.fromMap(m));
        assertEquals(Map.of("deviceId", "d", "groupId", "g", "facingMode", "user"), s.onlyIdentity().toMap());

        MediaTrackSettings audio = MediaTrackSettings.fromMap(Map.of("sampleRate", 48000, "echoCancellation",
                "remote-only", "latency", 0.01, "autoGainControl", true));
        assertEquals(48000, audio.sampleRate().getAsLong());
        assertEquals("remote-only", audio.echoCancellation().orElseThrow());
        assertEquals(0.01, audio.latency().getAsDouble());
        assertTrue(audio.onlyIdentity().toMap().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> MediaTrackSettings.fromMap(Map.of("width", "1")));
        assertThrows(IllegalArgumentException.class, () -> MediaTrackSettings.builder().width(-1));
    }

    @Test
    void capabilitiesRoundTrip() {
        MediaTrackCapabilities c = MediaTrackCapabilities.builder()
                .width(ULongRange.of(1, 1920)).height(ULongRange.of(1, 1080))
                .aspectRatio(DoubleRange.of(1.0 / 1080, 1920)).frameRate(DoubleRange.of(1, 30))
                .facingMode(List.of("user")).resizeMode(List.of("none", "crop-and-scale"))
                .echoCancellation(List.of(true, false, "all")).autoGainControl(List.of(true, false))
                .deviceId("d").groupId("g").build();
        Map<String, Object> m = c.toMap();
        assertEquals(Map.of("min", 1L, "max", 1920L), m.get("width"));
        assertEquals(Map.of("min", 1.0, "max", 30.0), m.get("frameRate"));
        assertEquals(List.of(true, false, "all"), m.get("echoCancellation"));
        assertEquals(c, MediaTrackCapabilities.fromMap(m));
        assertEquals(List.of(), c.noiseSuppression());
        assertTrue(c.sampleRate().isEmpty());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackCapabilities.fromMap(Map.of("width", Map.of("max", "big"))));
        assertTrue(e.getMessage().startsWith("width.max:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackCapabilities.fromMap(Map.of("autoGainControl", List.of("yes"))));
        assertTrue(e.getMessage().startsWith("autoGainControl[0]:"), e.getMessage());
    }

    @Test
    void supportedConstraints() {
        MediaTrackSupportedConstraints all = MediaTrackSupportedConstraints.all();
        assertEquals(33, all.toMap().size(), "16 of Media Capture and Streams, voiceIsolation of Media Capture Extensions, 16 camera controls of Image Capture");
        for (ConstrainableProperty p : ConstrainableProperty.values()) {
            assertTrue(all.contains(p.toString()), p.toString());
        }
        MediaTrackSupportedConstraints some = MediaTrackSupportedConstraints.of(
                Set.of(ConstrainableProperty.WIDTH, ConstrainableProperty.DEVICE_ID));
        assertTrue(some.width());
        assertFalse(some.height());
        assertEquals(Map.of("width", true, "deviceId", true), some.toMap());
        assertEquals(some, MediaTrackSupportedConstraints.fromMap(some.toMap()));
        assertEquals(some, MediaTrackSupportedConstraints.fromMap(Map.of("width", true, "deviceId", true,
                "height", false, "frobnicate", true)));
        assertFalse(some.contains("zoom"));
        assertThrows(IllegalArgumentException.class, () -> MediaTrackSupportedConstraints.fromMap(Map.of("width", 1)));
    }

    @Test
    void ranges() {
        assertEquals(ULongRange.of(1, 2), ULongRange.fromMap(Map.of("min", 1, "max", 2.0)));
        assertEquals(Map.of("max", 2.5), DoubleRange.fromMap(Map.of("max", 2.5)).toMap());
        assertThrows(IllegalArgumentException.class, () -> DoubleRange.fromMap(Map.of("min", "0")));
    }

    @Test
    void constraintValueFactories() {
        assertEquals(Map.of("min", 30.0, "max", 60.0), ConstrainDouble.range(30, 60).toMapValue());
        assertEquals(Map.of("exact", true), ConstrainBoolean.exact(true).toMapValue());
        assertEquals(Map.of("ideal", List.of("a", "b")), ConstrainDOMString.ideal("a", "b").toMapValue());
        assertEquals("all", ConstrainBooleanOrDOMString.of("all").toMapValue());
        assertThrows(IllegalArgumentException.class, () -> ConstrainBooleanOrDOMString.exact(3));
        assertThrows(IllegalArgumentException.class, () -> ConstrainDouble.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ConstrainULong.of(-5));
        assertTrue(ConstrainULong.empty().isEmpty());
        assertEquals(Map.of(), ConstrainULong.empty().toMapValue());
        // the builder refuses a constraint of the wrong type for a property
        assertThrows(IllegalArgumentException.class, () -> MediaTrackConstraintSet.builder()
                .set(ConstrainableProperty.WIDTH, ConstrainDouble.of(1)));
        assertEquals(Arrays.asList(ConstrainableProperty.values()).size(), 33);
    }
}
