package io.mediacapture.bindings.spa.pod;

import java.util.List;
import java.util.Optional;

/**
 * An Object pod ({@code SPA_TYPE_Object}): a typed set of properties, e.g. a Format or Buffers param.
 *
 * @param objectType e.g. {@code SPA_TYPE_OBJECT_Format}
 * @param id         e.g. {@code SPA_PARAM_EnumFormat}
 * @param props      in pod order (the order matters for byte-identical output)
 */
public record SpaObject(int objectType, int id, List<SpaProp> props) implements SpaPod {
    public SpaObject {
        props = List.copyOf(props);
    }

    public static SpaObject of(int objectType, int id, SpaProp... props) {
        return new SpaObject(objectType, id, List.of(props));
    }

    @Override
    public int podType() {
        return SpaType.OBJECT;
    }

    /** The first property with {@code key}, like {@code spa_pod_find_prop}. */
    public Optional<SpaProp> prop(int key) {
        for (SpaProp p : props) {
            if (p.key() == key) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The value of the first property with {@code key}. */
    public Optional<SpaPod> value(int key) {
        return prop(key).map(SpaProp::value);
    }
}
