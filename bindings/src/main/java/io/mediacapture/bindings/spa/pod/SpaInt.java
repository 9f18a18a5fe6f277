package io.mediacapture.bindings.spa.pod;

/** An Int pod ({@code SPA_TYPE_Int}), signed 32 bits. */
public record SpaInt(int value) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.INT;
    }
}
