package io.mediacapture.bindings.alsa;

import static io.mediacapture.bindings.alsa.asoundlib_h.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediacapture.bindings.alsa.inline.AlsaLibrary;
import io.mediacapture.bindings.alsa.inline.Alsa;
import io.mediacapture.bindings.alsa.inline.AlsaErrorHandler;
import io.mediacapture.bindings.alsa.inline.AlsaException;
import io.mediacapture.bindings.libc.AbiChecks;
import io.mediacapture.bindings.libc.pollfd;
import io.mediacapture.bindings.testing.CProbe;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bindings against the real libasound, using the {@code null} PCM that every alsa.conf defines
 * (capture from it yields silence at once, with no sound card).
 */
class AlsaLibraryTest {

    @BeforeAll
    static void libasoundIsInstalled() {
        if (!AlsaLibrary.LIBRARY.isAvailable()) {
            String why = "libasound.so.2 cannot be loaded (install Debian package libasound2)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
    }

    @Test
    void everyBoundFunctionResolves() {
        List<String> missing = new ArrayList<>();
        for (AbiChecks.Fn fn : BoundPrototypes.ALL) {
            String name = fn.c().replaceFirst("^.*?\\b(\\w+)\\s*\\(.*$", "$1");
            if (AlsaLibrary.LIBRARY.lookup().find(name).isEmpty()) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "symbols missing from libasound.so.2");
    }

    @Test
    void strerrorTextEqualsTheCLibrarys() {
        String c = CProbe.compileAndRun("""
                #include <stdio.h>
                #include <alsa/asoundlib.h>
                int main(void) { printf("%s|%s|%s", snd_strerror(-2), snd_strerror(-32), snd_strerror(-500000)); return 0; }
                """, CProbe.pkgConfigCflags("alsa"), List.of("-lasound"));
        assertEquals(c, Alsa.strerror(-2) + "|" + Alsa.strerror(-32) + "|" + Alsa.strerror(-500000));
    }

    @Test
    void capturesFramesFromTheNullPcm() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pcm = openNull(arena);
            MemorySegment hwp = arena.allocate(C_POINTER);
            Alsa.check("snd_pcm_hw_params_malloc", snd_pcm_hw_params_malloc(hwp));
            MemorySegment hw = hwp.get(C_POINTER, 0);
            try {
                Alsa.check("snd_pcm_hw_params_any", snd_pcm_hw_params_any(pcm, hw));
                MemorySegment min = arena.allocate(C_INT);
                MemorySegment max = arena.allocate(C_INT);
                MemorySegment dir = arena.allocate(C_INT);
                Alsa.check("get_rate_min", snd_pcm_hw_params_get_rate_min(hw, min, dir));
                Alsa.check("get_rate_max", snd_pcm_hw_params_get_rate_max(hw, max, dir));
                assertTrue(Integer.compareUnsigned(min.get(C_INT, 0), 48000) <= 0
                        && Integer.compareUnsigned(max.get(C_INT, 0), 48000) >= 0, "null PCM allows 48 kHz");
                Alsa.check("get_channels_max", snd_pcm_hw_params_get_channels_max(hw, max));
                assertTrue(Integer.compareUnsigned(max.get(C_INT, 0), 2) >= 0);
                assertEquals(0, snd_pcm_hw_params_test_format(pcm, hw, SND_PCM_FORMAT_S16_LE()));

                Alsa.check("set_access", snd_pcm_hw_params_set_access(pcm, hw, SND_PCM_ACCESS_RW_INTERLEAVED()));
                Alsa.check("set_format", snd_pcm_hw_params_set_format(pcm, hw, SND_PCM_FORMAT_S16_LE()));
                Alsa.check("set_channels", snd_pcm_hw_params_set_channels(pcm, hw, 2));
                MemorySegment rate = arena.allocate(C_INT);
                rate.set(C_INT, 0, 48000);
                Alsa.check("set_rate_near", snd_pcm_hw_params_set_rate_near(pcm, hw, rate, MemorySegment.NULL));
                MemorySegment frames = arena.allocate(C_LONG);
                frames.set(C_LONG, 0, 480);
                Alsa.check("set_period_size_near", snd_pcm_hw_params_set_period_size_near(pcm, hw, frames, MemorySegment.NULL));
                frames.set(C_LONG, 0, 4800);
                Alsa.check("set_buffer_size_near", snd_pcm_hw_params_set_buffer_size_near(pcm, hw, frames));
                Alsa.check("snd_pcm_hw_params", snd_pcm_hw_params(pcm, hw));

                Alsa.check("get_rate", snd_pcm_hw_params_get_rate(hw, rate, MemorySegment.NULL));
                assertEquals(48000, rate.get(C_INT, 0));
                Alsa.check("get_channels", snd_pcm_hw_params_get_channels(hw, rate));
                assertEquals(2, rate.get(C_INT, 0));
                Alsa.check("get_format", snd_pcm_hw_params_get_format(hw, rate));
                assertEquals(SND_PCM_FORMAT_S16_LE(), rate.get(C_INT, 0));
                Alsa.check("get_period_size", snd_pcm_hw_params_get_period_size(hw, frames, MemorySegment.NULL));
                assertTrue(frames.get(C_LONG, 0) > 0);
                Alsa.check("get_buffer_size", snd_pcm_hw_params_get_buffer_size(hw, frames));
                assertTrue(frames.get(C_LONG, 0) > 0);
            } finally {
                snd_pcm_hw_params_free(hw);
            }

            MemorySegment swp = arena.allocate(C_POINTER);
            Alsa.check("snd_pcm_sw_params_malloc", snd_pcm_sw_params_malloc(swp));
            MemorySegment sw = swp.get(C_POINTER, 0);
            try {
                Alsa.check("sw_params_current", snd_pcm_sw_params_current(pcm, sw));
                Alsa.check("set_start_threshold", snd_pcm_sw_params_set_start_threshold(pcm, sw, 1));
                Alsa.check("set_avail_min", snd_pcm_sw_params_set_avail_min(pcm, sw, 256));
                Alsa.check("snd_pcm_sw_params", snd_pcm_sw_params(pcm, sw));
            } finally {
                snd_pcm_sw_params_free(sw);
            }

            assertEquals(SND_PCM_STATE_PREPARED(), snd_pcm_state(pcm));
            assertEquals("PREPARED", snd_pcm_state_name(snd_pcm_state(pcm)).getString(0));
            MemorySegment buffer = arena.allocate(256 * 2 * 2);
            long read = Alsa.check("snd_pcm_readi", snd_pcm_readi(pcm, buffer, 256));
            assertEquals(256, read, "the null PCM delivers a full read at once");
            assertEquals(SND_PCM_STATE_RUNNING(), snd_pcm_state(pcm), "readi started the stream");
            assertEquals(1024, snd_pcm_frames_to_bytes(pcm, 256));

            int count = snd_pcm_poll_descriptors_count(pcm);
            assertTrue(count >= 1, "poll descriptors: " + count);
            MemorySegment fds = pollfd.allocateArray(count, arena);
            assertEquals(count, snd_pcm_poll_descriptors(pcm, fds, count));
            assertTrue(pollfd.fd(fds) >= 0);

            Alsa.check("snd_pcm_drop", snd_pcm_drop(pcm));
            assertEquals(SND_PCM_STATE_SETUP(), snd_pcm_state(pcm));
            Alsa.check("snd_pcm_close", snd_pcm_close(pcm));
        }
    }

    @Test
    void nameHintsListTheNullPcm() {
        List<String> names = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hintsp = arena.allocate(C_POINTER);
            Alsa.check("snd_device_name_hint", snd_device_name_hint(-1, arena.allocateFrom("pcm"), hintsp));
            MemorySegment hints = hintsp.get(C_POINTER, 0);
            try {
                MemorySegment id = arena.allocateFrom("NAME");
                for (long i = 0; ; i++) {
                    MemorySegment hint = hints.getAtIndex(C_POINTER, i);
                    if (hint.equals(MemorySegment.NULL)) {
                        break;
                    }
                    names.add(Alsa.takeString(snd_device_name_get_hint(hint, id)));
                }
            } finally {
                snd_device_name_free_hint(hints);
            }
        }
        assertTrue(names.contains("null"), "hints: " + names);
    }

    @Test
    void openingAMissingPcmGivesANegativeCodeAndAClearText() {
        List<AlsaErrorHandler.Message> diagnostics = new CopyOnWriteArrayList<>();
        AlsaErrorHandler.install(diagnostics::add);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pcmp = arena.allocate(C_POINTER);
            int r = snd_pcm_open(pcmp, arena.allocateFrom("mediacapture_no_such_pcm"), SND_PCM_STREAM_CAPTURE(), 0);
            assertTrue(r < 0, "result " + r);
            assertEquals("No such file or directory", Alsa.strerror(r));
            AlsaException e = assertThrows(AlsaException.class, () -> Alsa.check("snd_pcm_open(mediacapture_no_such_pcm)", r));
            assertEquals(r, e.errorCode());
            assertTrue(e.getMessage().startsWith("snd_pcm_open(mediacapture_no_such_pcm): No such file or directory"),
                    e.getMessage());
        } finally {
            AlsaErrorHandler.restoreDefault();
        }
        // libasound reported "Unknown PCM %s" through the Java handler instead of printing it to stderr.
        assertFalse(diagnostics.isEmpty(), "the handler received libasound's diagnostic");
        assertTrue(diagnostics.stream().anyMatch(m -> m.format().contains("Unknown PCM")), diagnostics.toString());
    }

    @Test
    void cardEnumerationEndsWithMinusOne() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment card = arena.allocate(C_INT);
            card.set(C_INT, 0, -1);
            List<String> cards = new ArrayList<>();
            for (int guard = 0; guard < 64; guard++) {
                Alsa.check("snd_card_next", snd_card_next(card));
                int index = card.get(C_INT, 0);
                if (index < 0) {
                    break;
                }
                MemorySegment name = arena.allocate(C_POINTER);
                Alsa.check("snd_card_get_name", snd_card_get_name(index, name));
                cards.add(Alsa.takeString(name.get(C_POINTER, 0)));
            }
            // This machine may have no sound card; the loop must end either way, with names for what it found.
            assertFalse(cards.contains(null), "cards: " + cards);
        }
    }

    @Test
    void controlOpenOfAMissingCardFails() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ctl = arena.allocate(C_POINTER);
            AlsaErrorHandler.silence();
            try {
                int r = snd_ctl_open(ctl, arena.allocateFrom("hw:99"), 0);
                assertTrue(r < 0, "snd_ctl_open(hw:99) = " + r);
                assertNotEquals("", Alsa.strerror(r));
            } finally {
                AlsaErrorHandler.restoreDefault();
            }
        }
    }

    private static MemorySegment openNull(Arena arena) {
        MemorySegment pcmp = arena.allocate(C_POINTER);
        Alsa.check("snd_pcm_open(null)", snd_pcm_open(pcmp, arena.allocateFrom("null"), SND_PCM_STREAM_CAPTURE(), 0));
        MemorySegment pcm = pcmp.get(C_POINTER, 0);
        assertEquals("null", snd_pcm_name(pcm).getString(0));
        return pcm;
    }
}
