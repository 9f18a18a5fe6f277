package io.mediacapture.internal.convert;

/**
 * Row kernels between YUV and 0xAARRGGBB pixels, in 16.16 fixed point with the tables of a
 * {@link YuvMatrix}. Chroma rows hold one sample per two pixels (4:2:2 within the row).
 */
final class YuvRgb {
    private YuvRgb() {
    }

    /** Converts one row; {@code u}/{@code v} hold {@code (w + 1) / 2} samples. Alpha is 255. */
    static void toArgb(byte[] y, byte[] u, byte[] v, int w, YuvMatrix m, int[] out, int outOff) {
        int[] yt = m.yTab;
        int[] rv = m.rvTab;
        int[] gu = m.guTab;
        int[] gv = m.gvTab;
        int[] bu = m.buTab;
        int pairs = w >> 1;
        for (int c = 0; c < pairs; c++) {
            int uu = u[c] & 0xFF;
            int vv = v[c] & 0xFF;
            int dr = rv[vv];
            int dg = gu[uu] + gv[vv];
            int db = bu[uu];
            int x = c << 1;
            int y0 = yt[y[x] & 0xFF];
            int y1 = yt[y[x + 1] & 0xFF];
            out[outOff + x] = argb(y0 + dr, y0 + dg, y0 + db);
            out[outOff + x + 1] = argb(y1 + dr, y1 + dg, y1 + db);
        }
        if ((w & 1) != 0) {
            int x = w - 1;
            int uu = u[pairs] & 0xFF;
            int vv = v[pairs] & 0xFF;
            int yy = yt[y[x] & 0xFF];
            out[outOff + x] = argb(yy + rv[vv], yy + gu[uu] + gv[vv], yy + bu[uu]);
        }
    }

    private static int argb(int r, int g, int b) {
        return 0xFF000000 | clamp(r >> 16) << 16 | clamp(g >> 16) << 8 | clamp(b >> 16);
    }

    /** Clamps to 0..255 without branches. */
    static int clamp(int v) {
        return (v | ((255 - v) >> 31)) & ~(v >> 31) & 0xFF;
    }

    /**
     * Converts one row of 0xAARRGGBB pixels to Y and to chroma averaged over each horizontal pair (a lone
     * last pixel counts twice).
     */
    static void toYuv(int[] argb, int off, int w, YuvMatrix m, byte[] yRow, byte[] uRow, byte[] vRow) {
        int yr = m.yr;
        int yg = m.yg;
        int yb = m.yb;
        int yo = m.yOffset;
        int ur = m.ur;
        int ug = m.ug;
        int ub = m.ub;
        int vr = m.vr;
        int vg = m.vg;
        int vb = m.vb;
        int co = (128 << 17) + (1 << 16);
        int cw = (w + 1) >> 1;
        for (int c = 0; c < cw; c++) {
            int x = c << 1;
            int p0 = argb[off + x];
            int p1 = x + 1 < w ? argb[off + x + 1] : p0;
            int r0 = (p0 >> 16) & 0xFF;
            int g0 = (p0 >> 8) & 0xFF;
            int b0 = p0 & 0xFF;
            int r1 = (p1 >> 16) & 0xFF;
            int g1 = (p1 >> 8) & 0xFF;
            int b1 = p1 & 0xFF;
            yRow[x] = (byte) clamp((yr * r0 + yg * g0 + yb * b0 + yo) >> 16);
            if (x + 1 < w) {
                yRow[x + 1] = (byte) clamp((yr * r1 + yg * g1 + yb * b1 + yo) >> 16);
            }
            int rs = r0 + r1;
            int gs = g0 + g1;
            int bs = b0 + b1;
            uRow[c] = (byte) clamp((ur * rs + ug * gs + ub * bs + co) >> 17);
            vRow[c] = (byte) clamp((vr * rs + vg * gs + vb * bs + co) >> 17);
        }
    }
}
