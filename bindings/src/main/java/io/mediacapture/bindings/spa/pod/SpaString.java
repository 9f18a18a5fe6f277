package io.mediacapture.bindings.spa.pod;

import java.util.Objects;

/** A String pod ({@code SPA_TYPE_String}): UTF-8 with a terminating NUL in the pod. */
public record SpaString(String value) implements SpaPod {
    /** @throws IllegalArgumentException when {@code value} contains NUL, which C would silently truncate at */
    public SpaString {
        Objects.requireNonNull(value, "value");
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a SPA string cannot contain NUL characters: " + value.replace('\0', '?'));
        }
    }

    @Override
    public int podType() {
        return SpaType.STRING;
    }
}
