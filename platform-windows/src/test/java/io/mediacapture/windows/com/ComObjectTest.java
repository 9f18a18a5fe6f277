package io.mediacapture.windows.com;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The COM layer on Linux: Java-implemented COM objects called through their vtables (upcall stubs reached
 * by downcalls through function pointers read from the vtable), with reference counts checked after every
 * step. The host's C calling convention is used (SysV here, Win64 on Windows); slot arithmetic, reference
 * counting and error paths are the same on both, the Win64 convention itself is not exercised here.
 */
class ComObjectTest {

    private static int refs(ComRef r) {
        return JavaComClass.referenceCount(r.address());
    }

    @Test
    void callsGoThroughTheVtableAndReleaseFreesTheObject() {
        TestInterface.Counter c = new TestInterface.Counter();
        ComRef obj = TestInterface.CLASS.create(c);
        long address = obj.address();
        assertEquals(1, refs(obj));
        obj.call(TestInterface.ADD, 5);
        obj.call(TestInterface.ADD, 37);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.JAVA_INT);
            obj.call(TestInterface.GET, out);
            assertEquals(42, out.get(ValueLayout.JAVA_INT, 0));
        }
        ComRef second = obj.share();
        assertEquals(2, refs(obj));
        obj.close();
        obj.close(); // idempotent: releases once
        assertEquals(1, JavaComClass.referenceCount(address));
        assertThrows(IllegalStateException.class, () -> obj.call(TestInterface.ADD, 1));
        second.close();
        assertEquals(0, JavaComClass.referenceCount(address), "the object is freed");
    }

    @Test
    void releasingAJavaObjectFromJavaFreesItsBlockWithoutAnError() {
        long freed = JavaComClass.freedBlocks();
        long failures = JavaComClass.upcallFailures();
        ComRef obj = TestInterface.CLASS.create(new TestInterface.Counter());
        obj.call(TestInterface.ADD, 1);
        try (ComRef second = obj.share()) {
            obj.close();
        } // the last Release is a downcall from Java into the object's own stub, as on every camera stop
        assertEquals(0, JavaComClass.referenceCount(obj.address()));
        assertEquals(freed + 1, JavaComClass.freedBlocks(), "the object's block was freed, not leaked");
        assertEquals(failures, JavaComClass.upcallFailures(), "Release did not fail inside the upcall");
    }

    @Test
    void queryInterfaceAnswersItsInterfacesAndRefusesOthers() {
        ComRef obj = TestInterface.CLASS.create(new TestInterface.Counter());
        try (ComRef unknown = obj.query(IUnknown.IID, "IUnknown"); ComRef same = obj.query(TestInterface.IID, "ICounter")) {
            assertEquals(obj.address(), unknown.address());
            assertEquals(3, refs(obj));
            ComException e = assertThrows(ComException.class,
                    () -> obj.query(Guid.parse("{11111111-2222-3333-4444-555555555555}"), "IOther"));
            assertEquals(HResult.E_NOINTERFACE, e.hresult());
            assertEquals(3, refs(obj), "a refused QueryInterface takes no reference");
        }
        try (Arena a = Arena.ofConfined()) {
            assertEquals(HResult.E_POINTER, obj.callRaw(IUnknown.QUERY_INTERFACE, IUnknown.IID.allocate(a), MemorySegment.NULL));
        }
        assertEquals(1, refs(obj));
        obj.close();
    }

    @Test
    void failuresKeepTheirHresultAndTheCountsBalance() {
        ComRef obj = TestInterface.CLASS.create(new TestInterface.Counter());
        ComException e = assertThrows(ComException.class, () -> obj.call(TestInterface.FAIL, HResult.E_ACCESSDENIED));
        assertEquals(HResult.E_ACCESSDENIED, e.hresult());
        assertEquals("ICounter::Fail", e.call());
        assertTrue(e.getMessage().contains("E_ACCESSDENIED"), e.getMessage());
        assertEquals(HResult.S_FALSE, obj.call(TestInterface.FAIL, HResult.S_FALSE), "S_FALSE is a success");
        assertEquals(1, refs(obj));
        obj.close();
    }

    @Test
    void anExceptionInAnUpcallBecomesEUnexpected() {
        ComRef obj = TestInterface.CLASS.create(new TestInterface.Counter());
        assertEquals(HResult.E_UNEXPECTED, obj.callRaw(TestInterface.THROW));
        assertEquals(1, refs(obj));
        obj.close();
    }

    @Test
    void aPointerLeftBehindByAFailingCalleeIsReleased() {
        TestInterface.Counter c = new TestInterface.Counter();
        ComRef given = TestInterface.CLASS.create(new TestInterface.Counter());
        c.toGive = given;
        ComRef obj = TestInterface.CLASS.create(c);
        ComException e = assertThrows(ComException.class, () -> ComRef.receive("ICounter", "GiveAndFail",
                out -> obj.call(TestInterface.GIVE_AND_FAIL, out)));
        assertEquals(HResult.E_FAIL, e.hresult());
        assertEquals(1, refs(given), "the reference the callee handed out despite failing was released");
        obj.close();
        given.close();
    }

    @Test
    void receiveRefusesASuccessWithoutAPointer() {
        ComException e = assertThrows(ComException.class, () -> ComRef.receive("IThing", "Nothing", out -> { }));
        assertEquals(HResult.E_POINTER, e.hresult());
    }

    @Test
    void closeDuringACallOnAnotherThreadReleasesWhenTheCallReturns() throws Exception {
        TestInterface.Counter c = new TestInterface.Counter();
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch mayReturn = new CountDownLatch(1);
        c.onAdd = () -> {
            inCall.countDown();
            try {
                mayReturn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ComRef obj = TestInterface.CLASS.create(c);
        long address = obj.address();
        Thread t = Thread.ofPlatform().start(() -> obj.call(TestInterface.ADD, 1));
        assertTrue(inCall.await(10, TimeUnit.SECONDS));
        obj.close();
        assertEquals(1, JavaComClass.referenceCount(address), "still referenced while the call runs");
        mayReturn.countDown();
        t.join(10_000);
        assertEquals(0, JavaComClass.referenceCount(address), "released by the call that was under way");
        assertEquals(1, c.value.get());
    }

    @Test
    void countsStayBalancedUnderConcurrentCallsFromManyThreads() throws Exception {
        int before = JavaComClass.liveObjects();
        TestInterface.Counter c = new TestInterface.Counter();
        ComRef obj = TestInterface.CLASS.create(c);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> {
                    for (int k = 0; k < 500; k++) {
                        try (ComRef mine = obj.share()) {
                            mine.call(TestInterface.ADD, 1);
                            assertEquals(HResult.E_UNEXPECTED, mine.callRaw(TestInterface.THROW));
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4000, c.value.get());
        assertEquals(1, refs(obj));
        obj.close();
        assertEquals(before, JavaComClass.liveObjects(), "no object leaked");
    }

    @Test
    void anUnknownThisPointerIsRefusedNotFollowed() {
        // A block whose vtable is a live class's but which was never registered: a stale or forged pointer.
        ComRef live = TestInterface.CLASS.create(new TestInterface.Counter());
        try (Arena a = Arena.ofConfined()) {
            MemorySegment forged = a.allocate(16, 16);
            forged.set(ValueLayout.ADDRESS, 0, MemorySegment.ofAddress(live.address()).reinterpret(8).get(ValueLayout.ADDRESS, 0));
            assertEquals(HResult.E_UNEXPECTED, TestInterface.ADD.invokeRaw(forged, 1));
            assertEquals(0, IUnknown.RELEASE.invokeRaw(forged));
        }
        live.close();
    }
}
