package io.mediacapture.macos.avfoundation;

import io.mediacapture.macos.objc.Objc;
import java.lang.foreign.MemorySegment;

/**
 * A device's configuration lock ({@code lockForConfiguration:}), released exactly once. The lock is taken
 * inside the session's configuration and held until the session runs (a session otherwise resets the active
 * format to its preset when it starts), so it outlives the call that took it; {@link #configure} guarantees
 * that a setup failing after the lock was taken gives it back, instead of leaving the camera locked against
 * every other application until this process exits. Not thread-safe: one session's setup owns it.
 */
final class DeviceLock implements AutoCloseable {
    private final Objc objc;
    private final MemorySegment device;
    private boolean held;

    private DeviceLock(Objc objc, MemorySegment device) {
        this.objc = objc;
        this.device = device;
        this.held = true;
    }

    /**
     * Takes the lock, or returns null when the device refuses; the refusal's NSError is then in
     * {@code errorOut} (an {@code NSError **}, may be NULL).
     */
    static DeviceLock take(Objc objc, MemorySegment device, MemorySegment errorOut) {
        return objc.sendBool(device, "lockForConfiguration:", errorOut) ? new DeviceLock(objc, device) : null;
    }

    /** Runs {@code setup} on the locked device; if it fails, unlocks before the failure propagates. */
    <E extends Exception> void configure(Setup<E> setup) throws E {
        boolean ok = false;
        try {
            setup.configure(device);
            ok = true;
        } finally {
            if (!ok) {
                close();
            }
        }
    }

    /** Configuration done on a locked device. */
    interface Setup<E extends Exception> {
        void configure(MemorySegment device) throws E;
    }

    boolean isHeld() {
        return held;
    }

    /** Unlocks; idempotent. */
    @Override
    public void close() {
        if (held) {
            held = false;
            objc.sendVoid(device, "unlockForConfiguration");
        }
    }
}
