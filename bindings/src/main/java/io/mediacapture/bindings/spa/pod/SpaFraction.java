package io.mediacapture.bindings.spa.pod;

/** A Fraction pod ({@code struct spa_fraction}), e.g. a frame rate 30/1; both values unsigned 32 bits. */
public record SpaFraction(int num, int denom) implements SpaPod {
    @Override
    public int podType() {
        return SpaType.FRACTION;
    }

    /** The value as a double; NaN or infinite when {@code denom} is 0. */
    public double toDouble() {
        return (double) Integer.toUnsignedLong(num) / Integer.toUnsignedLong(denom);
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(num) + "/" + Integer.toUnsignedString(denom);
    }
}
