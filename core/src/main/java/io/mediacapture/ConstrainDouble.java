package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * IDL {@code ConstrainDouble}: a bare {@code double}, or a {@code ConstrainDoubleRange} dictionary with
 * {@code min}, {@code max}, {@code exact} and {@code ideal}. Immutable; combine members with the
 * {@code with...} methods, e.g. {@code ConstrainDouble.min(24).withIdeal(30)}.
 */
public final class ConstrainDouble implements Constraint {
    private static final ConstrainDouble EMPTY = new ConstrainDouble(null, null, null, null, null);

    private final Double value;
    private final Double exact;
    private final Double ideal;
    private final Double min;
    private final Double max;

    private ConstrainDouble(Double value, Double exact, Double ideal, Double min, Double max) {
        this.value = check("value", value);
        this.exact = check("exact", exact);
        this.ideal = check("ideal", ideal);
        this.min = check("min", min);
        this.max = check("max", max);
    }

    private static Double check(String member, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw new IllegalArgumentException(member + ": " + v + " is not a finite double");
        }
        return v;
    }

    /** A bare value: ideal in the basic set, exact in an advanced set. */
    public static ConstrainDouble of(double value) {
        return new ConstrainDouble(value, null, null, null, null);
    }

    /** An empty {@code ConstrainDoubleRange} dictionary, to build on with the {@code with...} methods. */
    public static ConstrainDouble empty() {
        return EMPTY;
    }

    public static ConstrainDouble exact(double v) {
        return EMPTY.withExact(v);
    }

    public static ConstrainDouble ideal(double v) {
        return EMPTY.withIdeal(v);
    }

    public static ConstrainDouble min(double v) {
        return EMPTY.withMin(v);
    }

    public static ConstrainDouble max(double v) {
        return EMPTY.withMax(v);
    }

    public static ConstrainDouble range(double min, double max) {
        return EMPTY.withMin(min).withMax(max);
    }

    public ConstrainDouble withExact(double v) {
        return new ConstrainDouble(null, v, ideal, min, max);
    }

    public ConstrainDouble withIdeal(double v) {
        return new ConstrainDouble(null, exact, v, min, max);
    }

    public ConstrainDouble withMin(double v) {
        return new ConstrainDouble(null, exact, ideal, v, max);
    }

    public ConstrainDouble withMax(double v) {
        return new ConstrainDouble(null, exact, ideal, min, v);
    }

    /** The bare value, if this is one. */
    public OptionalDouble value() {
        return opt(value);
    }

    public OptionalDouble exact() {
        return opt(exact);
    }

    public OptionalDouble ideal() {
        return opt(ideal);
    }

    public OptionalDouble min() {
        return opt(min);
    }

    public OptionalDouble max() {
        return opt(max);
    }

    private static OptionalDouble opt(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public boolean isBare() {
        return value != null;
    }

    @Override
    public boolean isRequired(boolean bareIsExact) {
        return exact != null || min != null || max != null || (value != null && bareIsExact);
    }

    @Override
    public boolean isEmpty() {
        return value == null && exact == null && ideal == null && min == null && max == null;
    }

    @Override
    public Object toMapValue() {
        if (value != null) {
            return value;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "min", min);
        put(m, "max", max);
        put(m, "exact", exact);
        put(m, "ideal", ideal);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Object> m, String k, Double v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /**
     * WebIDL conversion of a map value: a {@link Number} (bare) or a {@code Map} with any of
     * min/max/exact/ideal.
     *
     * @param member the member's name, for the error message
     * @throws IllegalArgumentException naming {@code member} when the value has the wrong type
     */
    public static ConstrainDouble fromMapValue(String member, Object v) {
        if (v instanceof Number) {
            return of(WebIdl.toDouble(member, v));
        }
        if (!(v instanceof Map<?, ?>)) {
            throw WebIdl.typeError(member, "a double or a ConstrainDoubleRange dictionary (Number or Map)", v);
        }
        Map<String, ?> m = WebIdl.toDictionary(member, v);
        return new ConstrainDouble(null, get(member, m, "exact"), get(member, m, "ideal"),
                get(member, m, "min"), get(member, m, "max"));
    }

    private static Double get(String member, Map<String, ?> m, String key) {
        Object o = m.get(key);
        return o == null ? null : WebIdl.toDouble(member + "." + key, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstrainDouble c && Objects.equals(value, c.value) && Objects.equals(exact, c.exact)
                && Objects.equals(ideal, c.ideal) && Objects.equals(min, c.min) && Objects.equals(max, c.max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, exact, ideal, min, max);
    }

    @Override
    public String toString() {
        return String.valueOf(toMapValue());
    }
}
