package io.mediacapture.macos.avfoundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.bindings.AudioObjectPropertyAddress;
import io.mediacapture.macos.media.FourCc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Hot-plug by polling while the main run loop is not running, and the CoreAudio run-loop property address. */
class DevicePollerTest {
    private final AtomicReference<Set<String>> devices = new AtomicReference<>(Set.of("cam-1", "mic-1"));
    private final AtomicBoolean mainLoop = new AtomicBoolean();
    private final List<String> events = new ArrayList<>();
    private final DevicePoller poller = new DevicePoller(devices::get, mainLoop::get,
            (connected, id) -> events.add((connected ? "+" : "-") + id));

    @Test
    void withoutAMainRunLoopChangesAreReportedAsConnectsAndDisconnects() throws Exception {
        assertTrue(poller.tick()); // baseline: nothing reported
        assertEquals(List.of(), events);
        devices.set(Set.of("cam-1", "mic-1", "cam-2"));
        poller.tick();
        devices.set(Set.of("cam-2"));
        poller.tick();
        poller.tick(); // nothing changed
        assertEquals(3, events.size());
        assertEquals("+cam-2", events.get(0));
        assertTrue(events.containsAll(List.of("-cam-1", "-mic-1")), events.toString());
    }

    @Test
    void whileTheMainRunLoopRunsTheNotificationsDoTheJob() throws Exception {
        poller.tick();
        mainLoop.set(true);
        devices.set(Set.of());
        assertFalse(poller.tick());
        assertEquals(List.of(), events);
        // the loop stops again: a fresh baseline, nothing stale reported from before the pause
        mainLoop.set(false);
        poller.tick();
        assertEquals(List.of(), events);
        devices.set(Set.of("cam-9"));
        poller.tick();
        assertEquals(List.of("+cam-9"), events);
    }

    @Test
    void theRunLoopPropertyAddressIsRnlpGlobalMain() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment addr = RunLoops.runLoopAddress(a);
            assertEquals(12, addr.byteSize());
            assertEquals(FourCc.of("rnlp"), AudioObjectPropertyAddress.mSelector(addr));
            assertEquals(0x676c6f62, AudioObjectPropertyAddress.mScope(addr)); // 'glob'
            assertEquals(0, AudioObjectPropertyAddress.mElement(addr));
        }
    }
}
