package io.mediacapture.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared inotify watcher against a real directory on this host's kernel. */
class DeviceWatcherTest {
    private static final System.Logger LOG = System.getLogger("test.watcher");

    @Test
    void reportsInterestingEntriesOnceAfterTheyHaveSettled(@TempDir Path dir) throws Exception {
        Semaphore changes = new Semaphore(0);
        try (DeviceWatcher w = DeviceWatcher.start(
                new DeviceWatcher.Spec(dir, n -> n.startsWith("video"), 150, 0, "test-watcher"), changes::release, LOG)) {
            Files.createFile(dir.resolve("other"));
            assertTrue(!changes.tryAcquire(400, TimeUnit.MILLISECONDS), "an uninteresting entry is not a change");
            Files.createFile(dir.resolve("video0"));
            Files.createFile(dir.resolve("video1"));
            assertTrue(changes.tryAcquire(2, TimeUnit.SECONDS), "two nodes created");
            assertTrue(!changes.tryAcquire(400, TimeUnit.MILLISECONDS), "changes that came together are reported once");
            Files.delete(dir.resolve("video0"));
            assertTrue(changes.tryAcquire(2, TimeUnit.SECONDS), "a node removed");
        }
    }

    @Test
    void watchesADirectoryThatAppearsLaterAndRescansPeriodically(@TempDir Path parent) throws Exception {
        Path dir = parent.resolve("snd");
        AtomicInteger runs = new AtomicInteger();
        Semaphore changes = new Semaphore(0);
        try (DeviceWatcher w = DeviceWatcher.start(new DeviceWatcher.Spec(dir, n -> true, 0, 300, "test-watcher"), () -> {
            runs.incrementAndGet();
            changes.release();
        }, LOG)) {
            assertTrue(changes.tryAcquire(2, TimeUnit.SECONDS), "the rescan period runs the action without events");
            Files.createDirectory(dir);
            changes.drainPermits();
            Thread.sleep(700); // a rescan or two: the watch is added once the directory exists
            changes.drainPermits();
            Files.createFile(dir.resolve("pcmC0D0c"));
            assertTrue(changes.tryAcquire(2, TimeUnit.SECONDS), "a node created in the directory that appeared");
        }
    }

    @Test
    void closeStopsTheThreadAndTheActionNeverRunsAfterIt(@TempDir Path dir) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        DeviceWatcher w = DeviceWatcher.start(new DeviceWatcher.Spec(dir, n -> true, 0, 50, "test-watcher-close"),
                runs::incrementAndGet, LOG);
        Thread.sleep(200);
        w.close();
        int after = runs.get();
        Thread.sleep(200);
        assertEquals(after, runs.get());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("test-watcher-close")));
        w.close(); // idempotent
    }
}
