package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.pipewire.pw_link_methods;

import java.lang.foreign.MemorySegment;

/**
 * The {@code pw_link_add_listener} method macro of {@code pipewire/link.h}, which calls through the
 * {@code pw_link_methods} table of a bound link proxy ({@code pw_registry_bind} with {@code PW_TYPE_INTERFACE_Link}).
 * As for {@link PwNode}, the macro asks for version 0 and a missing method gives {@code -ENOTSUP}. Call with the
 * loop lock held.
 */
public final class PwLink {
    private PwLink() {}

    /**
     * {@code pw_link_add_listener(link, listener, events, data)}: {@code listener} is a zeroed {@code spa_hook} and
     * {@code events} a {@code pw_link_events}; both must stay allocated until the hook is removed. The link's info
     * comes at once (all of it) and then on every change.
     */
    public static int pw_link_add_listener(MemorySegment link, MemorySegment listener, MemorySegment events,
                                           MemorySegment data) {
        SpaInterfaces.Methods m = SpaInterfaces.methods(link, pw_link_methods.sizeof(), 0);
        MemorySegment fn = m == null ? MemorySegment.NULL : m.method(pw_link_methods.add_listener$offset());
        return fn.equals(MemorySegment.NULL) ? -PwCore.ENOTSUP
                : pw_link_methods.add_listener.invoke(fn, m.data(), listener, events, data);
    }
}
