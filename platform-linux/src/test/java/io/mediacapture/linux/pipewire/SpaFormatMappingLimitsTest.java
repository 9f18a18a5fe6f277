package io.mediacapture.linux.pipewire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.pipewire.inline.FormatDescription;
import io.mediacapture.bindings.pipewire.inline.SpaFormats;
import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodBuilder;
import io.mediacapture.bindings.spa.pod.SpaPodParser;
import io.mediacapture.bindings.spa.pod.SpaRectangle;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node's EnumFormat params come from any client that may publish a node: what they expand into must stay bounded.
 * One crafted param of 1000 sizes and 1000 rates used to become their product, a million modes (a 48 KB pod of 3000
 * of each: 9 million modes and 437 MiB of heap, on the PipeWire thread).
 */
class SpaFormatMappingLimitsTest {

    /** The crafted pod as the registry gets it: encoded, then parsed back from bytes. */
    private static FormatDescription crafted(int sizes, int rates) {
        SpaPod[] sizeAlternatives = new SpaPod[sizes];
        for (int i = 0; i < sizes; i++) {
            sizeAlternatives[i] = new SpaRectangle(16 + 2 * i, 16 + 2 * i);
        }
        SpaPod[] rateAlternatives = new SpaPod[rates];
        for (int i = 0; i < rates; i++) {
            rateAlternatives[i] = new SpaFraction(1 + i % 120, 1 + i / 120);
        }
        byte[] pod = SpaPodBuilder.encode(SpaFormats.videoRawEnumFormat(
                SpaChoice.enumOf(new SpaId(spa_h.SPA_VIDEO_FORMAT_RGB()), new SpaId(spa_h.SPA_VIDEO_FORMAT_RGB()),
                        new SpaId(spa_h.SPA_VIDEO_FORMAT_YUY2())),
                SpaChoice.enumOf(sizeAlternatives[0], sizeAlternatives),
                SpaChoice.enumOf(rateAlternatives[0], rateAlternatives)));
        return SpaFormats.parseEnumFormat(SpaPodParser.parse(pod));
    }

    @Test
    void aParamOfManySizesAndRatesIsCapped() {
        FormatDescription d = crafted(1000, 1000);
        long t0 = System.nanoTime();
        SpaFormatMapping.VideoModes modes = SpaFormatMapping.videoModes(List.of(d));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(modes.capped(), "the node is reported as capped");
        assertTrue(modes.modes().size() <= SpaFormatMapping.MAX_MODES, modes.modes().size() + " modes");
        assertEquals(SpaFormatMapping.MAX_MODES, modes.modes().size(), "as many as the limit allows");
        assertTrue(millis < 2_000, "bounded work: " + millis + " ms");
        // The first values of each choice are the ones listed, in pod order.
        VideoMode first = modes.modes().getFirst();
        assertEquals(16, first.width());
        assertEquals(NativeVideoFormat.RGB24, first.format());
    }

    @Test
    void manyParamsTogetherAreCappedToo() {
        FormatDescription d = crafted(40, 40); // within the per-choice limit: 2 x 40 x 40 = 3200 modes each
        SpaFormatMapping.VideoModes modes = SpaFormatMapping.videoModes(List.of(d, d, d));
        assertTrue(modes.capped());
        assertEquals(SpaFormatMapping.MAX_MODES, modes.modes().size());
    }

    @Test
    void anOrdinaryCameraIsNotCapped() {
        FormatDescription d = crafted(8, 4);
        SpaFormatMapping.VideoModes modes = SpaFormatMapping.videoModes(List.of(d));
        assertFalse(modes.capped());
        assertEquals(2 * 8 * 4, modes.modes().size(), "every format, size and rate");
    }
}
