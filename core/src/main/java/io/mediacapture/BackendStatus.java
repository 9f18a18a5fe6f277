package io.mediacapture;

import java.util.Set;

/**
 * A backend {@link MediaDevices} knows of: whether it is in use, and if it is unavailable, why.
 *
 * @param name   the backend's name ("pipewire", "alsa", "fake", ...)
 * @param kinds  the device kinds it serves
 * @param active whether this MediaDevices uses it
 * @param reason "available", or why it cannot run here
 */
public record BackendStatus(String name, Set<MediaDeviceKind> kinds, boolean active, String reason) {
    @Override
    public String toString() {
        return name + " " + kinds + (active ? " (active)" : "") + ": " + reason;
    }
}
