package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.spa_callbacks;
import io.mediacapture.bindings.spa.spa_hook;
import io.mediacapture.bindings.spa.spa_hook_list;
import io.mediacapture.bindings.spa.spa_list;

import java.lang.foreign.MemorySegment;

/**
 * {@code spa/utils/list.h} and {@code spa/utils/hook.h}: the intrusive lists PipeWire keeps its listeners in.
 * Arguments are segments of (at least) the struct's size; linked neighbours are reached through raw pointers,
 * so the caller guarantees they are live {@code spa_list} nodes, exactly as in C.
 */
public final class SpaHooks {
    private SpaHooks() {}

    @SuppressWarnings("restricted")
    private static MemorySegment node(MemorySegment address) {
        return address.reinterpret(spa_list.sizeof());
    }

    /** {@code spa_list_init}: an empty list points at itself. */
    public static void spa_list_init(MemorySegment list) {
        spa_list.next(list, list);
        spa_list.prev(list, list);
    }

    /** {@code spa_list_is_empty}. */
    public static boolean spa_list_is_empty(MemorySegment list) {
        return spa_list.next(list).equals(list);
    }

    /** {@code spa_list_insert}: links {@code elem} after {@code list}. */
    public static void spa_list_insert(MemorySegment list, MemorySegment elem) {
        MemorySegment next = node(spa_list.next(list));
        spa_list.prev(elem, list);
        spa_list.next(elem, next);
        spa_list.next(list, elem);
        spa_list.prev(next, elem);
    }

    /** {@code spa_list_append}: links {@code elem} at the end of {@code list}. */
    public static void spa_list_append(MemorySegment list, MemorySegment elem) {
        spa_list_insert(node(spa_list.prev(list)), elem);
    }

    /** {@code spa_list_remove}: unlinks {@code elem} (its own pointers are left as they were, as in C). */
    public static void spa_list_remove(MemorySegment elem) {
        MemorySegment prev = node(spa_list.prev(elem));
        MemorySegment next = node(spa_list.next(elem));
        spa_list.next(prev, next);
        spa_list.prev(next, prev);
    }

    /** {@code spa_hook_list_init}. */
    public static void spa_hook_list_init(MemorySegment hookList) {
        spa_list_init(spa_hook_list.list(hookList));
    }

    /** {@code spa_hook_list_append}: clears {@code hook}, sets its callbacks and links it at the end. */
    public static void spa_hook_list_append(MemorySegment hookList, MemorySegment hook, MemorySegment funcs,
                                            MemorySegment data) {
        hook.asSlice(0, spa_hook.sizeof()).fill((byte) 0);
        MemorySegment cb = spa_hook.cb(hook);
        spa_callbacks.funcs(cb, funcs);
        spa_callbacks.data(cb, data);
        spa_list_append(spa_hook_list.list(hookList), spa_hook.link(hook));
    }

    /**
     * {@code spa_hook_remove}: unlinks a listener hook (if it was ever linked) and calls its {@code removed}
     * callback. Safe on a zeroed hook that was never added, as in C.
     */
    public static void spa_hook_remove(MemorySegment hook) {
        MemorySegment link = spa_hook.link(hook);
        if (!spa_list.prev(link).equals(MemorySegment.NULL)) { // spa_list_is_initialized
            spa_list_remove(link);
        }
        MemorySegment removed = spa_hook.removed(hook);
        if (!removed.equals(MemorySegment.NULL)) {
            spa_hook.removed.invoke(removed, hook);
        }
    }
}
