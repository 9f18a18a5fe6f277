package io.mediacapture.bindings.spa.pod;

import java.util.List;
import java.util.Objects;

/**
 * An Array pod ({@code SPA_TYPE_Array}): values of one type stored back to back without their headers, e.g. the
 * channel positions of an audio format.
 *
 * @param childType the {@link SpaType} of every element; {@link SpaType#NONE} for an empty array of unknown type
 */
public record SpaArray(int childType, List<SpaPod> values) implements SpaPod {
    /** @throws IllegalArgumentException when an element is not of {@code childType} */
    public SpaArray {
        values = List.copyOf(values);
        for (SpaPod v : values) {
            if (v.podType() != childType) {
                throw new IllegalArgumentException("array of " + SpaType.name(childType) + " cannot hold " + v);
            }
        }
    }

    /** An array of Ids, e.g. channel positions. */
    public static SpaArray ofIds(int... ids) {
        return new SpaArray(SpaType.ID, java.util.Arrays.stream(ids).mapToObj(i -> (SpaPod) new SpaId(i)).toList());
    }

    @Override
    public int podType() {
        return SpaType.ARRAY;
    }

    /** The elements as ints when they are Ids or Ints. @throws SpaPodException for other element types */
    public int[] intValues() {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            SpaPod v = values.get(i);
            out[i] = switch (v) {
                case SpaId id -> id.value();
                case SpaInt in -> in.value();
                default -> throw new SpaPodException("expected an array of Id or Int, got " + Objects.toString(v));
            };
        }
        return out;
    }
}
