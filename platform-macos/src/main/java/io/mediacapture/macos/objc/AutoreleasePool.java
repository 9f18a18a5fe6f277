package io.mediacapture.macos.objc;

import java.lang.foreign.MemorySegment;

/**
 * An autorelease pool pushed on the current thread: {@code try (var pool = objc.autoreleasePool()) {...}}.
 * Every Java thread that calls into Foundation or AVFoundation wraps the calls in one, because Java threads
 * have no pool of their own and autoreleased objects would otherwise leak. Pools nest; each must be closed on
 * the thread that opened it, innermost first. Never on a virtual thread: it may move to another OS thread
 * between push and pop ({@link PlatformThreads}).
 */
public final class AutoreleasePool implements AutoCloseable {
    private final ObjcRuntime runtime;
    private final MemorySegment token;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    /** @throws WrongThreadException on a virtual thread */
    AutoreleasePool(ObjcRuntime runtime) {
        if (owner.isVirtual()) {
            throw new WrongThreadException("an autorelease pool cannot be opened on a virtual thread (" + owner
                    + "): it may resume on another OS thread before the pool is popped; use PlatformThreads.call");
        }
        this.runtime = runtime;
        this.token = runtime.pushAutoreleasePool();
    }

    /**
     * Drains the pool. @throws WrongThreadException when called from another thread than the one that opened it
     */
    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new WrongThreadException("an autorelease pool must be closed on the thread that opened it ("
                    + owner.getName() + ")");
        }
        if (!closed) {
            closed = true;
            runtime.popAutoreleasePool(token);
        }
    }
}
