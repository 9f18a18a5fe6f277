package io.mediacapture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DOM {@code EventTarget}. Listeners run in registration order; an {@code onfoo} handler takes the place in
 * that order where it was first set (as in the DOM). A listener that throws does not stop the others: the
 * throwable goes to the current thread's uncaught exception handler.
 *
 * <p>Threading: {@link #dispatchEvent} runs listeners on the calling thread. Events the library fires
 * itself (ended, mute, devicechange, addtrack...) are dispatched on the event thread of the
 * {@link MediaDevices} that owns the target, one at a time, in the order they happened, so listeners of
 * one target never run concurrently with each other. Adding and removing listeners is thread-safe.
 */
public abstract class EventTarget {
    /** One registration: a listener, or the slot of an event handler attribute. */
    private static final class Entry {
        final String type;
        final EventListener<? super Event> listener;
        final boolean handlerSlot;
        volatile EventListener<? super Event> handler;

        Entry(String type, EventListener<? super Event> listener, boolean handlerSlot) {
            this.type = type;
            this.listener = listener;
            this.handlerSlot = handlerSlot;
        }
    }

    private final Object lock = new Object();
    private List<Entry> entries = List.of(); // copy-on-write under lock

    protected EventTarget() {}

    /** Adds a listener; adding the same listener for the same type twice has no effect. */
    public void addEventListener(String type, EventListener<? super Event> listener) {
        Objects.requireNonNull(type, "type");
        if (listener == null) {
            return;
        }
        synchronized (lock) {
            for (Entry e : entries) {
                if (!e.handlerSlot && e.type.equals(type) && e.listener == listener) {
                    return;
                }
            }
            List<Entry> copy = new ArrayList<>(entries);
            copy.add(new Entry(type, listener, false));
            entries = List.copyOf(copy);
        }
    }

    public void removeEventListener(String type, EventListener<? super Event> listener) {
        Objects.requireNonNull(type, "type");
        synchronized (lock) {
            List<Entry> copy = new ArrayList<>(entries);
            copy.removeIf(e -> !e.handlerSlot && e.type.equals(type) && e.listener == listener);
            entries = List.copyOf(copy);
        }
    }

    /**
     * Dispatches an event to this target's listeners on the calling thread.
     *
     * @return true (events here are not cancelable)
     */
    public boolean dispatchEvent(Event event) {
        Objects.requireNonNull(event, "event");
        event.setTarget(this);
        List<Entry> snapshot = entries;
        for (Entry e : snapshot) {
            if (!e.type.equals(event.type())) {
                continue;
            }
            EventListener<? super Event> l = e.handlerSlot ? e.handler : e.listener;
            if (l == null) {
                continue;
            }
            try {
                l.handleEvent(event);
            } catch (Throwable t) {
                Thread current = Thread.currentThread();
                Thread.UncaughtExceptionHandler h = current.getUncaughtExceptionHandler();
                if (h != null) {
                    h.uncaughtException(current, t);
                } else {
                    t.printStackTrace();
                }
            }
        }
        return true;
    }

    /** Sets the handler for an {@code onTYPE} attribute; null removes it. */
    @SuppressWarnings("unchecked")
    protected final void setEventHandler(String type, EventListener<?> handler) {
        synchronized (lock) {
            for (Entry e : entries) {
                if (e.handlerSlot && e.type.equals(type)) {
                    if (handler == null) {
                        List<Entry> copy = new ArrayList<>(entries);
                        copy.remove(e);
                        entries = List.copyOf(copy);
                    } else {
                        e.handler = (EventListener<? super Event>) handler;
                    }
                    return;
                }
            }
            if (handler != null) {
                Entry slot = new Entry(type, null, true);
                slot.handler = (EventListener<? super Event>) handler;
                List<Entry> copy = new ArrayList<>(entries);
                copy.add(slot);
                entries = List.copyOf(copy);
            }
        }
    }

    @SuppressWarnings("unchecked")
    protected final <E extends Event> EventListener<? super E> getEventHandler(String type) {
        for (Entry e : entries) {
            if (e.handlerSlot && e.type.equals(type)) {
                return (EventListener<? super E>) e.handler;
            }
        }
        return null;
    }
}
