package io.mediacapture.bindings.spa.pod;

/** The None pod ({@code SPA_TYPE_None}): no value. */
public record SpaNone() implements SpaPod {
    public static final SpaNone INSTANCE = new SpaNone();

    @Override
    public int podType() {
        return SpaType.NONE;
    }
}
