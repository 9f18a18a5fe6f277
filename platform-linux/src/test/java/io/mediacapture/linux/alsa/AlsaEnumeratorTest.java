package io.mediacapture.linux.alsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link AlsaEnumerator} on the real libasound: the system's configuration (alsa.conf, the {@code pipewire}
 * plugin's {@code pipewire}/{@code default} PCMs where installed) plus {@link AlsaTestConfig}'s hinted PCMs.
 */
class AlsaEnumeratorTest {
    private final RecordingLogger log = new RecordingLogger();

    @BeforeAll
    static void install() {
        AlsaTestConfig.install();
    }

    @Test
    void hintsListTheConfiguredCapturePcmsWithTheirDescriptions() {
        Map<String, AlsaEnumerator.Candidate> byName = AlsaEnumerator.hinted(log).stream()
                .collect(Collectors.toMap(AlsaEnumerator.Candidate::pcmName, Function.identity()));
        assertEquals("Mediacapture test tone (file plugin)", byName.get(AlsaTestConfig.TONE_PCM).label(), byName.toString());
        assertEquals("Mediacapture vanishing tone (file plugin)", byName.get(AlsaTestConfig.VANISHING_PCM).label());
        assertEquals("Mediacapture test microphone (pipewire plugin)", byName.get(AlsaTestConfig.PIPEWIRE_PCM).label());
        assertEquals("alsa-pcm:" + AlsaTestConfig.TONE_PCM, byName.get(AlsaTestConfig.TONE_PCM).groupId());
        assertFalse(byName.containsKey("null"), "the null PCM captures silence: " + byName.keySet());
        assertTrue(byName.keySet().stream().noneMatch(n -> n.contains("CARD=") || n.startsWith("hw:")),
                "per-card PCMs come from the card walk: " + byName.keySet());
        if (Files.exists(Path.of("/usr/share/alsa/alsa.conf.d/50-pipewire.conf"))) {
            assertTrue(byName.containsKey("pipewire"), "the pipewire plugin's PCM is hinted: " + byName.keySet());
        }
        assertTrue(log.messages.stream().noneMatch(m -> m.contains(AlsaTestConfig.TONE_PCM)), log.messages.toString());
    }

    @Test
    void scanPutsTheDefaultFirst() {
        List<AlsaEnumerator.Candidate> all = AlsaEnumerator.scan(log);
        if (all.stream().anyMatch(AlsaEnumerator.Candidate::systemDefault)) {
            assertTrue(all.get(0).systemDefault(), all.toString());
            assertEquals("default", all.get(0).pcmName());
        }
        assertTrue(all.stream().anyMatch(c -> c.pcmName().equals(AlsaTestConfig.TONE_PCM)), all.toString());
    }

    @Test
    void aHintWithAStringLongerThanTheBoundIsSkippedWithAWarning() {
        List<AlsaEnumerator.Candidate> hinted = AlsaEnumerator.hinted(log);
        assertTrue(hinted.stream().noneMatch(c -> c.pcmName().equals(AlsaTestConfig.OVERLONG_HINT_PCM)),
                "a hint whose description does not end within the bound is not offered");
        assertTrue(hinted.stream().anyMatch(c -> c.pcmName().equals(AlsaTestConfig.TONE_PCM)),
                "the other hints are still listed: " + hinted);
        assertEquals(1, log.messages.size(), log.messages.toString());
        assertTrue(log.messages.get(0).contains("does not end within " + AlsaEnumerator.MAX_STRING_BYTES + " bytes"),
                log.messages.get(0));
    }

    @Test
    void pointerAtReadsOnePointerThroughASegmentEndingRightAfterIt() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = arena.allocate(8);
            MemorySegment b = arena.allocate(8);
            MemorySegment array = arena.allocate(ValueLayout.ADDRESS, 3);
            array.setAtIndex(ValueLayout.ADDRESS, 0, a);
            array.setAtIndex(ValueLayout.ADDRESS, 1, b);
            array.setAtIndex(ValueLayout.ADDRESS, 2, MemorySegment.NULL);
            MemorySegment base = MemorySegment.ofAddress(array.address()); // zero length, as libasound's
            assertEquals(a.address(), AlsaEnumerator.pointerAt(base, 0).address());
            assertEquals(b.address(), AlsaEnumerator.pointerAt(base, 1).address());
            assertEquals(MemorySegment.NULL, AlsaEnumerator.pointerAt(base, 2));
            assertEquals(0, AlsaEnumerator.pointerAt(base, 0).byteSize(), "the pointer read is not itself widened");
        }
    }

    /** Collects the messages logged, whatever their level. */
    static final class RecordingLogger implements System.Logger {
        final List<String> messages = new ArrayList<>();

        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            messages.add(msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            messages.add(format);
        }
    }
}
