package io.mediacapture.macos.objc;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One owned reference (+1 retain count) to an Objective-C object, tied to a Java lifetime: {@link #close()}
 * sends {@code release} exactly once. The object itself may live on if others retain it. There is no
 * finalizer or Cleaner: the owner (a source, the backend) closes its references in its own close().
 * Thread-safe.
 */
public final class ObjcRef implements AutoCloseable {
    private final Objc objc;
    private final MemorySegment object;
    private final AtomicBoolean released = new AtomicBoolean();

    ObjcRef(Objc objc, MemorySegment object) {
        this.objc = objc;
        this.object = object;
    }

    /** The object. @throws IllegalStateException after {@link #close()} */
    public MemorySegment get() {
        if (released.get()) {
            throw new IllegalStateException("Objective-C reference already released");
        }
        return object;
    }

    public boolean isReleased() {
        return released.get();
    }

    /** Releases the reference; idempotent. */
    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            objc.sendVoid(object, "release");
        }
    }

    @Override
    public String toString() {
        return "ObjcRef[0x" + Long.toHexString(object.address()) + (released.get() ? ", released]" : "]");
    }
}
