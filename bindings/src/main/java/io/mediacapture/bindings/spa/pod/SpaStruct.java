package io.mediacapture.bindings.spa.pod;

import java.util.List;

/** A Struct pod ({@code SPA_TYPE_Struct}): a sequence of pods. */
public record SpaStruct(List<SpaPod> fields) implements SpaPod {
    public SpaStruct {
        fields = List.copyOf(fields);
    }

    public static SpaStruct of(SpaPod... fields) {
        return new SpaStruct(List.of(fields));
    }

    @Override
    public int podType() {
        return SpaType.STRUCT;
    }
}
