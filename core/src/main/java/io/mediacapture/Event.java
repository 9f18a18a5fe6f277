package io.mediacapture;

import java.util.Objects;

/** DOM {@code Event}: a type and the target it was dispatched at. */
public class Event {
    private final String type;
    private final long timeStamp;
    private volatile EventTarget target;

    public Event(String type) {
        this.type = Objects.requireNonNull(type, "type");
        this.timeStamp = System.nanoTime() / 1_000;
    }

    public String type() {
        return type;
    }

    /** The target it was dispatched at, or null before dispatch. */
    public EventTarget target() {
        return target;
    }

    /** When the event was created, in microseconds on the library's monotonic clock (as frame timestamps). */
    public long timeStamp() {
        return timeStamp;
    }

    void setTarget(EventTarget target) {
        this.target = target;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + type + "]";
    }
}
