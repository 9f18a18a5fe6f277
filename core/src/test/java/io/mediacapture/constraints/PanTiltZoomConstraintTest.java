package io.mediacapture.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.ConstrainBooleanOrDouble;
import io.mediacapture.ConstrainDouble;
import io.mediacapture.ConstrainableProperty;
import io.mediacapture.MediaStreamConstraints;
import io.mediacapture.MediaTrackConstraintSet;
import io.mediacapture.MediaTrackConstraints;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MediaStream Image Capture's {@code (boolean or ConstrainDouble)} members {@code pan}, {@code tilt}, {@code zoom}
 * as dictionaries: conversion from and to maps as JavaScript writes them, the typed builder and accessors.
 */
class PanTiltZoomConstraintTest {

    @Test
    void aBareBooleanIsAcceptedAndComesBackAsGiven() {
        Map<String, Object> in = Map.of("zoom", true, "pan", false, "tilt", Map.of("min", -3600));
        MediaTrackConstraints c = MediaTrackConstraints.fromMap(in);
        assertEquals(true, c.zoom().orElseThrow().booleanValue().orElseThrow());
        assertTrue(c.zoom().orElseThrow().constrainDouble().isEmpty());
        assertEquals(false, c.pan().orElseThrow().booleanValue().orElseThrow());
        assertEquals(ConstrainDouble.min(-3600), c.tilt().orElseThrow().constrainDouble().orElseThrow());
        assertTrue(c.tilt().orElseThrow().booleanValue().isEmpty());

        Map<String, Object> out = c.toMap();
        assertEquals(Boolean.TRUE, out.get("zoom"), "a boolean stays a boolean");
        assertEquals(Boolean.FALSE, out.get("pan"));
        assertEquals(Map.of("min", -3600.0), out.get("tilt"));
        assertEquals(c, MediaTrackConstraints.fromMap(out), "map round trip");
        assertEquals(c.hashCode(), MediaTrackConstraints.fromMap(out).hashCode());
    }

    @Test
    void aBooleanIsBareNeverEmptyAndRequiredOnlyInAnAdvancedSet() {
        ConstrainBooleanOrDouble t = ConstrainBooleanOrDouble.of(true);
        assertTrue(t.isBare());
        assertFalse(t.isEmpty(), "true is a constraint of its own, not an empty one");
        assertFalse(t.isRequired(false), "bare is ideal in the basic set");
        assertTrue(t.isRequired(true), "bare is exact in an advanced set");
        assertTrue(t.asksForControl());
        ConstrainBooleanOrDouble f = ConstrainBooleanOrDouble.of(false);
        assertFalse(f.isEmpty());
        assertFalse(f.asksForControl(), "false is the one value that does not ask for the control");
        ConstrainBooleanOrDouble empty = ConstrainBooleanOrDouble.of(ConstrainDouble.empty());
        assertTrue(empty.isEmpty());
        assertTrue(empty.asksForControl(), "spec: a member that exists with a value other than false");
        ConstrainBooleanOrDouble exact = ConstrainBooleanOrDouble.of(ConstrainDouble.exact(2));
        assertTrue(exact.isRequired(false));
        assertFalse(exact.isBare());
        assertNotEquals(ConstrainBooleanOrDouble.of(true), ConstrainBooleanOrDouble.of(1));
        assertNotEquals(ConstrainBooleanOrDouble.of(true), ConstrainBooleanOrDouble.of(false));
        assertEquals(ConstrainBooleanOrDouble.of(2), ConstrainBooleanOrDouble.of(ConstrainDouble.of(2)));
    }

    @Test
    void theBuilderTakesBooleansDoublesAndConstrainDoubles() {
        MediaTrackConstraints c = MediaTrackConstraints.builder()
                .pan(true)
                .tilt(ConstrainDouble.range(-10, 10))
                .zoom(2.5)
                .advanced(MediaTrackConstraintSet.builder().zoom(false).build())
                .build();
        assertEquals(Map.of("pan", true, "tilt", Map.of("min", -10.0, "max", 10.0), "zoom", 2.5,
                "advanced", List.of(Map.of("zoom", false))), c.toMap());
        assertEquals(c, MediaTrackConstraints.fromMap(c.toMap()));
        assertEquals(Map.of("zoom", 2.5), MediaTrackConstraintSet.builder()
                .set(ConstrainableProperty.ZOOM, ConstrainDouble.of(2.5)).build().toMap(),
                "set() takes a ConstrainDouble for zoom, as before the union");
        assertEquals(MediaTrackConstraintSet.builder().zoom(2.5).build(), MediaTrackConstraintSet.builder()
                .set(ConstrainableProperty.ZOOM, ConstrainDouble.of(2.5)).build());
        assertThrows(IllegalArgumentException.class, () -> MediaTrackConstraintSet.builder()
                .set(ConstrainableProperty.BRIGHTNESS, ConstrainBooleanOrDouble.of(true)),
                "only pan, tilt and zoom take a boolean");
        assertTrue(ConstrainableProperty.ZOOM.isPanTiltZoom());
        assertFalse(ConstrainableProperty.BRIGHTNESS.isPanTiltZoom());
    }

    @Test
    void advancedSetsAndMediaStreamConstraintsCarryTheBooleans() {
        MediaStreamConstraints s = MediaStreamConstraints.fromMap(Map.of("video",
                Map.of("pan", true, "advanced", List.of(Map.of("tilt", true), Map.of("zoom", 3)))));
        MediaTrackConstraints v = s.video().orElseThrow();
        assertEquals(true, v.pan().orElseThrow().booleanValue().orElseThrow());
        assertEquals(true, v.advanced().get(0).tilt().orElseThrow().booleanValue().orElseThrow());
        assertEquals(3.0, v.advanced().get(1).zoom().orElseThrow().constrainDouble().orElseThrow().value()
                .getAsDouble());
    }

    @Test
    void otherTypesAreTypeErrorsNamingTheMember() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackConstraints.fromMap(Map.of("zoom", "yes")));
        assertTrue(e.getMessage().startsWith("zoom"), e.getMessage());
        assertTrue(e.getMessage().contains("boolean"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackConstraints.fromMap(Map.of("advanced", List.of(Map.of("pan", List.of(true))))));
        assertTrue(e.getMessage().startsWith("advanced[0].pan"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MediaTrackConstraints.fromMap(Map.of("tilt", Map.of("exact", true))));
        assertTrue(e.getMessage().startsWith("tilt.exact"), "a boolean inside the dictionary: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MediaTrackConstraints.fromMap(Map.of("brightness", true)),
                "brightness is a plain ConstrainDouble");
    }
}
