package io.mediacapture.bindings.spa.pod;

/**
 * A pod as a Java value. Immutable; {@link SpaPodBuilder#add(SpaPod)} writes it and {@link SpaPodParser} reads it.
 * Unsigned C values ({@code uint32_t} ids, sizes) are held in Java {@code int}s with the same bits.
 */
public sealed interface SpaPod permits SpaNone, SpaBool, SpaId, SpaInt, SpaLong, SpaFloat, SpaDouble, SpaString,
        SpaBytes, SpaRectangle, SpaFraction, SpaArray, SpaChoice, SpaStruct, SpaObject, SpaOpaque {

    /** The pod's {@link SpaType} number. */
    int podType();
}
