package io.mediacapture.bindings.pipewire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.spa.AbiAssertions;
import io.mediacapture.bindings.testing.CProbe;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The libpipewire-0.3 structs and constants agree with the installed libpipewire-0.3-dev headers. */
class PipeWireAbiTest {
    static final List<String> INCLUDES = List.of("pipewire/pipewire.h");

    private static List<String> cflags() {
        return CProbe.pkgConfigCflags("libpipewire-0.3");
    }

    @Test
    void structLayoutsMatchTheHeaders() throws Exception {
        AbiAssertions.assertStructsMatch(INCLUDES, cflags(), List.of(spa_fraction.class, pw_buffer.class,
                pw_time.class, pw_stream_events.class, pw_registry_events.class, pw_registry_methods.class,
                pw_core_events.class, pw_core_methods.class, pw_proxy_events.class, pw_context_events.class));
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
        assertTrue(constants.containsKey("PW_KEY_MEDIA_CLASS") && constants.containsKey("PW_TYPE_INTERFACE_Node"),
                "missing constants: " + constants.keySet());
        AbiAssertions.assertStringConstantsMatch(INCLUDES, cflags(), constants);
    }
}
