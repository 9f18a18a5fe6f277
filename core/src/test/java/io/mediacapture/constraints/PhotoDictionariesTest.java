package io.mediacapture.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.Blob;
import io.mediacapture.MediaSettingsRange;
import io.mediacapture.PhotoCapabilities;
import io.mediacapture.PhotoSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MediaStream Image Capture dictionaries and Blob, as maps the way JavaScript writes them. */
class PhotoDictionariesTest {
    @Test
    void photoSettingsRoundTripAndNameBadMembers() {
        PhotoSettings s = PhotoSettings.fromMap(Map.of("imageWidth", 1280, "imageHeight", 720.0, "fillLightMode", "off",
                "redEyeReduction", false, "unknown", 1));
        assertEquals(1280.0, s.imageWidth().getAsDouble());
        assertEquals(Map.of("fillLightMode", "off", "imageHeight", 720.0, "imageWidth", 1280.0, "redEyeReduction", false),
                s.toMap());
        assertEquals(s, PhotoSettings.fromMap(s.toMap()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhotoSettings.fromMap(Map.of("imageWidth", "wide")));
        assertTrue(e.getMessage().startsWith("imageWidth"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhotoSettings.fromMap(Map.of("fillLightMode", "strobe")));
    }

    @Test
    void photoCapabilitiesRoundTrip() {
        PhotoCapabilities c = PhotoCapabilities.builder().imageWidth(MediaSettingsRange.of(640, 1920, 1))
                .imageHeight(MediaSettingsRange.of(480, 1080, 1)).fillLightMode(List.of("auto", "off", "flash")).build();
        assertEquals("never", c.redEyeReduction());
        assertEquals(c, PhotoCapabilities.fromMap(c.toMap()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhotoCapabilities.fromMap(Map.of("imageWidth", Map.of("min", 1, "max", 2))));
        assertTrue(e.getMessage().startsWith("imageWidth.step"), e.getMessage());
    }

    @Test
    void blobCopiesItsBytes() throws Exception {
        byte[] b = {1, 2, 3};
        Blob blob = new Blob(b, "image/png");
        b[0] = 9;
        assertEquals(1, blob.bytes()[0], "the blob kept its own copy");
        blob.bytes()[1] = 9;
        assertEquals(2, blob.bytes()[1], "bytes() gives a copy");
        assertEquals(3, blob.size());
        assertEquals(3, blob.stream().readAllBytes().length);
    }
}
