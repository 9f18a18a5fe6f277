package io.mediacapture.bindings.spa.pod;

import java.util.Arrays;
import java.util.HexFormat;

/** A Bytes pod ({@code SPA_TYPE_Bytes}). The array is copied in and out, so the value stays immutable. */
public record SpaBytes(byte[] value) implements SpaPod {
    public SpaBytes {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The number of bytes. */
    public int length() {
        return value.length;
    }

    @Override
    public int podType() {
        return SpaType.BYTES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpaBytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "SpaBytes[" + HexFormat.of().formatHex(value) + "]";
    }
}
