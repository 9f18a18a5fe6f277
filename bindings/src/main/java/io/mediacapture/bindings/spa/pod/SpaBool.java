package io.mediacapture.bindings.spa.pod;

/** A Bool pod ({@code SPA_TYPE_Bool}). */
public record SpaBool(boolean value) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.BOOL;
    }
}
