package io.mediacapture.linux.v4l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.v4l2.inline.Vidioc;
import io.mediacapture.linux.v4l2.FrameSizes.Fraction;
import io.mediacapture.linux.v4l2.FrameSizes.Intervals;
import io.mediacapture.linux.v4l2.FrameSizes.Size;
import io.mediacapture.linux.v4l2.FrameSizes.SizeRange;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeBuilderTest {
    private static final int YUYV = Vidioc.fourcc("YUYV");
    private static final int MJPG = Vidioc.fourcc("MJPG");
    private static final int JPEG = Vidioc.fourcc("JPEG");
    private static final int BAYER = Vidioc.fourcc("BA81");

    private static FormatDescription format(int fourcc, List<FormatDescription.SizeEntry> sizes) {
        return new FormatDescription(fourcc, 0, "test", sizes, false);
    }

    private static FormatDescription.SizeEntry size(int w, int h, Intervals i) {
        return new FormatDescription.SizeEntry(new Size(w, h), i);
    }

    @Test
    void discreteIntervalsGiveOneModePerRate() {
        var r = ModeBuilder.build(List.of(format(YUYV, List.of(
                size(640, 480, new Intervals.Discrete(List.of(new Fraction(1, 30), new Fraction(1, 15), new Fraction(1001, 30000))))))));
        assertEquals(3, r.modes().size());
        assertEquals(VideoMode.of(640, 480, NativeVideoFormat.YUY2, 30), r.modes().get(0));
        assertEquals(15, r.modes().get(1).maxFrameRate());
        assertEquals(29.97, r.modes().get(2).maxFrameRate(), 1e-3);
        assertEquals(YUYV, r.fourccs().get(NativeVideoFormat.YUY2));
    }

    @Test
    void anIntervalRangeGivesOneRangedMode() {
        var r = ModeBuilder.build(List.of(format(YUYV, List.of(
                size(1280, 720, new Intervals.Range(new Fraction(1, 60), new Fraction(2, 1), new Fraction(1, 1000)))))));
        assertEquals(List.of(new VideoMode(1280, 720, NativeVideoFormat.YUY2, 0.5, 60)), r.modes());
    }

    @Test
    void reversedIntervalRangeIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Intervals.Range(new Fraction(1, 1), new Fraction(1, 60), new Fraction(1, 1)));
    }

    @Test
    void formatsCoreCannotUseAreLeftOutAndTheFirstFourccServesAFormat() {
        var one = List.of(size(320, 240, new Intervals.Discrete(List.of(new Fraction(1, 30)))));
        var r = ModeBuilder.build(List.of(format(BAYER, one), format(MJPG, one), format(JPEG,
                List.of(size(1920, 1080, new Intervals.Discrete(List.of(new Fraction(1, 30))))))));
        assertEquals(List.of(VideoMode.of(320, 240, NativeVideoFormat.MJPEG, 30)), r.modes());
        assertEquals(MJPG, r.fourccs().get(NativeVideoFormat.MJPEG));
    }

    @Test
    void stepwiseSizesBecomeTheCommonSizesOnTheGridPlusTheEnds() {
        var sizes = FrameSizes.representativeSizes(new SizeRange(16, 1920, 16, 16, 1080, 8));
        assertEquals(new Size(16, 16), sizes.get(0));
        assertEquals(new Size(1920, 1080), sizes.get(sizes.size() - 1));
        assertTrue(sizes.contains(new Size(640, 480)));
        assertTrue(sizes.contains(new Size(1280, 720)));
        assertTrue(sizes.contains(new Size(176, 144)));
        assertFalse(sizes.contains(new Size(4096, 2160)), "beyond the maximum");
    }

    @Test
    void stepwiseGridIsRespected() {
        // widths 100, 164, 228, ...: none of the common sizes lies on this grid
        var sizes = FrameSizes.representativeSizes(new SizeRange(100, 740, 64, 100, 580, 48));
        assertEquals(List.of(new Size(100, 100), new Size(740, 580)), sizes);
    }

    @Test
    void continuousRangeKeepsEveryCommonSizeWithinAndClampsTheMaximumToTheGrid() {
        var sizes = FrameSizes.representativeSizes(new SizeRange(1, 4096, 1, 1, 2160, 1));
        assertEquals(new Size(1, 1), sizes.get(0));
        assertTrue(sizes.contains(new Size(3840, 2160)));
        assertEquals(new Size(4096, 2160), sizes.get(sizes.size() - 1));
        var odd = FrameSizes.representativeSizes(new SizeRange(2, 1001, 2, 2, 601, 2));
        assertEquals(new Size(1000, 600), odd.get(odd.size() - 1), "the largest size on the grid");
    }

    @Test
    void badRangesAreRejectedWithTheNumbers() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SizeRange(640, 320, 1, 480, 240, 1));
        assertTrue(e.getMessage().contains("640x480"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SizeRange(16, 32, 0, 16, 32, 1));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(0, 30));
    }

    @Test
    void frameIntervalForARate() {
        assertEquals(new Fraction(1, 30), StreamParameters.intervalFor(30));
        assertEquals(new Fraction(1000, 29970), StreamParameters.intervalFor(29.97));
        assertEquals(new Fraction(1000, 500), StreamParameters.intervalFor(0.5));
    }
}
