package io.mediacapture.windows.com;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MTA thread's logic, with {@link Apartment#NONE} (no COM on Linux) and with recording apartments. */
class ComThreadTest {

    @Test
    void runsTasksOnItsThreadAndNestedCallsInline() {
        try (ComThread com = ComThread.start("test-com", Apartment.NONE)) {
            Thread t = com.call(Thread::currentThread);
            assertEquals("test-com", t.getName());
            assertEquals(Integer.valueOf(7), com.call(() -> com.call(() -> 7)), "a nested call runs inline");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> com.run(() -> {
                        throw new IllegalArgumentException("boom");
                    }));
            assertEquals("boom", e.getMessage());
            ComException ce = assertThrows(ComException.class, () -> com.run(() -> HResult.check(HResult.E_FAIL, "X")));
            assertEquals(HResult.E_FAIL, ce.hresult());
        }
    }

    @Test
    void entersAndLeavesTheApartmentOnItsThread() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Apartment recording = new Apartment() {
            @Override
            public void enter() {
                log.add("enter " + Thread.currentThread().getName());
            }

            @Override
            public void leave() {
                log.add("leave " + Thread.currentThread().getName());
            }
        };
        ComThread com = ComThread.start("apt", recording);
        com.run(() -> log.add("task"));
        com.close();
        assertEquals(List.of("enter apt", "task", "leave apt"), log);
        assertThrows(IllegalStateException.class, () -> com.run(() -> { }));
        com.close(); // idempotent
    }

    @Test
    void aFailureToJoinTheApartmentIsReported() {
        ComException failure = new ComException("CoInitializeEx", HResult.RPC_E_CHANGED_MODE);
        Apartment refusing = new Apartment() {
            @Override
            public void enter() {
                throw failure;
            }

            @Override
            public void leave() {
                throw new AssertionError("leave without enter");
            }
        };
        ComException e = assertThrows(ComException.class, () -> ComThread.start("refused", refusing));
        assertSame(failure, e);
        assertTrue(e.getMessage().contains("RPC_E_CHANGED_MODE"));
    }
}
