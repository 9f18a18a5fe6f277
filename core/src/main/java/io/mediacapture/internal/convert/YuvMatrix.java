package io.mediacapture.internal.convert;

/**
 * The YCbCr colour matrix and range of YUV pixels: which RGB a Y'CbCr triple means. Converters take
 * the matrix as a parameter; {@link #forFrame} reads it from a frame's colour space, and {@link #defaultFor(int)}
 * picks what Chromium assumes for untagged camera frames (BT.601 below 720 rows, BT.709 from 720 rows, limited range).
 *
 * <p>Each constant holds 16.16 fixed-point tables for both directions, built once from its Kr/Kb.
 *
 * @see io.mediacapture.VideoPixelFormat
 */
public enum YuvMatrix {
    /** ITU-R BT.601, Y 16..235, CbCr 16..240 (SD video). */
    BT601_LIMITED(0.299, 0.114, false),
    /** ITU-R BT.601, all codes 0..255 (JPEG/JFIF). */
    BT601_FULL(0.299, 0.114, true),
    /** ITU-R BT.709, Y 16..235, CbCr 16..240 (HD video). */
    BT709_LIMITED(0.2126, 0.0722, false),
    /** ITU-R BT.709, all codes 0..255. */
    BT709_FULL(0.2126, 0.0722, true);

    static final int ONE = 1 << 16;
    private static final int HALF = 1 << 15;

    private final double kr;
    private final double kb;
    private final boolean fullRange;

    // YUV -> RGB in 16.16 fixed point, exactly linear in the codes so that table and multiply kernels agree:
    // R = (yMul * Y + yAdd + rvMul * (V - 128)) >> 16, G adds guMul * (U - 128) + gvMul * (V - 128),
    // B adds buMul * (U - 128); yAdd includes the rounding half.
    final int yMul;
    final int yAdd;
    final int rvMul;
    final int guMul;
    final int gvMul;
    final int buMul;
    // the same, tabulated: R = (yTab[Y] + rvTab[V]) >> 16, G = (yTab[Y] + guTab[U] + gvTab[V]) >> 16, B = (yTab[Y] + buTab[U]) >> 16
    final int[] yTab = new int[256];
    final int[] rvTab = new int[256];
    final int[] guTab = new int[256];
    final int[] gvTab = new int[256];
    final int[] buTab = new int[256];

    // RGB -> YUV, 16.16 coefficients; offsets already include rounding
    final int yr;
    final int yg;
    final int yb;
    final int yOffset;
    final int ur;
    final int ug;
    final int ub;
    final int vr;
    final int vg;
    final int vb;

    YuvMatrix(double kr, double kb, boolean fullRange) {
        this.kr = kr;
        this.kb = kb;
        this.fullRange = fullRange;
        double kg = 1 - kr - kb;
        double yScale = fullRange ? 1 : 255.0 / 219;
        double cScale = fullRange ? 1 : 255.0 / 224;
        int yBase = fullRange ? 0 : 16;
        yMul = fix(yScale);
        yAdd = -yBase * yMul + HALF;
        rvMul = fix(2 * (1 - kr) * cScale);
        buMul = fix(2 * (1 - kb) * cScale);
        guMul = fix(-2 * kb * (1 - kb) / kg * cScale);
        gvMul = fix(-2 * kr * (1 - kr) / kg * cScale);
        for (int i = 0; i < 256; i++) {
            yTab[i] = yMul * i + yAdd;
            rvTab[i] = rvMul * (i - 128);
            buTab[i] = buMul * (i - 128);
            guTab[i] = guMul * (i - 128);
            gvTab[i] = gvMul * (i - 128);
        }
        double ys = 1 / yScale;
        double cs = 1 / cScale;
        yr = fix(kr * ys);
        yg = fix(kg * ys);
        yb = fix(kb * ys);
        yOffset = (yBase << 16) + HALF;
        ur = fix(-cs * kr / (2 * (1 - kb)));
        ug = fix(-cs * kg / (2 * (1 - kb)));
        ub = fix(cs / 2);
        vr = fix(cs / 2);
        vg = fix(-cs * kg / (2 * (1 - kr)));
        vb = fix(-cs * kb / (2 * (1 - kr)));
    }

    private static int fix(double v) {
        return (int) Math.round(v * ONE);
    }

    /** Chromium's assumption for untagged frames: BT.601 limited below 720 rows, BT.709 limited from 720 rows. */
    public static YuvMatrix defaultFor(int height) {
        return height < 720 ? BT601_LIMITED : BT709_LIMITED;
    }

    /**
     * The matrix for {@code frame}'s {@linkplain io.mediacapture.VideoFrame#colorSpace() colour space}: its matrix
     * ("bt709": BT.709; "bt470bg", "smpte170m": BT.601; otherwise by height as {@link #defaultFor}) and its range
     * (limited when it does not say).
     */
    public static YuvMatrix forFrame(io.mediacapture.VideoFrame frame) {
        io.mediacapture.VideoColorSpace cs = frame.colorSpace();
        if (cs == io.mediacapture.VideoColorSpace.UNSPECIFIED) {
            return defaultFor(frame.codedHeight()); // the common case, without Optionals
        }
        boolean bt709 = cs.matrix().map(m -> switch (m) {
            case "bt709" -> true;
            case "bt470bg", "smpte170m" -> false;
            default -> frame.codedHeight() >= 720;
        }).orElse(frame.codedHeight() >= 720);
        boolean full = cs.fullRange().orElse(false);
        return bt709 ? (full ? BT709_FULL : BT709_LIMITED) : (full ? BT601_FULL : BT601_LIMITED);
    }

    /** The colour space this matrix converts (matrix and range; primaries and transfer unknown). */
    public io.mediacapture.VideoColorSpace colorSpace() {
        return new io.mediacapture.VideoColorSpace(null, null, kr == 0.299 ? "smpte170m" : "bt709", fullRange);
    }

    public boolean isFullRange() {
        return fullRange;
    }

    /**
     * The affine map from YUV codes (0..255) to RGB (0..255, unclamped), as rows {r, g, b} of
     * {cY, cU, cV, constant}; for composing matrices (see MjpegDecoder).
     */
    double[][] rgbFromYuv() {
        double kg = 1 - kr - kb;
        double ys = fullRange ? 1 : 255.0 / 219;
        double cs = fullRange ? 1 : 255.0 / 224;
        double y0 = fullRange ? 0 : 16;
        double[][] m = {
                {ys, 0, 2 * (1 - kr) * cs, 0},
                {ys, -2 * kb * (1 - kb) / kg * cs, -2 * kr * (1 - kr) / kg * cs, 0},
                {ys, 2 * (1 - kb) * cs, 0, 0}};
        for (double[] row : m) {
            row[3] = -(row[0] * y0 + row[1] * 128 + row[2] * 128);
        }
        return m;
    }

    /** The affine map from RGB (0..255) to YUV codes, as rows {y, u, v} of {cR, cG, cB, constant}. */
    double[][] yuvFromRgb() {
        double kg = 1 - kr - kb;
        double ys = fullRange ? 1 : 219.0 / 255;
        double cs = fullRange ? 1 : 224.0 / 255;
        return new double[][] {
                {kr * ys, kg * ys, kb * ys, fullRange ? 0 : 16},
                {-cs * kr / (2 * (1 - kb)), -cs * kg / (2 * (1 - kb)), cs / 2, 128},
                {cs / 2, -cs * kg / (2 * (1 - kr)), -cs * kb / (2 * (1 - kr)), 128}};
    }
}
