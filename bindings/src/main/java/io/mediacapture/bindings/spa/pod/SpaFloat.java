package io.mediacapture.bindings.spa.pod;

/** A Float pod ({@code SPA_TYPE_Float}). */
public record SpaFloat(float value) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.FLOAT;
    }
}
