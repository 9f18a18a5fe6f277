package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTargetTest {
    static final class Target extends EventTarget {
        void setOnfoo(EventListener<? super Event> l) {
            setEventHandler("foo", l);
        }

        EventListener<? super Event> getOnfoo() {
            return getEventHandler("foo");
        }
    }

    @Test
    void listenersRunInRegistrationOrderWithTheHandlerInItsSlot() {
        Target t = new Target();
        List<String> calls = new ArrayList<>();
        t.addEventListener("foo", e -> calls.add("a"));
        t.setOnfoo(e -> calls.add("handler"));
        t.addEventListener("foo", e -> calls.add("b"));
        t.setOnfoo(e -> calls.add("handler2")); // replaces in place, keeps the slot
        t.addEventListener("bar", e -> calls.add("other type"));
        t.dispatchEvent(new Event("foo"));
        assertEquals(List.of("a", "handler2", "b"), calls);
    }

    @Test
    void duplicateListenersAreAddedOnceAndCanBeRemoved() {
        Target t = new Target();
        List<String> calls = new ArrayList<>();
        EventListener<Event> l = e -> calls.add("x");
        t.addEventListener("foo", l);
        t.addEventListener("foo", l);
        t.dispatchEvent(new Event("foo"));
        t.removeEventListener("foo", l);
        t.dispatchEvent(new Event("foo"));
        assertEquals(List.of("x"), calls);
    }

    @Test
    void aThrowingListenerDoesNotStopTheOthers() throws Exception {
        Target t = new Target();
        List<Throwable> uncaught = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        Thread th = new Thread(() -> {
            t.addEventListener("foo", e -> {
                throw new IllegalStateException("boom");
            });
            t.addEventListener("foo", e -> calls.add("second"));
            t.dispatchEvent(new Event("foo"));
        });
        th.setUncaughtExceptionHandler((x, e) -> uncaught.add(e));
        th.start();
        th.join();
        assertEquals(List.of("second"), calls);
        assertEquals("boom", uncaught.get(0).getMessage());
    }

    @Test
    void dispatchSetsTargetAndNullHandlerClearsTheSlot() {
        Target t = new Target();
        Event e = new Event("foo");
        assertNull(e.target());
        List<EventTarget> seen = new ArrayList<>();
        t.setOnfoo(ev -> seen.add(ev.target()));
        t.dispatchEvent(e);
        assertSame(t, seen.get(0));
        t.setOnfoo(null);
        assertNull(t.getOnfoo());
        t.dispatchEvent(new Event("foo"));
        assertEquals(1, seen.size());
    }

    @Test
    void trackEventRequiresATrack() {
        assertThrows(NullPointerException.class, () -> new MediaStreamTrackEvent("addtrack", null));
        assertThrows(NullPointerException.class, () -> new Event(null));
    }
}
