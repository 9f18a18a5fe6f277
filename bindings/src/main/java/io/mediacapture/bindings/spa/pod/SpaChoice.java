package io.mediacapture.bindings.spa.pod;

import java.util.ArrayList;
import java.util.List;

/**
 * A Choice pod ({@code SPA_TYPE_Choice}): the values a property may take, used in EnumFormat params.
 * The first value is the default; then, by {@code choiceType}: Range {@code min, max}; Step {@code min, max, step};
 * Enum and Flags the alternatives (PipeWire usually repeats the default among them); None nothing more.
 *
 * @param choiceType one of {@link SpaType#CHOICE_NONE} ... {@link SpaType#CHOICE_FLAGS} (other values are kept as read)
 * @param childType  the {@link SpaType} of every value; {@link SpaType#NONE} when there are no values
 */
public record SpaChoice(int choiceType, int flags, int childType, List<SpaPod> values) implements SpaPod {
    /** @throws IllegalArgumentException when a value is not of {@code childType} */
    public SpaChoice {
        values = List.copyOf(values);
        for (SpaPod v : values) {
            if (v.podType() != childType) {
                throw new IllegalArgumentException("choice of " + SpaType.name(childType) + " cannot hold " + v);
            }
        }
    }

    /** A choice of exactly one value ({@code SPA_CHOICE_None}). */
    public static SpaChoice none(SpaPod value) {
        return of(SpaType.CHOICE_NONE, List.of(value));
    }

    /** {@code SPA_POD_CHOICE_RANGE_*(def, min, max)}. */
    public static SpaChoice range(SpaPod def, SpaPod min, SpaPod max) {
        return of(SpaType.CHOICE_RANGE, List.of(def, min, max));
    }

    /** {@code SPA_POD_CHOICE_STEP_*(def, min, max, step)}. */
    public static SpaChoice step(SpaPod def, SpaPod min, SpaPod max, SpaPod step) {
        return of(SpaType.CHOICE_STEP, List.of(def, min, max, step));
    }

    /** {@code SPA_POD_CHOICE_ENUM_*(n, def, alternatives...)}: the default followed by the alternatives. */
    public static SpaChoice enumOf(SpaPod def, SpaPod... alternatives) {
        List<SpaPod> all = new ArrayList<>(List.of(alternatives));
        all.addFirst(def);
        return of(SpaType.CHOICE_ENUM, all);
    }

    /** {@code SPA_POD_CHOICE_FLAGS_*}: the default followed by the allowed flag values. */
    public static SpaChoice flagsOf(SpaPod def, SpaPod... flags) {
        List<SpaPod> all = new ArrayList<>(List.of(flags));
        all.addFirst(def);
        return of(SpaType.CHOICE_FLAGS, all);
    }

    private static SpaChoice of(int choiceType, List<SpaPod> values) {
        return new SpaChoice(choiceType, 0, values.getFirst().podType(), values);
    }

    @Override
    public int podType() {
        return SpaType.CHOICE;
    }

    /** The default (first) value. @throws SpaPodException when the choice holds no value */
    public SpaPod defaultValue() {
        if (values.isEmpty()) {
            throw new SpaPodException("choice has no values");
        }
        return values.getFirst();
    }
}
