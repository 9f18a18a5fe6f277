package io.mediacapture.bindings.spa.pod;

/** A Double pod ({@code SPA_TYPE_Double}). */
public record SpaDouble(double value) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.DOUBLE;
    }
}
