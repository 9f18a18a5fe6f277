package io.mediacapture.bindings.alsa;

import io.mediacapture.bindings.libc.AbiChecks;
import io.mediacapture.bindings.testing.CProbe;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The libasound bindings against alsa/asoundlib.h through the C compiler. ALSA's parameter types are
 * opaque ({@code snd_pcm_hw_params_t}): only the constants, the one public struct and the prototypes
 * have an ABI to check.
 */
class AlsaAbiTest {
    private static final List<String> HEADERS = List.of("alsa/asoundlib.h");

    @Test
    void channelAreaStructMatchesTheHeader() {
        AbiChecks.assertStructs(HEADERS, CProbe.pkgConfigCflags("alsa"), List.of(_snd_pcm_channel_area.class));
    }

    @Test
    void constantsMatchTheHeader() {
        AbiChecks.assertConstants(HEADERS, CProbe.pkgConfigCflags("alsa"), asoundlib_h.class);
    }

    @Test
    void functionDescriptorsMatchThePrototypes() {
        AbiChecks.assertPrototypes(CProbe.pkgConfigCflags("alsa"), BoundPrototypes.ALL);
    }
}
