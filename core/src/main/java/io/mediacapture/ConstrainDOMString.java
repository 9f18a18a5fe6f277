package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * IDL {@code ConstrainDOMString}: a bare string or list of strings, or a dictionary with {@code exact} and
 * {@code ideal} (each a string or a list of strings). A setting matches a list when it equals any element;
 * an empty list constrains nothing.
 */
public final class ConstrainDOMString implements Constraint {
    private static final ConstrainDOMString EMPTY = new ConstrainDOMString(null, null, null);

    private final List<String> value;
    private final List<String> exact;
    private final List<String> ideal;

    private ConstrainDOMString(List<String> value, List<String> exact, List<String> ideal) {
        this.value = copy(value);
        this.exact = copy(exact);
        this.ideal = copy(ideal);
    }

    private static List<String> copy(List<String> l) {
        return l == null ? null : List.copyOf(l);
    }

    /** A bare value (one string or several): ideal in the basic set, exact in an advanced set. */
    public static ConstrainDOMString of(String... values) {
        return new ConstrainDOMString(List.of(values), null, null);
    }

    public static ConstrainDOMString of(List<String> values) {
        return new ConstrainDOMString(values, null, null);
    }

    public static ConstrainDOMString empty() {
        return EMPTY;
    }

    public static ConstrainDOMString exact(String... values) {
        return EMPTY.withExact(List.of(values));
    }

    public static ConstrainDOMString ideal(String... values) {
        return EMPTY.withIdeal(List.of(values));
    }

    public ConstrainDOMString withExact(List<String> values) {
        return new ConstrainDOMString(null, Objects.requireNonNull(values, "values"), ideal);
    }

    public ConstrainDOMString withIdeal(List<String> values) {
        return new ConstrainDOMString(null, exact, Objects.requireNonNull(values, "values"));
    }

    /** The bare value, if this is one. */
    public Optional<List<String>> value() {
        return Optional.ofNullable(value);
    }

    public Optional<List<String>> exact() {
        return Optional.ofNullable(exact);
    }

    public Optional<List<String>> ideal() {
        return Optional.ofNullable(ideal);
    }

    @Override
    public boolean isBare() {
        return value != null;
    }

    @Override
    public boolean isRequired(boolean bareIsExact) {
        return nonEmpty(exact) || (nonEmpty(value) && bareIsExact);
    }

    @Override
    public boolean isEmpty() {
        return !nonEmpty(value) && !nonEmpty(exact) && !nonEmpty(ideal);
    }

    private static boolean nonEmpty(List<String> l) {
        return l != null && !l.isEmpty();
    }

    @Override
    public Object toMapValue() {
        if (value != null) {
            return mapForm(value);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (exact != null) {
            m.put("exact", mapForm(exact));
        }
        if (ideal != null) {
            m.put("ideal", mapForm(ideal));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    // One string reads back as the same constraint as a one-element list, and is what people write.
    private static Object mapForm(List<String> l) {
        return l.size() == 1 ? l.get(0) : l;
    }

    /**
     * WebIDL conversion of a map value: a {@code String} or {@code List<String>} (bare), or a {@code Map}
     * with exact/ideal, each a String or List of Strings.
     *
     * @throws IllegalArgumentException naming {@code member} when the value has the wrong type
     */
    public static ConstrainDOMString fromMapValue(String member, Object v) {
        if (v instanceof CharSequence || v instanceof List<?>) {
            return of(WebIdl.toStringOrSequence(member, v));
        }
        if (!(v instanceof Map<?, ?>)) {
            throw WebIdl.typeError(member,
                    "a DOMString, a sequence<DOMString> or a ConstrainDOMStringParameters dictionary"
                            + " (String, List or Map)", v);
        }
        Map<String, ?> m = WebIdl.toDictionary(member, v);
        Object e = m.get("exact");
        Object i = m.get("ideal");
        return new ConstrainDOMString(null, e == null ? null : WebIdl.toStringOrSequence(member + ".exact", e),
                i == null ? null : WebIdl.toStringOrSequence(member + ".ideal", i));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstrainDOMString c && Objects.equals(value, c.value) && Objects.equals(exact, c.exact)
                && Objects.equals(ideal, c.ideal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, exact, ideal, ConstrainDOMString.class);
    }

    @Override
    public String toString() {
        return String.valueOf(toMapValue());
    }
}
