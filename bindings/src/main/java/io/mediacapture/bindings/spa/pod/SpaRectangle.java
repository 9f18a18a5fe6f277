package io.mediacapture.bindings.spa.pod;

/** A Rectangle pod ({@code struct spa_rectangle}): a size in pixels; both values unsigned 32 bits. */
public record SpaRectangle(int width, int height) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.RECTANGLE;
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(width) + "x" + Integer.toUnsignedString(height);
    }
}
