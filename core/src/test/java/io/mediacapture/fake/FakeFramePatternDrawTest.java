package io.mediacapture.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.VideoPixelFormat;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The in-place drawing gives exactly the picture the pattern defines, at even, odd and tiny sizes. */
class FakeFramePatternDrawTest {
    private static final int[] BAR_Y = {235, 210, 170, 145, 106, 81, 41, 16};
    private static final int[] BAR_U = {128, 16, 166, 54, 202, 90, 240, 128};
    private static final int[] BAR_V = {128, 146, 16, 34, 222, 240, 110, 128};

    @ParameterizedTest(name = "{0}x{1} frame {2}")
    @CsvSource({"640, 480, 7", "1920, 1080, 123456", "97, 13, 3", "96, 4, 0", "101, 3, 99", "3840, 2160, 42"})
    void everyPixelIsWhatThePatternDefines(int width, int height, long frameNumber) {
        long timestamp = 0x0123_4567_89ab_cdefL + frameNumber;
        long bytes = VideoPixelFormat.I420.frameBytes(width, height);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = arena.allocate(bytes);
            m.fill((byte) 0x55); // drawing must overwrite every byte
            FakeFramePattern.drawI420(m, width, height, frameNumber, timestamp);
            int cw = (width + 1) / 2;
            int ch = (height + 1) / 2;
            long uOff = (long) width * height;
            long vOff = uOff + (long) cw * ch;
            int shift = (int) ((frameNumber * 4) % width);
            int band = Math.min(height, FakeFramePattern.bandHeight(height));
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int want;
                    if (y < band) {
                        int slot = (int) ((long) x * FakeFramePattern.SLOTS / width);
                        long bit = slot < 32 ? frameNumber >>> (31 - slot) : timestamp >>> (63 - (slot - 32));
                        want = (bit & 1) != 0 ? 235 : 16;
                    } else {
                        want = BAR_Y[bar(x, shift, width)];
                    }
                    assertEquals(want, luma(m, (long) y * width + x), "Y at " + x + "," + y);
                }
            }
            int chromaBand = (band + 1) / 2;
            for (int y = 0; y < ch; y++) {
                for (int x = 0; x < cw; x++) {
                    int b = bar(Math.min(width - 1, 2 * x), shift, width);
                    assertEquals(y < chromaBand ? 128 : BAR_U[b], luma(m, uOff + (long) y * cw + x), "U at " + x + "," + y);
                    assertEquals(y < chromaBand ? 128 : BAR_V[b], luma(m, vOff + (long) y * cw + x), "V at " + x + "," + y);
                }
            }
        }
    }

    private static int luma(MemorySegment m, long at) {
        return Byte.toUnsignedInt(m.get(ValueLayout.JAVA_BYTE, at));
    }

    private static int bar(int x, int shift, int width) {
        return (int) (((long) ((x + shift) % width) * 8) / width);
    }
}
