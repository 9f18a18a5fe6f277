package io.mediacapture.bindings.pipewire.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.spa.spa_callbacks;
import io.mediacapture.bindings.spa.spa_hook;
import io.mediacapture.bindings.spa.spa_hook_list;
import io.mediacapture.bindings.spa.spa_list;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The list and hook helpers on a hook list laid out in native memory with the generated struct layouts. */
class SpaHooksTest {
    /** Hook addresses in list order, walking the raw next pointers like spa_list_for_each. */
    private static List<Long> walk(MemorySegment list) {
        List<Long> out = new ArrayList<>();
        MemorySegment p = spa_list.next(list);
        for (int guard = 0; p.address() != list.address() && guard < 100; guard++) {
            out.add(p.address() - spa_hook.link$offset());
            p = spa_list.next(p.reinterpret(spa_list.sizeof()));
        }
        return out;
    }

    @Test
    void appendAndRemoveKeepTheListConsistent() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hooks = spa_hook_list.allocate(arena);
            SpaHooks.spa_hook_list_init(hooks);
            MemorySegment list = spa_hook_list.list(hooks);
            assertTrue(SpaHooks.spa_list_is_empty(list));
            MemorySegment a = spa_hook.allocate(arena);
            MemorySegment b = spa_hook.allocate(arena);
            MemorySegment c = spa_hook.allocate(arena);
            MemorySegment funcs = arena.allocate(8);
            SpaHooks.spa_hook_list_append(hooks, a, funcs, NULLish());
            SpaHooks.spa_hook_list_append(hooks, b, funcs, NULLish());
            SpaHooks.spa_hook_list_append(hooks, c, funcs, NULLish());
            assertEquals(List.of(a.address(), b.address(), c.address()), walk(list));
            assertEquals(funcs.address(), spa_callbacks.funcs(spa_hook.cb(b)).address());

            List<Long> removed = new ArrayList<>();
            spa_hook.removed(b, spa_hook.removed.allocate(h -> removed.add(h.address()), arena));
            SpaHooks.spa_hook_remove(b);
            assertEquals(List.of(a.address(), c.address()), walk(list));
            assertEquals(List.of(b.address()), removed);
            // prev pointers too: the last element's prev is a
            assertEquals(a.address(), spa_list.prev(spa_hook.link(c)).address());

            SpaHooks.spa_hook_remove(a);
            SpaHooks.spa_hook_remove(c);
            assertTrue(SpaHooks.spa_list_is_empty(list));

            MemorySegment neverAdded = spa_hook.allocate(arena);
            SpaHooks.spa_hook_remove(neverAdded); // zeroed hook: nothing to unlink, as in C
            assertFalse(removed.size() > 1);
        }
    }

    private static MemorySegment NULLish() {
        return MemorySegment.NULL;
    }
}
