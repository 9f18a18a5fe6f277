package io.mediacapture.macos.objc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Autorelease pools stay on one OS thread: never on a virtual thread, whose work moves to a platform thread. */
class PlatformThreadsTest {
    /** Counts pushes and pops; the rest is not used. */
    static final class CountingRuntime implements ObjcRuntime {
        final AtomicInteger pushes = new AtomicInteger();
        final AtomicInteger pops = new AtomicInteger();

        public String name() { return "counting"; }
        public MemorySegment lookUpClass(String name) { return MemorySegment.NULL; }
        public MemorySegment registerSelector(String name) { return MemorySegment.NULL; }
        public String className(MemorySegment cls) { return "?"; }
        public MemorySegment objectClass(MemorySegment object) { return MemorySegment.NULL; }
        public MemorySegment allocateClassPair(MemorySegment superclass, String name) { return MemorySegment.NULL; }
        public boolean addMethod(MemorySegment cls, MemorySegment selector, MemorySegment imp, String types) { return false; }
        public void registerClassPair(MemorySegment cls) {}
        public MethodHandle messageSend(FunctionDescriptor signature) { throw new UnsupportedOperationException(); }
        public MemorySegment pushAutoreleasePool() { pushes.incrementAndGet(); return MemorySegment.ofAddress(8); }
        public void popAutoreleasePool(MemorySegment token) { pops.incrementAndGet(); }
    }

    private final CountingRuntime runtime = new CountingRuntime();
    private final Objc objc = new Objc(runtime);

    @Test
    void aPoolRefusesAVirtualThread() throws Exception {
        CompletableFuture<Throwable> f = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (var pool = objc.autoreleasePool()) {
                f.complete(null);
            } catch (Throwable t) {
                f.complete(t);
            }
        });
        assertTrue(f.get(10, TimeUnit.SECONDS) instanceof WrongThreadException);
        assertEquals(0, runtime.pushes.get(), "nothing pushed");
    }

    @Test
    void workFromAVirtualThreadRunsOnAPlatformThreadWithItsPool() throws Exception {
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        Thread v = Thread.ofVirtual().start(() -> {
            try {
                Thread t = PlatformThreads.<Thread, InterruptedException>call(() -> {
                    try (var pool = objc.autoreleasePool()) {
                        Thread.sleep(20); // a blocking point inside the pool: a virtual thread could move here
                        return Thread.currentThread();
                    }
                });
                ranOn.complete(t);
            } catch (Throwable e) {
                ranOn.completeExceptionally(e);
            }
        });
        Thread t = ranOn.get(10, TimeUnit.SECONDS);
        v.join();
        assertFalse(t.isVirtual());
        assertEquals(1, runtime.pushes.get());
        assertEquals(1, runtime.pops.get());
    }

    @Test
    void onAPlatformThreadWorkRunsInline() throws Exception {
        assertSame(Thread.currentThread(), PlatformThreads.call(Thread::currentThread));
    }

    @Test
    void exceptionsArriveAsThrown() throws Exception {
        CompletableFuture<Throwable> f = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                PlatformThreads.<Void, IOException>call(() -> {
                    throw new IOException("checked");
                });
                f.complete(null);
            } catch (Throwable t) {
                f.complete(t);
            }
        });
        Throwable t = f.get(10, TimeUnit.SECONDS);
        assertTrue(t instanceof IOException && t.getMessage().equals("checked"), String.valueOf(t));
        CompletableFuture<Throwable> g = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                PlatformThreads.run(() -> {
                    throw new IllegalStateException("unchecked");
                });
                g.complete(null);
            } catch (Throwable x) {
                g.complete(x);
            }
        });
        assertTrue(g.get(10, TimeUnit.SECONDS) instanceof IllegalStateException);
        assertThrows(IllegalStateException.class, () -> PlatformThreads.run(() -> {
            throw new IllegalStateException("inline");
        }));
    }
}
