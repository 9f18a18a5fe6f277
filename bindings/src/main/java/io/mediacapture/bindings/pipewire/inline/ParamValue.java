package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodException;
import io.mediacapture.bindings.spa.pod.SpaType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * A property value of a param as a typed Java value: fixed, or a choice (range, step, enumeration, flags) as
 * offered in a node's EnumFormat.
 *
 * @param <T> e.g. {@code Integer} for Ids and Ints, {@code SpaRectangle}, {@code SpaFraction}
 */
public sealed interface ParamValue<T> {

    /** The default value (the fixed value itself for {@link Fixed}). */
    T defaultValue();

    /** A single value (a plain pod or {@code SPA_CHOICE_None}). */
    record Fixed<T>(T value) implements ParamValue<T> {
        @Override
        public T defaultValue() {
            return value;
        }
    }

    /** {@code SPA_CHOICE_Range}: any value from {@code min} to {@code max}. */
    record Range<T>(T defaultValue, T min, T max) implements ParamValue<T> {}

    /** {@code SPA_CHOICE_Step}: from {@code min} to {@code max} in steps of {@code step}. */
    record Step<T>(T defaultValue, T min, T max, T step) implements ParamValue<T> {}

    /** {@code SPA_CHOICE_Enum}: one of {@code alternatives} (which often repeat the default). */
    record Enumerated<T>(T defaultValue, List<T> alternatives) implements ParamValue<T> {
        public Enumerated {
            alternatives = List.copyOf(alternatives);
        }

        /** The default followed by the other alternatives, each once, in pod order. */
        public List<T> distinctValues() {
            LinkedHashSet<T> all = new LinkedHashSet<>();
            all.add(defaultValue);
            all.addAll(alternatives);
            return List.copyOf(all);
        }
    }

    /** {@code SPA_CHOICE_Flags}: a combination of {@code flags}. */
    record Flags<T>(T defaultValue, List<T> flags) implements ParamValue<T> {
        public Flags {
            flags = List.copyOf(flags);
        }
    }

    /**
     * Reads a property value.
     *
     * @param what    names the property in error messages
     * @param convert turns one pod into {@code T}, throwing {@link SpaPodException} for the wrong pod type
     * @throws SpaPodException for a malformed choice or values of the wrong type
     */
    static <T> ParamValue<T> of(SpaPod pod, String what, Function<SpaPod, T> convert) {
        if (!(pod instanceof SpaChoice c)) {
            return new Fixed<>(convert.apply(pod));
        }
        List<T> v = new ArrayList<>();
        for (SpaPod p : c.values()) {
            v.add(convert.apply(p));
        }
        int needed = switch (c.choiceType()) {
            case SpaType.CHOICE_NONE, SpaType.CHOICE_ENUM, SpaType.CHOICE_FLAGS -> 1;
            case SpaType.CHOICE_RANGE -> 3;
            case SpaType.CHOICE_STEP -> 4;
            default -> throw new SpaPodException(what + ": unknown choice type " + c.choiceType());
        };
        if (v.size() < needed) {
            throw new SpaPodException(what + ": choice of type " + c.choiceType() + " needs " + needed
                    + " values, has " + v.size());
        }
        return switch (c.choiceType()) {
            case SpaType.CHOICE_NONE -> new Fixed<>(v.getFirst());
            case SpaType.CHOICE_RANGE -> new Range<>(v.get(0), v.get(1), v.get(2));
            case SpaType.CHOICE_STEP -> new Step<>(v.get(0), v.get(1), v.get(2), v.get(3));
            case SpaType.CHOICE_ENUM -> new Enumerated<>(v.getFirst(), v.subList(1, v.size()));
            default -> new Flags<>(v.getFirst(), v.subList(1, v.size()));
        };
    }
}
