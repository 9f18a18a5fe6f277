package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** IDL {@code ConstrainBoolean}: a bare {@code boolean}, or a dictionary with {@code exact} and {@code ideal}. */
public final class ConstrainBoolean implements Constraint {
    private static final ConstrainBoolean EMPTY = new ConstrainBoolean(null, null, null);

    private final Boolean value;
    private final Boolean exact;
    private final Boolean ideal;

    private ConstrainBoolean(Boolean value, Boolean exact, Boolean ideal) {
        this.value = value;
        this.exact = exact;
        this.ideal = ideal;
    }

    /** A bare value: ideal in the basic set, exact in an advanced set. */
    public static ConstrainBoolean of(boolean value) {
        return new ConstrainBoolean(value, null, null);
    }

    public static ConstrainBoolean empty() {
        return EMPTY;
    }

    public static ConstrainBoolean exact(boolean v) {
        return EMPTY.withExact(v);
    }

    public static ConstrainBoolean ideal(boolean v) {
        return EMPTY.withIdeal(v);
    }

    public ConstrainBoolean withExact(boolean v) {
        return new ConstrainBoolean(null, v, ideal);
    }

    public ConstrainBoolean withIdeal(boolean v) {
        return new ConstrainBoolean(null, exact, v);
    }

    /** The bare value, if this is one. */
    public Optional<Boolean> value() {
        return Optional.ofNullable(value);
    }

    public Optional<Boolean> exact() {
        return Optional.ofNullable(exact);
    }

    public Optional<Boolean> ideal() {
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
     * WebIDL conversion of a map value: a {@link Boolean} (bare) or a {@code Map} with exact/ideal.
     *
     * @throws IllegalArgumentException naming {@code member} when the value has the wrong type
     */
    public static ConstrainBoolean fromMapValue(String member, Object v) {
        if (v instanceof Boolean b) {
            return of(b);
        }
        if (!(v instanceof Map<?, ?>)) {
            throw WebIdl.typeError(member, "a boolean or a ConstrainBooleanParameters dictionary (Boolean or Map)", v);
        }
        Map<String, ?> m = WebIdl.toDictionary(member, v);
        Object e = m.get("exact");
        Object i = m.get("ideal");
        return new ConstrainBoolean(null, e == null ? null : WebIdl.toBoolean(member + ".exact", e),
                i == null ? null : WebIdl.toBoolean(member + ".ideal", i));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstrainBoolean c && Objects.equals(value, c.value) && Objects.equals(exact, c.exact)
                && Objects.equals(ideal, c.ideal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, exact, ideal, ConstrainBoolean.class);
    }

    @Override
    public String toString() {
        return String.valueOf(toMapValue());
    }
}
