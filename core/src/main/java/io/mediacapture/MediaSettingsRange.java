package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IDL dictionary {@code MediaSettingsRange} of MediaStream Image Capture: the capability of a numeric camera
 * control, {@code min} to {@code max} in increments of {@code step} from {@code min}. A {@code step} of 0 means
 * any value in between.
 */
public record MediaSettingsRange(double min, double max, double step) {
    public MediaSettingsRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("range " + min + ".." + max + " step " + step + " is not finite");
        }
        if (min > max || step < 0) {
            throw new IllegalArgumentException("range " + min + ".." + max + " step " + step + " is empty or has a negative step");
        }
    }

    public static MediaSettingsRange of(double min, double max, double step) {
        return new MediaSettingsRange(min, max, step);
    }

    /** Whether {@code v} is within the range and on its grid (within a small tolerance). */
    public boolean contains(double v) {
        double tol = 1e-6 * Math.max(1, Math.abs(v));
        if (v < min - tol || v > max + tol) {
            return false;
        }
        if (step == 0) {
            return true;
        }
        double k = (v - min) / step;
        return Math.abs(k - Math.rint(k)) * step <= tol;
    }

    /** The value of the range nearest to {@code v} within {@code [lo, hi]}; NaN when none is in there. */
    public double nearest(double v, double lo, double hi) {
        double l = Math.max(min, lo);
        double h = Math.min(max, hi);
        double tol = 1e-6 * Math.max(1, Math.max(Math.abs(l), Math.abs(h)));
        if (l > h + tol) {
            return Double.NaN;
        }
        double c = Math.max(l, Math.min(h, v));
        if (step == 0) {
            return c;
        }
        double k = Math.rint((c - min) / step);
        double kLo = Math.ceil((l - min) / step - 1e-9);
        double kHi = Math.floor((h - min) / step + 1e-9);
        if (kLo > kHi) {
            return Double.NaN;
        }
        k = Math.max(kLo, Math.min(kHi, k));
        return Math.min(max, min + k * step);
    }

    /**
     * WebIDL conversion from {@code {min, max, step}} (all required).
     *
     * @throws IllegalArgumentException naming the member when one is missing or has the wrong type
     */
    public static MediaSettingsRange fromMap(Map<String, ?> map) {
        return fromMap("", map);
    }

    static MediaSettingsRange fromMap(String prefix, Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        return new MediaSettingsRange(get(prefix, "min", m), get(prefix, "max", m), get(prefix, "step", m));
    }

    private static double get(String prefix, String member, Map<String, ?> m) {
        Object v = m.get(member);
        if (v == null) {
            throw new IllegalArgumentException(prefix + member + ": required member is missing");
        }
        return WebIdl.toDouble(prefix + member, v);
    }

    /** {@code {min: Double, max: Double, step: Double}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", min);
        m.put("max", max);
        m.put("step", step);
        return m;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
