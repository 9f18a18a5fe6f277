package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.pipewire.pw_core_methods;
import io.mediacapture.bindings.pipewire.pw_registry_methods;

import java.lang.foreign.MemorySegment;

/**
 * The {@code static inline} functions and macros of {@code pipewire/core.h} that call through the
 * {@code pw_core_methods} and {@code pw_registry_methods} tables of a {@code pw_core} / {@code pw_registry}.
 * As in C, a method the implementation does not provide gives {@code -ENOTSUP} (or NULL for methods returning
 * a pointer). Call with the loop lock held.
 */
public final class PwCore {
    private PwCore() {}

    /** {@code ENOTSUP} of Linux (same value on x86_64 and aarch64). */
    public static final int ENOTSUP = 95;

    private static SpaInterfaces.Methods core(MemorySegment core) {
        return SpaInterfaces.methods(core, pw_core_methods.sizeof(), 0);
    }

    private static SpaInterfaces.Methods registry(MemorySegment registry) {
        return SpaInterfaces.methods(registry, pw_registry_methods.sizeof(), 0);
    }

    private static MemorySegment method(SpaInterfaces.Methods m, long offset) {
        return m == null ? MemorySegment.NULL : m.method(offset);
    }

    /**
     * {@code pw_core_add_listener(core, listener, events, data)}: {@code listener} is a zeroed {@code spa_hook}
     * and {@code events} a {@code pw_core_events}; both must stay allocated until the hook is removed.
     */
    public static int pw_core_add_listener(MemorySegment core, MemorySegment listener, MemorySegment events,
                                           MemorySegment data) {
        var m = core(core);
        MemorySegment fn = method(m, pw_core_methods.add_listener$offset());
        return fn.equals(MemorySegment.NULL) ? -ENOTSUP
                : pw_core_methods.add_listener.invoke(fn, m.data(), listener, events, data);
    }

    /**
     * {@code pw_core_sync(core, id, seq)}: asks for a {@code done} event with the returned sequence number once
     * everything sent before has been processed. Returns the sequence number or a negative errno.
     */
    public static int pw_core_sync(MemorySegment core, int id, int seq) {
        var m = core(core);
        MemorySegment fn = method(m, pw_core_methods.sync$offset());
        return fn.equals(MemorySegment.NULL) ? -ENOTSUP : pw_core_methods.sync.invoke(fn, m.data(), id, seq);
    }

    /** {@code pw_core_get_registry(core, version, user_data_size)}: a new registry proxy, or NULL. */
    public static MemorySegment pw_core_get_registry(MemorySegment core, int version, long userDataSize) {
        var m = core(core);
        MemorySegment fn = method(m, pw_core_methods.get_registry$offset());
        return fn.equals(MemorySegment.NULL) ? MemorySegment.NULL
                : pw_core_methods.get_registry.invoke(fn, m.data(), version, userDataSize);
    }

    /** {@code pw_registry_add_listener(registry, listener, events, data)} with a {@code pw_registry_events}. */
    public static int pw_registry_add_listener(MemorySegment registry, MemorySegment listener, MemorySegment events,
                                               MemorySegment data) {
        var m = registry(registry);
        MemorySegment fn = method(m, pw_registry_methods.add_listener$offset());
        return fn.equals(MemorySegment.NULL) ? -ENOTSUP
                : pw_registry_methods.add_listener.invoke(fn, m.data(), listener, events, data);
    }

    /** {@code pw_registry_bind(registry, id, type, version, user_data_size)}: a proxy for a global, or NULL. */
    public static MemorySegment pw_registry_bind(MemorySegment registry, int id, MemorySegment type, int version,
                                                 long userDataSize) {
        var m = registry(registry);
        MemorySegment fn = method(m, pw_registry_methods.bind$offset());
        return fn.equals(MemorySegment.NULL) ? MemorySegment.NULL
                : pw_registry_methods.bind.invoke(fn, m.data(), id, type, version, userDataSize);
    }

    /** {@code pw_registry_destroy(registry, id)}: asks the server to destroy global {@code id}. */
    public static int pw_registry_destroy(MemorySegment registry, int id) {
        var m = registry(registry);
        MemorySegment fn = method(m, pw_registry_methods.destroy$offset());
        return fn.equals(MemorySegment.NULL) ? -ENOTSUP : pw_registry_methods.destroy.invoke(fn, m.data(), id);
    }
}
