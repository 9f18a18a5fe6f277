package io.mediacapture.bindings.alsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.bindings.alsa.inline.snd_lib_error_handler_t;
import io.mediacapture.bindings.libc.AbiChecks;
import io.mediacapture.bindings.testing.CProbe;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.MemoryLayout;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The libasound bindings against alsa/asoundlib.h through the C compiler. ALSA's parameter types are
 * opaque ({@code snd_pcm_hw_params_t}) and no struct is bound: only the constants and the prototypes
 * have an ABI to check.
 */
class AlsaAbiTest {
    private static final List<String> HEADERS = List.of("alsa/asoundlib.h");

    @Test
    void constantsMatchTheHeader() {
        AbiChecks.assertConstants(HEADERS, CProbe.pkgConfigCflags("alsa"), asoundlib_h.class);
    }

    /** jextract skips the variadic callback type; the hand-written one binds its five named parameters. */
    @Test
    void theHandWrittenErrorHandlerTypeMatchesTheHeader() {
        List<MemoryLayout> params = snd_lib_error_handler_t.descriptor().argumentLayouts();
        assertEquals(5, params.size(), "named parameters");
        assertTrue(snd_lib_error_handler_t.descriptor().returnLayout().isEmpty(), "returns void");
        Map<String, Long> c = CProbe.evaluate(HEADERS, CProbe.pkgConfigCflags("alsa"), List.of(
                CProbe.of("prototype", "__builtin_types_compatible_p(snd_lib_error_handler_t, "
                        + "void (*)(const char *, int, const char *, int, const char *, ...))"),
                CProbe.sizeOf("const char *"), CProbe.sizeOf("int")));
        assertEquals(1L, c.get("prototype"), "snd_lib_error_handler_t's C prototype");
        String[] ctypes = {"const char *", "int", "const char *", "int", "const char *"};
        for (int i = 0; i < ctypes.length; i++) {
            assertEquals(ctypes[i].endsWith("*"), params.get(i) instanceof AddressLayout, "parameter " + i + " kind");
            assertEquals(c.get("sizeof(" + ctypes[i] + ")"), params.get(i).byteSize(), "parameter " + i + " size");
        }
    }

    @Test
    void functionDescriptorsMatchThePrototypes() {
        AbiChecks.assertPrototypes(CProbe.pkgConfigCflags("alsa"), BoundPrototypes.ALL);
    }
}
