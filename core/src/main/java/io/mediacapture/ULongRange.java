package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** IDL dictionary {@code ULongRange}: an optional {@code min} and {@code max}, both unsigned longs. */
public record ULongRange(OptionalLong min, OptionalLong max) {
    public ULongRange {
        java.util.Objects.requireNonNull(min, "min");
        java.util.Objects.requireNonNull(max, "max");
        check("min", min);
        check("max", max);
    }

    private static void check(String member, OptionalLong v) {
        if (v.isPresent() && (v.getAsLong() < 0 || v.getAsLong() > WebIdl.MAX_ULONG)) {
            throw new IllegalArgumentException(member + ": " + v.getAsLong() + " is outside the unsigned long range");
        }
    }

    public static ULongRange of(long min, long max) {
        return new ULongRange(OptionalLong.of(min), OptionalLong.of(max));
    }

    /**
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static ULongRange fromMap(Map<String, ?> map) {
        return fromMap("", map);
    }

    static ULongRange fromMap(String prefix, Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        return new ULongRange(get(prefix + "min", m.get("min")), get(prefix + "max", m.get("max")));
    }

    private static OptionalLong get(String member, Object v) {
        return v == null ? OptionalLong.empty() : OptionalLong.of(WebIdl.toULong(member, v));
    }

    /** {@code {min: Long, max: Long}}, absent members left out. */
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
