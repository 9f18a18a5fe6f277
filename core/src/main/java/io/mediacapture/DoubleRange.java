package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** IDL dictionary {@code DoubleRange}: an optional {@code min} and {@code max}, both finite doubles. */
public record DoubleRange(OptionalDouble min, OptionalDouble max) {
    public DoubleRange {
        java.util.Objects.requireNonNull(min, "min");
        java.util.Objects.requireNonNull(max, "max");
        check("min", min);
        check("max", max);
    }

    private static void check(String member, OptionalDouble v) {
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalArgumentException(member + ": " + v.getAsDouble() + " is not a finite double");
        }
    }

    public static DoubleRange of(double min, double max) {
        return new DoubleRange(OptionalDouble.of(min), OptionalDouble.of(max));
    }

    /**
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static DoubleRange fromMap(Map<String, ?> map) {
        return fromMap("", map);
    }

    static DoubleRange fromMap(String prefix, Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        return new DoubleRange(get(prefix + "min", m.get("min")), get(prefix + "max", m.get("max")));
    }

    private static OptionalDouble get(String member, Object v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(WebIdl.toDouble(member, v));
    }

    /** {@code {min: Double, max: Double}}, absent members left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        min.ifPresent(v -> m.put("min", v));
        max.ifPresent(v -> m.put("max", v));
        return m;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
