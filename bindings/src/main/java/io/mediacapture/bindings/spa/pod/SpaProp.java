package io.mediacapture.bindings.spa.pod;

import java.util.Objects;

/**
 * A property of an Object pod ({@code struct spa_pod_prop}).
 *
 * @param key   e.g. {@code SPA_FORMAT_VIDEO_size}
 * @param flags {@code SPA_POD_PROP_FLAG_*}
 */
public record SpaProp(int key, int flags, SpaPod value) {
    public SpaProp {
        Objects.requireNonNull(value, "value");
    }

    /** A property with no flags. */
    public static SpaProp of(int key, SpaPod value) {
        return new SpaProp(key, 0, value);
    }
}
