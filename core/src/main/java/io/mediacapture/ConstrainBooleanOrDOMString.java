package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * IDL {@code ConstrainBooleanOrDOMString} (the type of {@code echoCancellation}): a bare boolean or string,
 * or a dictionary with {@code exact} and {@code ideal}, each a {@link Boolean} or a {@link String} such as
 * "all" or "remote-only".
 */
public final class ConstrainBooleanOrDOMString implements Constraint {
    private static final ConstrainBooleanOrDOMString EMPTY = new ConstrainBooleanOrDOMString(null, null, null);

    private final Object value;
    private final Object exact;
    private final Object ideal;

    private ConstrainBooleanOrDOMString(Object value, Object exact, Object ideal) {
        this.value = check(value);
        this.exact = check(exact);
        this.ideal = check(ideal);
    }

    private static Object check(Object v) {
        if (v != null && !(v instanceof Boolean) && !(v instanceof String)) {
            throw new IllegalArgumentException("expected a Boolean or a String, got " + v.getClass().getName());
        }
        return v;
    }

    /** A bare value: ideal in the basic set, exact in an advanced set. */
    public static ConstrainBooleanOrDOMString of(boolean value) {
        return new ConstrainBooleanOrDOMString(value, null, null);
    }

    /** A bare string value such as "all" or "remote-only". */
    public static ConstrainBooleanOrDOMString of(String value) {
        return new ConstrainBooleanOrDOMString(Objects.requireNonNull(value, "value"), null, null);
    }

    public static ConstrainBooleanOrDOMString empty() {
        return EMPTY;
    }

    /** @param v a Boolean or a String */
    public static ConstrainBooleanOrDOMString exact(Object v) {
        return EMPTY.withExact(v);
    }

    /** @param v a Boolean or a String */
    public static ConstrainBooleanOrDOMString ideal(Object v) {
        return EMPTY.withIdeal(v);
    }

    public ConstrainBooleanOrDOMString withExact(Object v) {
        return new ConstrainBooleanOrDOMString(null, Objects.requireNonNull(v, "exact"), ideal);
    }

    public ConstrainBooleanOrDOMString withIdeal(Object v) {
        return new ConstrainBooleanOrDOMString(null, exact, Objects.requireNonNull(v, "ideal"));
    }

    /** The bare value (a Boolean or a String), if this is one. */
    public Optional<Object> value() {
        return Optional.ofNullable(value);
    }

    /** A Boolean or a String. */
    public Optional<Object> exact() {
        return Optional.ofNullable(exact);
    }

    /** A Boolean or a String. */
    public Optional<Object> ideal() {
        return Optional.ofNullable(ideal);
    }

    @Override
    public boolean isBare() {
        return value != null;
    }

    @Override
    public boolean isRequired(boolean bareIsExact) {
        return exact != null || (value != null && bareIsExact);
    }

    @Override
    public boolean isEmpty() {
        return value == null && exact == null && ideal == null;
    }

    @Override
    public Object toMapValue() {
        if (value != null) {
            return value;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (exact != null) {
            m.put("exact", exact);
        }
        if (ideal != null) {
            m.put("ideal", ideal);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * WebIDL conversion of a map value: a {@link Boolean} or {@link String} (bare), or a {@code Map} with
     * exact/ideal, each a Boolean or a String.
     *
     * @throws IllegalArgumentException naming {@code member} when the value has the wrong type
     */
    public static ConstrainBooleanOrDOMString fromMapValue(String member, Object v) {
        if (v instanceof Boolean || v instanceof CharSequence) {
            return new ConstrainBooleanOrDOMString(WebIdl.toBooleanOrDOMString(member, v), null, null);
        }
        if (!(v instanceof Map<?, ?>)) {
            throw WebIdl.typeError(member,
                    "a boolean, a DOMString or a ConstrainBooleanOrDOMStringParameters dictionary"
                            + " (Boolean, String or Map)", v);
        }
        Map<String, ?> m = WebIdl.toDictionary(member, v);
        Object e = m.get("exact");
        Object i = m.get("ideal");
        return new ConstrainBooleanOrDOMString(null,
                e == null ? null : WebIdl.toBooleanOrDOMString(member + ".exact", e),
                i == null ? null : WebIdl.toBooleanOrDOMString(member + ".ideal", i));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstrainBooleanOrDOMString c && Objects.equals(value, c.value)
                && Objects.equals(exact, c.exact) && Objects.equals(ideal, c.ideal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, exact, ideal, ConstrainBooleanOrDOMString.class);
    }

    @Override
    public String toString() {
        return String.valueOf(toMapValue());
    }
}
