package io.mediacapture.testing;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Heap bytes the current thread has allocated (HotSpot's per-thread counter), for tests that a path allocates
 * nothing per frame. Reached through a method handle: core's tests are compiled into the module, which does not read
 * java.management; the handle's exact type keeps the call itself from allocating.
 */
public final class Allocations {
    private static final Object BEAN;
    private static final MethodHandle BYTES;

    static {
        try {
            BEAN = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
            BYTES = MethodHandles.publicLookup().findVirtual(sun, "getCurrentThreadAllocatedBytes",
                    MethodType.methodType(long.class)).asType(MethodType.methodType(long.class, Object.class));
            for (int i = 0; i < 10; i++) {
                currentThreadBytes(); // the handle's own first-call setup
            }
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Allocations() {}

    public static long currentThreadBytes() {
        try {
            return (long) BYTES.invokeExact(BEAN);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
