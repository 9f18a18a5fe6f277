package io.mediacapture.bindings.spa.pod;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A pod of a type this package does not model (Bitmap, Sequence, Pointer, Fd, Pod or a type from a newer SPA),
 * kept as its raw body so that nothing is lost or guessed; the builder writes it back unchanged.
 */
public record SpaOpaque(int podType, byte[] body) implements SpaPod {
    public SpaOpaque {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpaOpaque b && podType == b.podType && Arrays.equals(body, b.body);
    }

    @Override
    public int hashCode() {
        return 31 * podType + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "SpaOpaque[" + SpaType.name(podType) + ", " + HexFormat.of().formatHex(body) + "]";
    }
}
