package io.mediacapture.bindings.spa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.spa.pod.SpaType;
import io.mediacapture.bindings.testing.CProbe;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The SPA structs and constants agree with the installed libspa-0.2-dev headers. */
class SpaAbiTest {
    static final List<String> INCLUDES = List.of("spa/utils/defs.h", "spa/utils/type.h", "spa/utils/hook.h",
            "spa/utils/dict.h", "spa/buffer/buffer.h", "spa/buffer/meta.h", "spa/param/param.h", "spa/param/format.h",
            "spa/param/buffers.h", "spa/param/video/raw.h", "spa/param/audio/raw.h", "spa/pod/pod.h");

    private static List<String> cflags() {
        return CProbe.pkgConfigCflags("libspa-0.2");
    }

    @Test
    void structLayoutsMatchTheHeaders() throws Exception {
        AbiAssertions.assertStructsMatch(INCLUDES, cflags(), List.of(spa_list.class, spa_callbacks.class,
                spa_interface.class, spa_hook.class, spa_hook_list.class, spa_dict_item.class, spa_dict.class,
                spa_chunk.class, spa_data.class, spa_meta.class, spa_meta_header.class, spa_buffer.class,
                spa_pod.class));
    }

    @Test
    void everyConstantMatchesTheHeaders() throws Exception {
        Map<String, Integer> constants = AbiAssertions.intConstants(spa_h.class, "SPA_");
        assertTrue(constants.size() > 400, "expected the SPA enums, found " + constants.size() + " constants");
        AbiAssertions.assertIntConstantsMatch(INCLUDES, cflags(), constants);
    }

    @Test
    void podTypeNumbersMatchTheHeaders() throws Exception {
        Map<String, Integer> java = new TreeMap<>();
        for (Field f : SpaType.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                String n = f.getName();
                String c = n.startsWith("CHOICE_") ? "SPA_CHOICE_" + cName(n.substring(7)) : "SPA_TYPE_" + cName(n);
                java.put(c, f.getInt(null));
            }
        }
        AbiAssertions.assertIntConstantsMatch(INCLUDES, cflags(), java);
    }

    /** NONE -> None, RECTANGLE -> Rectangle, FD -> Fd (the C spelling of SpaType's names). */
    private static String cName(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
