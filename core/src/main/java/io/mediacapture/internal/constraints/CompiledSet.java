package io.mediacapture.internal.constraints;

import io.mediacapture.ConstrainBoolean;
import io.mediacapture.ConstrainBooleanOrDOMString;
import io.mediacapture.ConstrainBooleanOrDouble;
import io.mediacapture.ConstrainDOMString;
import io.mediacapture.ConstrainDouble;
import io.mediacapture.ConstrainULong;
import io.mediacapture.ConstrainableProperty;
import io.mediacapture.Constraint;
import io.mediacapture.MediaTrackConstraintSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One constraint set in the form the solver works with: for each numeric property the required interval
 * and the ideal value; for each discrete property the list of required values and the list of ideal ones.
 * Whether bare values are ideal (basic set) or exact (advanced set) is settled here, once.
 */
final class CompiledSet {
    static final int N = ConstrainableProperty.values().length;
    /** Tolerance for comparing double settings with double constraints (aspectRatio is rounded by spec). */
    static final double DOUBLE_TOLERANCE = 1e-6;

    /** Properties with a non-empty constraint, in IDL order. */
    final ConstrainableProperty[] present;
    final boolean[] required = new boolean[N];
    final double[] lo = new double[N];
    final double[] hi = new double[N];
    final double[] ideal = new double[N];
    @SuppressWarnings({"unchecked", "rawtypes"})
    final List<Object>[] requiredValues = new List[N];
    @SuppressWarnings({"unchecked", "rawtypes"})
    final List<Object>[] idealValues = new List[N];
    /**
     * Pan, tilt or zoom given as a bare boolean (exact in an advanced set): whether the camera must have the
     * control. Spec (fitness distance): "If constraintValue is a boolean, but the constrainable property is not",
     * what counts is whether the setting exists.
     */
    final Boolean[] requiredExists = new Boolean[N];
    /** The same as an ideal (a bare boolean in the basic set): {@code (constraintValue == exists) ? 0 : 1}. */
    final Boolean[] idealExists = new Boolean[N];

    private CompiledSet(MediaTrackConstraintSet set, boolean bareIsExact) {
        List<ConstrainableProperty> ps = new ArrayList<>();
        java.util.Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(ideal, Double.NaN);
        for (Map.Entry<ConstrainableProperty, Constraint> e : set.members().entrySet()) {
            Constraint c = e.getValue();
            if (c.isEmpty()) {
                continue; // spec: an empty constraint is no constraint
            }
            ConstrainableProperty p = e.getKey();
            int i = p.ordinal();
            ps.add(p);
            required[i] = c.isRequired(bareIsExact);
            switch (c) {
                case ConstrainULong u -> numeric(i, bareIsExact, box(u.value()), box(u.exact()), box(u.ideal()),
                        box(u.min()), box(u.max()));
                case ConstrainDouble d -> numeric(i, bareIsExact, box(d.value()), box(d.exact()), box(d.ideal()),
                        box(d.min()), box(d.max()));
                case ConstrainDOMString s -> discrete(i, bareIsExact, s.value().orElse(null),
                        s.exact().orElse(null), s.ideal().orElse(null));
                case ConstrainBoolean b -> discrete(i, bareIsExact, one(b.value().orElse(null)),
                        one(b.exact().orElse(null)), one(b.ideal().orElse(null)));
                case ConstrainBooleanOrDOMString b -> discrete(i, bareIsExact, one(b.value().orElse(null)),
                        one(b.exact().orElse(null)), one(b.ideal().orElse(null)));
                case ConstrainBooleanOrDouble b -> {
                    if (b.booleanValue().isPresent()) {
                        (bareIsExact ? requiredExists : idealExists)[i] = b.booleanValue().get();
                    } else {
                        ConstrainDouble d = b.constrainDouble().orElseThrow();
                        numeric(i, bareIsExact, box(d.value()), box(d.exact()), box(d.ideal()), box(d.min()),
                                box(d.max()));
                    }
                }
            }
        }
        present = ps.toArray(ConstrainableProperty[]::new);
    }

    static CompiledSet basic(MediaTrackConstraintSet set) {
        return new CompiledSet(set, false);
    }

    static CompiledSet advanced(MediaTrackConstraintSet set) {
        return new CompiledSet(set, true);
    }

    private static Double box(java.util.OptionalLong v) {
        return v.isPresent() ? (double) v.getAsLong() : null;
    }

    private static Double box(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static List<?> one(Object v) {
        return v == null ? null : List.of(v);
    }

    private void numeric(int i, boolean bareIsExact, Double value, Double exact, Double idealV, Double min, Double max) {
        if (value != null) {
            if (bareIsExact) {
                exact = value;
            } else {
                idealV = value;
            }
        }
        if (min != null) {
            lo[i] = Math.max(lo[i], min);
        }
        if (max != null) {
            hi[i] = Math.min(hi[i], max);
        }
        if (exact != null) {
            lo[i] = Math.max(lo[i], exact);
            hi[i] = Math.min(hi[i], exact);
        }
        if (idealV != null) {
            ideal[i] = idealV;
        }
    }

    @SuppressWarnings("unchecked")
    private void discrete(int i, boolean bareIsExact, List<?> value, List<?> exact, List<?> idealV) {
        if (value != null && !value.isEmpty()) {
            if (bareIsExact) {
                exact = value;
            } else {
                idealV = value;
            }
        }
        if (exact != null && !exact.isEmpty()) {
            requiredValues[i] = (List<Object>) exact;
        }
        if (idealV != null && !idealV.isEmpty()) {
            idealValues[i] = (List<Object>) idealV;
        }
    }

    boolean has(ConstrainableProperty p) {
        for (ConstrainableProperty q : present) {
            if (q == p) {
                return true;
            }
        }
        return false;
    }

    /** The required interval of a numeric property, widened by the tolerance for doubles. */
    double lower(ConstrainableProperty p) {
        double l = lo[p.ordinal()];
        return p.type() == ConstrainableProperty.Type.DOUBLE ? l - tolerance(l) : l;
    }

    double upper(ConstrainableProperty p) {
        double h = hi[p.ordinal()];
        return p.type() == ConstrainableProperty.Type.DOUBLE ? h + tolerance(h) : h;
    }

    private static double tolerance(double v) {
        return Double.isInfinite(v) ? 0 : DOUBLE_TOLERANCE * Math.max(1, Math.abs(v));
    }

    /** Whether the discrete setting {@code actual} (null = the setting does not exist) meets the requirement. */
    boolean satisfiesDiscrete(ConstrainableProperty p, Object actual) {
        List<Object> req = requiredValues[p.ordinal()];
        return req == null || (actual != null && req.contains(actual));
    }

    /** Whether the numeric setting meets the requirement. */
    boolean satisfiesNumeric(ConstrainableProperty p, double actual) {
        return actual >= lower(p) && actual <= upper(p);
    }
}
