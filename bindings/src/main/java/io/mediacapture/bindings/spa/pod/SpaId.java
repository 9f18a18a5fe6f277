package io.mediacapture.bindings.spa.pod;

/** An Id pod ({@code SPA_TYPE_Id}): an enumerated value such as a format or media type; unsigned 32 bits. */
public record SpaId(int value) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.ID;
    }
}
