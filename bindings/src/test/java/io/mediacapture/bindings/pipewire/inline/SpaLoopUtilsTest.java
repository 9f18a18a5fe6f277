package io.mediacapture.bindings.pipewire.inline;

import static io.mediacapture.bindings.pipewire.pipewire_h.*;
import static java.lang.foreign.MemorySegment.NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediacapture.bindings.spa.spa_interface;
import io.mediacapture.bindings.spa.spa_loop_utils_methods;
import io.mediacapture.bindings.spa.spa_source_event_func_t;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop-utils macros against the real libpipewire-0.3 (a thread loop needs no daemon), and the C macros'
 * fallbacks on a method table laid out here with the generated struct layout.
 */
class SpaLoopUtilsTest {
    @BeforeAll
    static void init() {
        if (!PipeWireLibrary.LIBRARY.isAvailable()) {
            String why = "libpipewire-0.3.so.0 cannot be loaded (install libpipewire-0.3-0)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        pw_init(NULL, NULL);
    }

    @Test
    void signalledEventRunsOnTheLoopThreadUntilDestroyed() throws Exception {
        LinkedBlockingQueue<Long> counts = new LinkedBlockingQueue<>();
        AtomicReference<Throwable> upcallFailure = new AtomicReference<>();
        try (Arena arena = Arena.ofShared()) {
            MemorySegment tl = pw_thread_loop_new(arena.allocateFrom("loop-utils-test"), NULL);
            assertNotEquals(NULL, tl, "pw_thread_loop_new");
            MemorySegment marker = arena.allocate(1);
            MemorySegment func = spa_source_event_func_t.allocate((data, count) -> {
                try {
                    assertTrue(pw_thread_loop_in_thread(tl), "event callback off the loop thread");
                    assertEquals(marker.address(), data.address(), "event data");
                    counts.add(count);
                } catch (Throwable t) {
                    upcallFailure.set(t);
                }
            }, arena);
            try {
                MemorySegment pwLoop = pw_thread_loop_get_loop(tl);
                assertNotEquals(NULL, SpaLoopUtils.pw_loop_utils(pwLoop), "pw_loop.utils");
                assertEquals(0, pw_thread_loop_start(tl));
                pw_thread_loop_lock(tl);
                MemorySegment source;
                try {
                    source = SpaLoopUtils.pw_loop_add_event(pwLoop, func, marker);
                } finally {
                    pw_thread_loop_unlock(tl);
                }
                assertNotEquals(NULL, source, "pw_loop_add_event");

                assertEquals(0, SpaLoopUtils.pw_loop_signal_event(pwLoop, source));
                Long first = counts.poll(5, TimeUnit.SECONDS);
                assertTrue(first != null && first >= 1, "no event callback after a signal: " + first);

                pw_thread_loop_lock(tl);
                try {
                    SpaLoopUtils.spa_loop_utils_destroy_source(SpaLoopUtils.pw_loop_utils(pwLoop), source);
                } finally {
                    pw_thread_loop_unlock(tl);
                }
                counts.clear();
                // A fresh source still works after another was destroyed, through the spa_loop_utils form.
                MemorySegment utils = SpaLoopUtils.pw_loop_utils(pwLoop);
                pw_thread_loop_lock(tl);
                try {
                    source = SpaLoopUtils.spa_loop_utils_add_event(utils, func, marker);
                    assertNotEquals(NULL, source, "spa_loop_utils_add_event");
                    assertEquals(0, SpaLoopUtils.spa_loop_utils_signal_event(utils, source));
                } finally {
                    pw_thread_loop_unlock(tl);
                }
                assertTrue(counts.poll(5, TimeUnit.SECONDS) != null, "no callback from the second source");
                pw_thread_loop_lock(tl);
                try {
                    SpaLoopUtils.pw_loop_destroy_source(pwLoop, source);
                } finally {
                    pw_thread_loop_unlock(tl);
                }
            } finally {
                pw_thread_loop_stop(tl);
                pw_thread_loop_destroy(tl);
            }
        }
        assertNull(upcallFailure.get(), () -> "upcall failed: " + upcallFailure.get());
    }

    @Test
    void missingMethodsGiveTheMacrosFallbacks() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment table = spa_loop_utils_methods.allocate(arena); // version 0, every method NULL
            MemorySegment utils = arena.allocate(spa_interface.sizeof());
            io.mediacapture.bindings.spa.spa_callbacks.funcs(spa_interface.cb(utils), table);
            assertEquals(NULL, SpaLoopUtils.spa_loop_utils_add_event(utils, NULL, NULL));
            assertEquals(-PwCore.ENOTSUP, SpaLoopUtils.spa_loop_utils_signal_event(utils, NULL));
            SpaLoopUtils.spa_loop_utils_destroy_source(utils, NULL); // nothing to call, as in C

            MemorySegment noTable = arena.allocate(spa_interface.sizeof());
            assertEquals(NULL, SpaLoopUtils.spa_loop_utils_add_event(noTable, NULL, NULL));
            assertEquals(-PwCore.ENOTSUP, SpaLoopUtils.spa_loop_utils_signal_event(noTable, NULL));
        }
    }
}
