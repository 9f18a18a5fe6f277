package io.mediacapture.bindings.spa.pod;

/** A Long pod ({@code SPA_TYPE_Long}), signed 64 bits. */
public record SpaLong(long value) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.LONG;
    }
}
