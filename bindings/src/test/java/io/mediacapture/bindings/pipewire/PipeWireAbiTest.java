package io.mediacapture.bindings.pipewire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.pipewire.inline.PwKeys;
import io.mediacapture.bindings.spa.AbiAssertions;
import io.mediacapture.bindings.testing.CProbe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The libpipewire-0.3 structs and constants agree with the installed libpipewire-0.3-dev headers. */
class PipeWireAbiTest {
    // pipewire.h includes node.h, port.h and link.h; they are named so the probe breaks loudly if that ever changes.
    static final List<String> INCLUDES = List.of("pipewire/pipewire.h", "pipewire/node.h", "pipewire/port.h",
            "pipewire/link.h");

    private static List<String> cflags() {
        return CProbe.pkgConfigCflags("libpipewire-0.3");
    }

    /**
     * Every {@code --include-struct} of bindings/jextract/pipewire.args, so a struct added there (and its class
     * here) is checked without editing this test.
     */
    static List<Class<?>> structClasses() throws IOException, ClassNotFoundException {
        Path args = Path.of(System.getProperty("basedir", "."), "jextract", "pipewire.args");
        List<Class<?>> out = new ArrayList<>();
        for (String line : Files.readAllLines(args)) {
            if (line.startsWith("--include-struct ")) {
                String name = line.substring("--include-struct ".length()).strip();
                out.add(Class.forName(PipeWireAbiTest.class.getPackageName() + "." + name));
            }
        }
        return out;
    }

    @Test
    void structLayoutsMatchTheHeaders() throws Exception {
        List<Class<?>> structs = structClasses();
        assertTrue(structs.containsAll(List.of(spa_fraction.class, pw_buffer.class, pw_time.class,
                pw_stream_events.class, pw_registry_events.class, pw_registry_methods.class, pw_core_events.class,
                pw_core_methods.class, pw_context_events.class, pw_node_events.class,
                pw_node_methods.class, pw_port_events.class, pw_port_methods.class, pw_loop.class)),
                "pipewire.args lacks a struct this package binds: " + structs);
        AbiAssertions.assertStructsMatch(INCLUDES, cflags(), structs);
    }

    @Test
    void everyIntConstantMatchesTheHeaders() throws Exception {
        Map<String, Integer> constants = AbiAssertions.intConstants(pipewire_h.class, "PW_");
        assertTrue(constants.containsKey("PW_STREAM_FLAG_MAP_BUFFERS") && constants.containsKey("PW_ID_ANY"),
                "missing constants: " + constants.keySet());
        AbiAssertions.assertIntConstantsMatch(INCLUDES, cflags(), constants);
    }

    @Test
    void everyStringConstantMatchesTheHeaders() throws Exception {
        Map<String, String> constants = AbiAssertions.stringConstants(pipewire_h.class, "PW_");
        assertTrue(constants.containsKey("PW_KEY_MEDIA_TYPE") && constants.containsKey("PW_TYPE_INTERFACE_Node"),
                "missing constants: " + constants.keySet());
        AbiAssertions.assertStringConstantsMatch(INCLUDES, cflags(), constants);
    }

    @Test
    void theHandWrittenKeysMatchTheHeaders() throws Exception {
        Map<String, String> constants = AbiAssertions.stringConstants(PwKeys.class, "PW_");
        assertTrue(constants.containsKey("PW_KEY_NODE_TARGET"), "missing constants: " + constants.keySet());
        AbiAssertions.assertStringConstantsMatch(INCLUDES, cflags(), constants);
    }
}
