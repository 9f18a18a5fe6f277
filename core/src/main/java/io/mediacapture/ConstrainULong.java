package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * IDL {@code ConstrainULong}: a bare {@code unsigned long}, or a {@code ConstrainULongRange} dictionary with
 * {@code min}, {@code max}, {@code exact} and {@code ideal}. Immutable; combine members with the
 * {@code with...} methods, e.g. {@code ConstrainULong.min(640).withIdeal(1280)}.
 */
public final class ConstrainULong implements Constraint {
    private static final ConstrainULong EMPTY = new ConstrainULong(null, null, null, null, null);

    private final Long value;
    private final Long exact;
    private final Long ideal;
    private final Long min;
    private final Long max;

    private ConstrainULong(Long value, Long exact, Long ideal, Long min, Long max) {
        this.value = check("value", value);
        this.exact = check("exact", exact);
        this.ideal = check("ideal", ideal);
        this.min = check("min", min);
        this.max = check("max", max);
    }

    private static Long check(String member, Long v) {
        if (v != null && (v < 0 || v > WebIdl.MAX_ULONG)) {
            throw new IllegalArgumentException(member + ": " + v + " is outside the unsigned long range");
        }
        return v;
    }

    /** A bare value: ideal in the basic set, exact in an advanced set. */
    public static ConstrainULong of(long value) {
        return new ConstrainULong(value, null, null, null, null);
    }

    /** An empty {@code ConstrainULongRange} dictionary, to build on with the {@code with...} methods. */
    public static ConstrainULong empty() {
        return EMPTY;
    }

    public static ConstrainULong exact(long v) {
        return EMPTY.withExact(v);
    }

    public static ConstrainULong ideal(long v) {
        return EMPTY.withIdeal(v);
    }

    public static ConstrainULong min(long v) {
        return EMPTY.withMin(v);
    }

    public static ConstrainULong max(long v) {
        return EMPTY.withMax(v);
    }

    public static ConstrainULong range(long min, long max) {
        return EMPTY.withMin(min).withMax(max);
    }

    public ConstrainULong withExact(long v) {
        return new ConstrainULong(null, v, ideal, min, max);
    }

    public ConstrainULong withIdeal(long v) {
        return new ConstrainULong(null, exact, v, min, max);
    }

    public ConstrainULong withMin(long v) {
        return new ConstrainULong(null, exact, ideal, v, max);
    }

    public ConstrainULong withMax(long v) {
        return new ConstrainULong(null, exact, ideal, min, v);
    }

    /** The bare value, if this is one. */
    public OptionalLong value() {
        return opt(value);
    }

    public OptionalLong exact() {
        return opt(exact);
    }

    public OptionalLong ideal() {
        return opt(ideal);
    }

    public OptionalLong min() {
        return opt(min);
    }

    public OptionalLong max() {
        return opt(max);
    }

    private static OptionalLong opt(Long v) {
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
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

    private static void put(Map<String, Object> m, String k, Long v) {
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
    public static ConstrainULong fromMapValue(String member, Object v) {
        if (v instanceof Number) {
            return of(WebIdl.toULong(member, v));
        }
        if (!(v instanceof Map<?, ?>)) {
            throw WebIdl.typeError(member, "an unsigned long or a ConstrainULongRange dictionary (Number or Map)", v);
        }
        Map<String, ?> m = WebIdl.toDictionary(member, v);
        return new ConstrainULong(null, get(member, m, "exact"), get(member, m, "ideal"),
                get(member, m, "min"), get(member, m, "max"));
    }

    private static Long get(String member, Map<String, ?> m, String key) {
        Object o = m.get(key);
        return o == null ? null : WebIdl.toULong(member + "." + key, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstrainULong c && Objects.equals(value, c.value) && Objects.equals(exact, c.exact)
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
