package io.mediacapture.testing;

import java.awt.image.BufferedImage;

/**
 * Checks a picture (a screenshot of a view, an image a view converted) against the fake camera's frame
 * ({@link io.mediacapture.fake.FakeFramePattern}): reads the frame number back from the code band, then checks
 * that the eight colour bars are exactly where that frame number puts them. The picture must be the frame at
 * 1:1 (no scaling).
 */
public final class FakeFrameCheck {
    /** The fake camera's bars, left to right before the per-frame shift: 100% colour bars. */
    private static final int[] BARS = {0xffffff, 0xffff00, 0x00ffff, 0x00ff00, 0xff00ff, 0xff0000, 0x0000ff, 0x000000};

    private FakeFrameCheck() {}

    /** The frame number the code band of a {@code width}-wide fake frame shows in {@code img}. */
    public static long frameNumber(BufferedImage img, int width, int height) {
        int band = Math.max(4, height / 40);
        long frameNumber = 0;
        for (int slot = 0; slot < 32; slot++) {
            int x = (int) ((slot * 2L + 1) * width / (2L * 96));
            frameNumber = frameNumber << 1 | (luma(img.getRGB(x, band / 2)) >= 128 ? 1 : 0);
        }
        return frameNumber;
    }

    /**
     * Null when {@code img} (at least {@code width x height}) shows a fake frame of that size, with the bars
     * where its frame number puts them, else what is wrong. The bottom {@code skipBottom} rows are not checked
     * (an overlay).
     */
    public static String compare(BufferedImage img, int width, int height, int skipBottom) {
        return compare(img, width, height, skipBottom, width);
    }

    /**
     * {@link #compare(BufferedImage, int, int, int)} for a frame the camera drew {@code drawnWidth} wide and then
     * scaled to {@code width} (resizeMode "crop-and-scale" without a crop): the bars move in the drawn frame's
     * pixels.
     */
    public static String compare(BufferedImage img, int width, int height, int skipBottom, int drawnWidth) {
        int band = Math.max(4, height / 40);
        long frameNumber = frameNumber(img, width, height);
        int shift = (int) ((frameNumber * 4) % drawnWidth);
        int barWidth = drawnWidth / 8;
        int compared = 0;
        int wrong = 0;
        for (int y = band + 4; y < height - skipBottom - 2; y += 3) {
            for (int x = 0; x < width; x++) {
                int pos = (int) (((long) x * drawnWidth / width + shift) % drawnWidth);
                int toEdge = Math.min(pos % barWidth, barWidth - pos % barWidth) * width / drawnWidth;
                if (toEdge <= 2) {
                    continue; // chroma is shared by two pixels, so edges may take the neighbour's colour
                }
                compared++;
                if (!close(img.getRGB(x, y), BARS[pos * 8 / drawnWidth], 40)) {
                    wrong++;
                }
            }
        }
        if (compared == 0 || wrong > compared / 100) {
            return wrong + " of " + compared + " pixels differ from frame " + frameNumber + "'s colour bars";
        }
        return null;
    }

    public static int luma(int rgb) {
        return (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
    }

    private static boolean close(int a, int b, int tolerance) {
        for (int s = 0; s <= 16; s += 8) {
            if (Math.abs((a >> s & 0xff) - (b >> s & 0xff)) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
