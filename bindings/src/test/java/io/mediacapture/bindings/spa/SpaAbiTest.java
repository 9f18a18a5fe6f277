package io.mediacapture.bindings.spa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.spa.pod.SpaType;
import io.mediacapture.bindings.testing.CProbe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The SPA structs and constants agree with the installed libspa-0.2-dev headers. */
class SpaAbiTest {
    private static final String HEADER_DIR = "/usr/include/spa-0.2/";

    /** The headers bindings/jextract/spa.args generates from, as include names ("spa/support/loop.h"). */
    static final List<String> INCLUDES = argsLines().stream().filter(l -> l.startsWith(HEADER_DIR))
            .map(l -> l.substring(HEADER_DIR.length())).toList();

    private static List<String> argsLines() {
        try {
            return Files.readAllLines(Path.of(System.getProperty("basedir", "."), "jextract", "spa.args"))
                    .stream().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every {@code --include-struct} of bindings/jextract/spa.args, so a struct added there (and its class here)
     * is checked without editing this test.
     */
    static List<Class<?>> structClasses() throws ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        for (String line : argsLines()) {
            if (line.startsWith("--include-struct ")) {
                String name = line.substring("--include-struct ".length()).strip();
                out.add(Class.forName(SpaAbiTest.class.getPackageName() + "." + name));
            }
        }
        return out;
    }

    private static List<String> cflags() {
        return CProbe.pkgConfigCflags("libspa-0.2");
    }

    @Test
    void structLayoutsMatchTheHeaders() throws Exception {
        List<Class<?>> structs = structClasses();
        assertTrue(structs.containsAll(List.of(spa_list.class, spa_callbacks.class, spa_interface.class,
                spa_hook.class, spa_hook_list.class, spa_dict_item.class, spa_dict.class, spa_chunk.class,
                spa_data.class, spa_meta.class, spa_meta_header.class, spa_buffer.class,
                spa_loop_utils_methods.class)), "spa.args lacks a struct this package binds: " + structs);
        assertTrue(INCLUDES.contains("spa/support/loop.h") && INCLUDES.contains("spa/pod/pod.h"),
                "spa.args header list: " + INCLUDES);
        AbiAssertions.assertStructsMatch(INCLUDES, cflags(), structs);
    }

    @Test
    void everyConstantMatchesTheHeaders() throws Exception {
        Map<String, Integer> constants = AbiAssertions.intConstants(spa_h.class, "SPA_");
        assertTrue(constants.containsKey("SPA_PARAM_EnumFormat") && constants.containsKey("SPA_VIDEO_FORMAT_YUY2")
                && constants.containsKey("SPA_AUDIO_FORMAT_F32"), "expected the SPA enums, found " + constants.keySet());
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
