package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.pipewire.pipewire_h;
import io.mediacapture.bindings.spa.spa_dict;
import io.mediacapture.bindings.spa.spa_dict_item;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.Map;

/** Building {@code pw_properties} and reading {@code spa_dict}s. */
final class PwProperties {
    private static final int MAX_ITEMS = 4096;

    private PwProperties() {}

    /**
     * A new {@code struct pw_properties *} holding {@code entries}. The caller passes it to a function that takes
     * ownership ({@code pw_context_new}, {@code pw_context_connect}, {@code pw_stream_new}).
     */
    static MemorySegment create(Map<String, String> entries) {
        MemorySegment props = pipewire_h.pw_properties_new.makeInvoker().apply(MemorySegment.NULL);
        if (props.equals(MemorySegment.NULL)) {
            throw new OutOfMemoryError("pw_properties_new failed");
        }
        try (Arena a = Arena.ofConfined()) {
            for (var e : entries.entrySet()) {
                pipewire_h.pw_properties_set(props, a.allocateFrom(e.getKey()), a.allocateFrom(e.getValue()));
            }
        }
        return props;
    }

    /** The entries of a {@code const struct spa_dict *} (empty for NULL). Valid only during the callback. */
    @SuppressWarnings("restricted")
    static Map<String, String> read(MemorySegment dict) {
        Map<String, String> out = new LinkedHashMap<>();
        if (dict == null || dict.equals(MemorySegment.NULL)) {
            return out;
        }
        MemorySegment d = dict.reinterpret(spa_dict.sizeof());
        int n = spa_dict.n_items(d);
        if (n < 0 || n > MAX_ITEMS) {
            return out;
        }
        MemorySegment items = spa_dict.items(d).reinterpret(n * spa_dict_item.sizeof());
        for (int i = 0; i < n; i++) {
            MemorySegment item = items.asSlice(i * spa_dict_item.sizeof(), spa_dict_item.sizeof());
            String k = string(spa_dict_item.key(item));
            String v = string(spa_dict_item.value(item));
            if (k != null && v != null) {
                out.put(k, v);
            }
        }
        return out;
    }

    @SuppressWarnings("restricted")
    static String string(MemorySegment cstr) {
        if (cstr == null || cstr.equals(MemorySegment.NULL)) {
            return null;
        }
        return cstr.reinterpret(1 << 16).getString(0);
    }
}
