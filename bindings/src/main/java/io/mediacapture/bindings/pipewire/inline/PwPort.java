package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.pipewire.pw_port_methods;

import java.lang.foreign.MemorySegment;

/**
 * The {@code pw_port_*} method macros of {@code pipewire/port.h}, which call through the {@code pw_port_methods}
 * table of a bound port proxy ({@code pw_registry_bind} with {@code PW_TYPE_INTERFACE_Port}). As for
 * {@link PwNode}, the macros ask for version 0 and a missing method gives {@code -ENOTSUP}. Call with the loop
 * lock held.
 */
public final class PwPort {
    private PwPort() {}

    private static SpaInterfaces.Methods port(MemorySegment port) {
        return SpaInterfaces.methods(port, pw_port_methods.sizeof(), 0);
    }

    private static MemorySegment method(SpaInterfaces.Methods m, long offset) {
        return m == null ? MemorySegment.NULL : m.method(offset);
    }

    /**
     * {@code pw_port_add_listener(port, listener, events, data)}: {@code listener} is a zeroed {@code spa_hook}
     * and {@code events} a {@code pw_port_events}; both must stay allocated until the hook is removed.
     */
    public static int pw_port_add_listener(MemorySegment port, MemorySegment listener, MemorySegment events,
                                           MemorySegment data) {
        var m = port(port);
        MemorySegment fn = method(m, pw_port_methods.add_listener$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_port_methods.add_listener.invoke(fn, m.data(), listener, events, data);
    }

    /** {@code pw_port_subscribe_params(port, ids, n_ids)}: see {@link PwNode#pw_node_subscribe_params}. */
    public static int pw_port_subscribe_params(MemorySegment port, MemorySegment ids, int nIds) {
        var m = port(port);
        MemorySegment fn = method(m, pw_port_methods.subscribe_params$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_port_methods.subscribe_params.invoke(fn, m.data(), ids, nIds);
    }

    /**
     * {@code pw_port_enum_params(port, seq, id, start, num, filter)}: see {@link PwNode#pw_node_enum_params}.
     * Returns the sequence number or a negative errno.
     */
    public static int pw_port_enum_params(MemorySegment port, int seq, int id, int start, int num,
                                          MemorySegment filter) {
        var m = port(port);
        MemorySegment fn = method(m, pw_port_methods.enum_params$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_port_methods.enum_params.invoke(fn, m.data(), seq, id, start, num, filter);
    }
}
