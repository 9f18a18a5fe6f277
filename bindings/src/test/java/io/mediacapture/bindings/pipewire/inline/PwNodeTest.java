package io.mediacapture.bindings.pipewire.inline;

import static java.lang.foreign.MemorySegment.NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediacapture.bindings.pipewire.pw_node_methods;
import io.mediacapture.bindings.spa.spa_callbacks;
import io.mediacapture.bindings.spa.spa_interface;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pw_node_set_param} and {@code pw_node_enum_params} go through the slots of a {@code pw_node_methods}
 * table laid out with the generated struct layout (as a bound node proxy has one), pass the callbacks' data first
 * and every argument in C's order, and answer -ENOTSUP for an empty slot as the C macros do.
 */
class PwNodeTest {

    @Test
    void methodsAreCalledThroughTheirSlots() {
        List<Object> calls = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = arena.allocate(8);
            MemorySegment pod = arena.allocate(16);
            MemorySegment table = pw_node_methods.allocate(arena);
            pw_node_methods.version(table, 0);
            pw_node_methods.set_param(table, pw_node_methods.set_param.allocate((d, id, flags, param) -> {
                calls.add(List.of("set_param", d.address() == data.address(), id, flags, param.address() == pod.address()));
                return 7;
            }, arena));
            pw_node_methods.enum_params(table, pw_node_methods.enum_params.allocate((d, seq, id, start, num, filter) -> {
                calls.add(List.of("enum_params", d.address() == data.address(), seq, id, start, num, filter.equals(NULL)));
                return 9;
            }, arena));
            MemorySegment node = interfaceOf(arena, table, data);

            assertEquals(7, PwNode.pw_node_set_param(node, 2, 0, pod));
            assertEquals(9, PwNode.pw_node_enum_params(node, 0, 1, 0, Integer.MAX_VALUE, NULL));
            assertEquals(List.of(List.of("set_param", true, 2, 0, true),
                    List.of("enum_params", true, 0, 1, 0, Integer.MAX_VALUE, true)), calls);

            MemorySegment empty = pw_node_methods.allocate(arena);
            assertEquals(-PwCore.ENOTSUP, PwNode.pw_node_set_param(interfaceOf(arena, empty, data), 2, 0, pod));
        }
    }

    private static MemorySegment interfaceOf(Arena arena, MemorySegment table, MemorySegment data) {
        MemorySegment iface = spa_interface.allocate(arena);
        MemorySegment cb = spa_interface.cb(iface);
        spa_callbacks.funcs(cb, table);
        spa_callbacks.data(cb, data);
        return iface;
    }
}
