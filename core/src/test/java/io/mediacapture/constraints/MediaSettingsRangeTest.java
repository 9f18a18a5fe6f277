package io.mediacapture.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.MediaSettingsRange;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaSettingsRangeTest {
    @Test
    void containsOnlyValuesOnTheGrid() {
        MediaSettingsRange r = MediaSettingsRange.of(1, 4, 0.1);
        assertTrue(r.contains(2.3));
        assertFalse(r.contains(2.35));
        assertFalse(r.contains(4.1));
        assertTrue(MediaSettingsRange.of(0, 1, 0).contains(0.123), "step 0: anything in between");
    }

    @Test
    void nearestSnapsToTheGridWithinTheBounds() {
        MediaSettingsRange r = MediaSettingsRange.of(0, 255, 5);
        assertEquals(100, r.nearest(101, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(105, r.nearest(101, 102, 200), "the nearest grid value inside [102, 200]");
        assertEquals(255, r.nearest(1000, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(r.nearest(101, 101, 104)), "no grid value in [101, 104]");
    }

    @Test
    void mapsLikeTheIdlDictionary() {
        MediaSettingsRange r = MediaSettingsRange.of(-64, 64, 1);
        assertEquals(Map.of("min", -64.0, "max", 64.0, "step", 1.0), r.toMap());
        assertEquals(r, MediaSettingsRange.fromMap(r.toMap()));
        assertThrows(IllegalArgumentException.class, () -> MediaSettingsRange.fromMap(Map.of("min", 0, "max", 1)));
        assertThrows(IllegalArgumentException.class, () -> MediaSettingsRange.of(2, 1, 1));
    }
}
