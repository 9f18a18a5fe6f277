package io.mediacapture.internal.constraints;

import static io.mediacapture.internal.constraints.FitnessDistance.discrete;
import static io.mediacapture.internal.constraints.FitnessDistance.numeric;

import io.mediacapture.ConstrainableProperty;

/**
 * A connected block of a camera's candidate settings: either one native size with its native frame-rate
 * intervals (resizeMode "none"), or every size up to a native one with every rate up to its highest
 * (resizeMode "crop-and-scale"). Required constraints narrow the block's bounds; the best settings inside
 * are then found analytically instead of by enumerating sizes.
 */
final class VideoRegion implements Region {
    static final String NONE = "none";
    static final String CROP_AND_SCALE = "crop-and-scale";
    static final double DEFAULT_WIDTH = 640;
    static final double DEFAULT_HEIGHT = 480;
    static final double DEFAULT_FRAME_RATE = 30;
    private static final double EPS = 1e-9;

    final VideoModel model;
    final int deviceIndex;
    /** Index into the model's sizes ("none") or frontier ("crop-and-scale"). */
    final int index;
    final boolean crop;
    final int nativeW;
    final int nativeH;
    /** The camera controls; each region narrows its own copy (advanced sets narrow copies of regions). */
    ControlRegion controls;

    long w1;
    long w2;
    long h1;
    long h2;
    double a1;
    double a2;
    double r1;
    double r2;
    /** The rate bounds without the comparison tolerance: settings report these exact values when they bind. */
    double r1Strict;
    double r2Strict;

    // Result of evaluate().
    long bestW;
    long bestH;
    double bestR;
    double f;
    double g;
    ControlRegion.Result controlResult;

    private VideoRegion(VideoModel model, int deviceIndex, int index, boolean crop, int nativeW, int nativeH) {
        this.model = model;
        this.deviceIndex = deviceIndex;
        this.index = index;
        this.crop = crop;
        this.nativeW = nativeW;
        this.nativeH = nativeH;
        this.controls = ControlRegion.of(model.device);
    }

    static VideoRegion none(VideoModel m, int deviceIndex, int size) {
        VideoRegion r = new VideoRegion(m, deviceIndex, size, false, m.sizeW[size], m.sizeH[size]);
        r.w1 = r.w2 = m.sizeW[size];
        r.h1 = r.h2 = m.sizeH[size];
        r.a1 = 0;
        r.a2 = Double.POSITIVE_INFINITY;
        r.r1 = r.r1Strict = 0;
        r.r2 = r.r2Strict = Double.POSITIVE_INFINITY;
        return r;
    }

    static VideoRegion crop(VideoModel m, int deviceIndex, int front) {
        VideoRegion r = new VideoRegion(m, deviceIndex, front, true, m.frontW[front], m.frontH[front]);
        r.w1 = 1;
        r.w2 = m.frontW[front];
        r.h1 = 1;
        r.h2 = m.frontH[front];
        r.a1 = 0;
        r.a2 = Double.POSITIVE_INFINITY;
        r.r1 = r.r1Strict = m.cropMinRate;
        r.r2 = r.r2Strict = m.frontRate[front];
        return r;
    }

    @Override
    public VideoRegion copy() {
        VideoRegion r = new VideoRegion(model, deviceIndex, index, crop, nativeW, nativeH);
        r.w1 = w1;
        r.w2 = w2;
        r.h1 = h1;
        r.h2 = h2;
        r.a1 = a1;
        r.a2 = a2;
        r.r1 = r1;
        r.r2 = r2;
        r.r1Strict = r1Strict;
        r.r2Strict = r2Strict;
        r.controls = controls.copy();
        return r;
    }

    @Override
    public double f() {
        return f;
    }

    @Override
    public double g() {
        return g;
    }

    @Override
    public int deviceIndex() {
        return deviceIndex;
    }

    @Override
    public int derived() {
        return crop ? 1 : 0;
    }

    String resizeMode() {
        return crop ? CROP_AND_SCALE : NONE;
    }

    /**
     * Narrows this region to the settings that satisfy the required constraints of {@code s} (audio
     * constraints do not apply to a camera and are ignored).
     *
     * @return whether any settings remain
     */
    @Override
    public boolean narrow(CompiledSet s) {
        for (ConstrainableProperty p : s.present) {
            if (s.required[p.ordinal()] && !narrow(s, p)) {
                return false;
            }
        }
        return feasible();
    }

    /** Narrows by one required constraint; false when a constant setting fails it. */
    @Override
    public boolean narrow(CompiledSet s, ConstrainableProperty p) {
        switch (p) {
            case WIDTH -> {
                w1 = Math.max(w1, ceilLong(s.lower(p)));
                w2 = Math.min(w2, floorLong(s.upper(p)));
            }
            case HEIGHT -> {
                h1 = Math.max(h1, ceilLong(s.lower(p)));
                h2 = Math.min(h2, floorLong(s.upper(p)));
            }
            case ASPECT_RATIO -> {
                a1 = Math.max(a1, s.lower(p));
                a2 = Math.min(a2, s.upper(p));
            }
            case FRAME_RATE -> {
                r1 = Math.max(r1, s.lower(p));
                r2 = Math.min(r2, s.upper(p));
                r1Strict = Math.max(r1Strict, s.lo[p.ordinal()]);
                r2Strict = Math.min(r2Strict, s.hi[p.ordinal()]);
            }
            case FACING_MODE -> {
                return s.satisfiesDiscrete(p, model.device.facingMode());
            }
            case RESIZE_MODE -> {
                return s.satisfiesDiscrete(p, resizeMode());
            }
            case DEVICE_ID -> {
                return s.satisfiesDiscrete(p, model.device.deviceId());
            }
            case GROUP_ID -> {
                return s.satisfiesDiscrete(p, model.device.groupId());
            }
            case BACKGROUND_BLUR -> {
                return s.satisfiesDiscrete(p, Boolean.FALSE);
            }
            default -> {
                if (p.isCameraControl()) {
                    return controls.narrow(s, p);
                }
                // audio-only: does not apply to a camera
            }
        }
        return true;
    }

    private static long ceilLong(double v) {
        return v <= Long.MIN_VALUE ? Long.MIN_VALUE : v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(v);
    }

    private static long floorLong(double v) {
        return v <= Long.MIN_VALUE ? Long.MIN_VALUE : v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.floor(v);
    }

    @Override
    public boolean feasible() {
        return w1 <= w2 && h1 <= h2 && a1 <= a2 && r1 <= r2 && rateFeasible() && sizeFeasible();
    }

    private boolean rateFeasible() {
        if (crop) {
            return true; // r1..r2 started inside the crop-and-scale range
        }
        double[] lo = model.rateLo[index];
        double[] hi = model.rateHi[index];
        for (int k = 0; k < lo.length; k++) {
            if (lo[k] <= r2 && hi[k] >= r1) {
                return true;
            }
        }
        return false;
    }

    private boolean aspectOk(long w, long h) {
        double a = (double) w / h;
        return a >= a1 && a <= a2;
    }

    /** Whether an integer width and height exist within the bounds whose ratio is within [a1, a2]. */
    private boolean sizeFeasible() {
        if (a1 <= 0 && a2 == Double.POSITIVE_INFINITY) {
            return true;
        }
        if (w1 == w2 && h1 == h2) {
            return aspectOk(w1, h1);
        }
        long hs = h1;
        long he = h2;
        if (a2 < Double.POSITIVE_INFINITY) {
            hs = Math.max(hs, (long) Math.ceil(w1 / a2 - EPS));
        }
        if (a1 > 0) {
            he = Math.min(he, (long) Math.floor(w2 / a1 + EPS));
        }
        // The widest width interval is at the largest height, so search downward from there; this ends at
        // once unless the aspect ratio is pinned to a value few integer sizes reach.
        for (long h = he; h >= hs; h--) {
            if (widthLow(h) <= widthHigh(h)) {
                return true;
            }
        }
        return false;
    }

    private long widthLow(long h) {
        return Math.max(w1, (long) Math.ceil(a1 * h - EPS));
    }

    private long widthHigh(long h) {
        return a2 == Double.POSITIVE_INFINITY ? w2 : Math.min(w2, (long) Math.floor(a2 * h + EPS));
    }

    /**
     * Finds the best settings in this (non-empty) region for the basic set: the smallest fitness distance
     * {@code f}, ties broken by the distance {@code g} to the defaults (640x480 at 30 fps, no cropping).
     */
    @Override
    public void evaluate(CompiledSet basic) {
        double fConst = discrete(model.device.facingMode(), basic.idealValues[ConstrainableProperty.FACING_MODE.ordinal()])
                + discrete(resizeMode(), basic.idealValues[ConstrainableProperty.RESIZE_MODE.ordinal()])
                + discrete(model.device.deviceId(), basic.idealValues[ConstrainableProperty.DEVICE_ID.ordinal()])
                + discrete(model.device.groupId(), basic.idealValues[ConstrainableProperty.GROUP_ID.ordinal()])
                + discrete(Boolean.FALSE, basic.idealValues[ConstrainableProperty.BACKGROUND_BLUR.ordinal()]);
        double iw = basic.ideal[ConstrainableProperty.WIDTH.ordinal()];
        double ih = basic.ideal[ConstrainableProperty.HEIGHT.ordinal()];
        double ia = basic.ideal[ConstrainableProperty.ASPECT_RATIO.ordinal()];
        if (crop) {
            bestSize(iw, ih, ia);
        } else {
            bestW = w1;
            bestH = h1;
            sizeF = numeric(w1, iw) + numeric(h1, ih) + numeric((double) w1 / h1, ia);
            sizeG = numeric(w1, DEFAULT_WIDTH) + numeric(h1, DEFAULT_HEIGHT);
        }
        bestRate(basic.ideal[ConstrainableProperty.FRAME_RATE.ordinal()]);
        controlResult = controls.evaluate(basic);
        f = fConst + sizeF + rateF + controlResult.f();
        g = sizeG + rateG;
    }

    private double sizeF;
    private double sizeG;
    private double rateF;
    private double rateG;

    private void bestRate(double ir) {
        double target = Double.isNaN(ir) ? DEFAULT_FRAME_RATE : ir;
        if (crop) {
            setRate(clampRate(target, r1, r2), ir);
            return;
        }
        double[] lo = model.rateLo[index];
        double[] hi = model.rateHi[index];
        boolean found = false;
        double bestF = 0;
        double bestG = 0;
        double best = 0;
        for (int k = 0; k < lo.length; k++) {
            double l = Math.max(lo[k], r1);
            double h = Math.min(hi[k], r2);
            if (l > h) {
                continue;
            }
            double r = clampRate(target, l, h);
            double fr = numeric(r, ir);
            double gr = numeric(r, DEFAULT_FRAME_RATE);
            if (!found || fr < bestF - EPS || (fr <= bestF + EPS && gr < bestG - EPS)) {
                found = true;
                bestF = fr;
                bestG = gr;
                best = r;
            }
        }
        setRate(best, ir);
    }

    private void setRate(double r, double ir) {
        bestR = r;
        rateF = numeric(r, ir);
        rateG = numeric(r, DEFAULT_FRAME_RATE);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Clamps into [lo, hi], preferring the untolerated constraint bounds so that an exact 15 reports 15. */
    private double clampRate(double v, double lo, double hi) {
        double l = Math.max(lo, r1Strict);
        double h = Math.min(hi, r2Strict);
        return l <= h ? clamp(v, l, h) : clamp(v, lo, hi);
    }

    // Candidate search for crop-and-scale. Each term of the objective, as a function of width, height or
    // their ratio, falls linearly towards its ideal and rises concavely beyond it, so on every cell cut by
    // the lines w = const, h = const and w = a*h through the ideals, defaults and bounds the objective is
    // concave and its minimum lies on a vertex. We evaluate the integer points around those vertices.
    private boolean found;

    private void bestSize(double iw, double ih, double ia) {
        // Defaults: 640x480 when no size is asked for; otherwise keep the asked-for (or else the native)
        // aspect ratio, so that a lone ideal width scales the picture instead of cropping it.
        double da = Double.isNaN(ia) ? (double) nativeW / nativeH : ia;
        double dw;
        double dh;
        if (Double.isNaN(iw) && Double.isNaN(ih)) {
            dh = DEFAULT_HEIGHT;
            if (Double.isNaN(ia)) {
                dw = DEFAULT_WIDTH;
                da = DEFAULT_WIDTH / DEFAULT_HEIGHT;
            } else {
                dw = DEFAULT_HEIGHT * da;
            }
        } else if (Double.isNaN(ih)) {
            dw = iw;
            dh = iw / da;
        } else if (Double.isNaN(iw)) {
            dh = ih;
            dw = ih * da;
        } else {
            dw = iw;
            dh = ih;
        }
        double[] xs = new double[4];
        double[] ys = new double[4];
        double[] rays = new double[4];
        int nx = add(xs, add(xs, add(xs, add(xs, 0, w1), w2), iw), dw);
        int ny = add(ys, add(ys, add(ys, add(ys, 0, h1), h2), ih), dh);
        int nr = add(rays, add(rays, 0, ia), da);
        if (a1 > 0) {
            nr = add(rays, nr, a1);
        }
        if (a2 < Double.POSITIVE_INFINITY) {
            nr = add(rays, nr, a2);
        }
        found = false;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                around(xs[i], ys[j], iw, ih, ia, dw, dh, da);
            }
            for (int k = 0; k < nr; k++) {
                around(xs[i], xs[i] / rays[k], iw, ih, ia, dw, dh, da);
            }
        }
        for (int j = 0; j < ny; j++) {
            for (int k = 0; k < nr; k++) {
                around(ys[j] * rays[k], ys[j], iw, ih, ia, dw, dh, da);
            }
        }
        if (!found) {
            scan(iw, ih, ia, dw, dh, da);
        }
    }

    /** Appends v unless NaN or already present; returns the new count. */
    private static int add(double[] a, int n, double v) {
        if (Double.isNaN(v)) {
            return n;
        }
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return n;
            }
        }
        a[n] = v;
        return n + 1;
    }

    private void around(double x, double y, double iw, double ih, double ia, double dw, double dh, double da) {
        if (!(x > 0) || !(y > 0) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return;
        }
        long xf = clampL((long) Math.floor(x), w1, w2);
        long xc = clampL((long) Math.ceil(x), w1, w2);
        long yf = clampL((long) Math.floor(y), h1, h2);
        long yc = clampL((long) Math.ceil(y), h1, h2);
        consider(xf, yf, iw, ih, ia, dw, dh, da);
        if (yc != yf) {
            consider(xf, yc, iw, ih, ia, dw, dh, da);
        }
        if (xc != xf) {
            consider(xc, yf, iw, ih, ia, dw, dh, da);
            if (yc != yf) {
                consider(xc, yc, iw, ih, ia, dw, dh, da);
            }
        }
    }

    private static long clampL(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void consider(long w, long h, double iw, double ih, double ia, double dw, double dh, double da) {
        if (!aspectOk(w, h)) {
            return;
        }
        double a = (double) w / h;
        double fv = numeric(w, iw) + numeric(h, ih) + numeric(a, ia);
        if (found && fv > sizeF + EPS) {
            return;
        }
        double gv = numeric(w, dw) + numeric(h, dh) + numeric(a, da);
        boolean tie = found && fv >= sizeF - EPS && Math.abs(gv - sizeG) <= EPS;
        if (!found || fv < sizeF - EPS || gv < sizeG - EPS || (tie && w * h < bestW * bestH)) {
            found = true;
            sizeF = fv;
            sizeG = gv;
            bestW = w;
            bestH = h;
        }
    }

    /** Fallback when the aspect ratio is pinned so tightly that no vertex rounds to a valid size. */
    private void scan(double iw, double ih, double ia, double dw, double dh, double da) {
        for (long h = h2; h >= h1; h--) {
            long lo = widthLow(h);
            long hi = widthHigh(h);
            if (lo > hi) {
                continue;
            }
            for (double t : new double[] {iw, dw, ia * h, da * h}) {
                if (!Double.isNaN(t)) {
                    consider(clampL(Math.round(t), lo, hi), h, iw, ih, ia, dw, dh, da);
                }
            }
            consider(lo, h, iw, ih, ia, dw, dh, da);
            consider(hi, h, iw, ih, ia, dw, dh, da);
        }
    }
}
