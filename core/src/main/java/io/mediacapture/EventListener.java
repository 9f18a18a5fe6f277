package io.mediacapture;

/** DOM {@code EventListener}. */
@FunctionalInterface
public interface EventListener<E extends Event> {
    void handleEvent(E event);
}
