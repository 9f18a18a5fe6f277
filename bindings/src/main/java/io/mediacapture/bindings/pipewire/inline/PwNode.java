package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.pipewire.pw_node_methods;

import java.lang.foreign.MemorySegment;

/**
 * The {@code pw_node_*} method macros of {@code pipewire/node.h}, which call through the {@code pw_node_methods}
 * table of a bound node proxy ({@code pw_registry_bind} with {@code PW_TYPE_INTERFACE_Node}). Every macro there
 * asks for method-table version 0, so any table is accepted; a method the implementation leaves out gives
 * {@code -ENOTSUP}, as in C. Call with the loop lock held.
 */
public final class PwNode {
    private PwNode() {}

    private static SpaInterfaces.Methods node(MemorySegment node) {
        return SpaInterfaces.methods(node, pw_node_methods.sizeof(), 0);
    }

    private static MemorySegment method(SpaInterfaces.Methods m, long offset) {
        return m == null ? MemorySegment.NULL : m.method(offset);
    }

    /**
     * {@code pw_node_add_listener(node, listener, events, data)}: {@code listener} is a zeroed {@code spa_hook}
     * and {@code events} a {@code pw_node_events}; both must stay allocated until the hook is removed.
     */
    public static int pw_node_add_listener(MemorySegment node, MemorySegment listener, MemorySegment events,
                                           MemorySegment data) {
        var m = node(node);
        MemorySegment fn = method(m, pw_node_methods.add_listener$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_node_methods.add_listener.invoke(fn, m.data(), listener, events, data);
    }

    /**
     * {@code pw_node_subscribe_params(node, ids, n_ids)}: {@code ids} holds {@code nIds} {@code uint32_t} param
     * ids whose changes are then reported as {@code param} events without asking.
     */
    public static int pw_node_subscribe_params(MemorySegment node, MemorySegment ids, int nIds) {
        var m = node(node);
        MemorySegment fn = method(m, pw_node_methods.subscribe_params$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_node_methods.subscribe_params.invoke(fn, m.data(), ids, nIds);
    }

    /**
     * {@code pw_node_enum_params(node, seq, id, start, num, filter)}: asks for {@code param} events of param
     * {@code id} ({@code PW_ID_ANY} for all) from index {@code start}, at most {@code num} of them, matching
     * {@code filter} (a {@code spa_pod} or NULL). Returns the sequence number or a negative errno.
     */
    public static int pw_node_enum_params(MemorySegment node, int seq, int id, int start, int num,
                                          MemorySegment filter) {
        var m = node(node);
        MemorySegment fn = method(m, pw_node_methods.enum_params$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_node_methods.enum_params.invoke(fn, m.data(), seq, id, start, num, filter);
    }

    /**
     * {@code pw_node_set_param(node, id, flags, param)}: asks the node to apply {@code param} (a {@code spa_pod}
     * object, e.g. a {@code SPA_PARAM_Props} object with new control values). The pod only needs to live for the
     * call: the proxy marshals it into the message before returning. Returns the sequence number or a negative
     * errno; the node's own verdict (if any) arrives later as a core error.
     */
    public static int pw_node_set_param(MemorySegment node, int id, int flags, MemorySegment param) {
        var m = node(node);
        MemorySegment fn = method(m, pw_node_methods.set_param$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_node_methods.set_param.invoke(fn, m.data(), id, flags, param);
    }
}
