package io.mediacapture.macos.objc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.testing.NativeFixture;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bridge's runtime logic run for real on Linux against GCC's Objective-C runtime: class and selector
 * lookup, typed sends (incl. a 24-byte struct return), retain/release through owned references, Foundation
 * conversions (against stand-in classes), classes defined from Java whose methods compiled code calls.
 */
class GnuRuntimeBridgeTest {
    private static SymbolLookup fixture;
    private static Objc objc;
    private static Foundation foundation;
    private static MethodHandle liveObjects;

    @BeforeAll
    static void load() {
        fixture = NativeFixture.standins();
        objc = new Objc(GnuObjcRuntime.load());
        foundation = new Foundation(objc);
        liveObjects = NativeFixture.function(fixture, "mc_live_objects", FunctionDescriptor.of(JAVA_LONG));
    }

    private static long live() throws Throwable {
        return (long) liveObjects.invokeExact();
    }

    @Test
    void looksUpClassesAndSelectors() {
        MemorySegment cls = objc.cls("NSString");
        assertEquals("NSString", objc.runtime().className(cls));
        assertTrue(objc.findClass("NoSuchClassAnywhere").isEmpty());
        ObjcException e = assertThrows(ObjcException.class, () -> objc.cls("NoSuchClassAnywhere"));
        assertTrue(e.getMessage().contains("NoSuchClassAnywhere"), e.getMessage());
        assertEquals(objc.sel("objectAtIndex:"), objc.runtime().registerSelector("objectAtIndex:"));
    }

    @Test
    void ownedReferencesReleaseExactlyOnce() throws Throwable {
        long before = live();
        ObjcRef s = foundation.string("camera");
        assertEquals(1, objc.sendLong(s.get(), "retainCount"));
        ObjcRef second = objc.retain(s.get(), "the string");
        assertEquals(2, objc.sendLong(s.get(), "retainCount"));
        second.close();
        second.close(); // idempotent: must not over-release
        assertEquals(1, objc.sendLong(s.get(), "retainCount"));
        assertEquals(before + 1, live());
        s.close();
        assertEquals(before, live());
        assertThrows(IllegalStateException.class, s::get);
    }

    @Test
    void convertsStringsNumbersArraysAndDictionaries() throws Throwable {
        long before = live();
        try (ObjcRef s = foundation.string("FaceTime HD Kamera ü ✓");
             ObjcRef n = foundation.unsignedInt(0x34323076);
             ObjcRef d = foundation.doubleNumber(29.97);
             ObjcRef arr = foundation.array(List.of(s.get(), n.get()));
             ObjcRef key = foundation.string("k")) {
            assertEquals("FaceTime HD Kamera ü ✓", foundation.toJava(s.get()));
            assertEquals(0x34323076, foundation.intValue(n.get()));
            assertEquals(29.97, foundation.doubleValue(d.get()));
            assertEquals(List.of(s.get(), n.get()), foundation.list(arr.get()));
            Map<MemorySegment, MemorySegment> m = new LinkedHashMap<>();
            m.put(key.get(), d.get());
            try (ObjcRef dict = foundation.dictionary(m); ObjcRef probe = foundation.string("k")) {
                assertEquals(d.get(), foundation.get(dict.get(), probe.get()));
            }
            assertEquals(2, objc.sendLong(s.get(), "retainCount"), "the array retains its elements");
        }
        assertEquals(before, live(), "everything created was released");
        assertEquals(null, foundation.toJava(MemorySegment.NULL));
        assertEquals(List.of(), foundation.list(MemorySegment.NULL));
    }

    @Test
    void returnsA24ByteStructFromAMethod() {
        MemorySegment range = objc.sendId(objc.sendId(objc.cls("MCTestRange"), "alloc"), "init");
        try (ObjcRef r = objc.adopt(range, "MCTestRange"); Arena a = Arena.ofConfined()) {
            CMTime t = CMTime.read(objc.sendStruct(CMTime.LAYOUT, a, r.get(), "minFrameDuration"));
            assertEquals(CMTime.of(1001, 30000), t);
            assertEquals(29.97, objc.sendDouble(r.get(), "maxFrameRate"));
            CMTime scaled = CMTime.read(objc.sendStruct(CMTime.LAYOUT, a, r.get(), "scaled:by:",
                    new Objc.ByValue(CMTime.LAYOUT, CMTime.of(1000, 30000).write(a)), 3));
            assertEquals(CMTime.of(3000, 30000), scaled);
        }
    }

    @Test
    void nilReceiverAnswersZero() {
        assertEquals(MemorySegment.NULL, objc.sendId(MemorySegment.NULL, "objectAtIndex:", 0L));
        assertEquals(0, objc.sendLong(MemorySegment.NULL, "count"));
    }

    @Test
    void rejectsArgumentsItCannotPass() {
        assertThrows(IllegalArgumentException.class, () -> objc.sendId(objc.cls("NSString"), "alloc", "text"));
        assertThrows(IllegalArgumentException.class, () -> objc.sendId(objc.cls("NSString"), "alloc", (Object) null));
        assertThrows(IllegalArgumentException.class, () -> objc.runtime().messageSend(FunctionDescriptor.of(ADDRESS, JAVA_INT)));
    }

    // ---- classes defined from Java -----------------------------------------------------------

    static final AtomicInteger CALLS = new AtomicInteger();


    static MemorySegment makeTime(MemorySegment self, MemorySegment cmd, long v) {
        CALLS.incrementAndGet();
        return CMTime.of(v, 600).write(Arena.ofAuto());
    }

    static long failing(MemorySegment self, MemorySegment cmd) {
        throw new IllegalStateException("thrown inside an upcall on purpose");
    }

    @Test
    void definesAClassWhoseMethodsCompiledCodeCalls() throws Throwable {
        MethodHandle make = MethodHandles.lookup().findStatic(GnuRuntimeBridgeTest.class, "makeTime",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, MemorySegment.class, long.class));
        MethodHandle fail = MethodHandles.lookup().findStatic(GnuRuntimeBridgeTest.class, "failing",
                MethodType.methodType(long.class, MemorySegment.class, MemorySegment.class));
        MemorySegment cls = RuntimeClass.define(objc, "MCBridgeTestClass", "NSObject")
                .method("timeWithValue:", "{?=qiIq}24@0:8q16", make, FunctionDescriptor.of(CMTime.LAYOUT, ADDRESS, ADDRESS, JAVA_LONG))
                .method("fail", "q16@0:8", fail, FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS))
                .register();
        assertEquals(cls, RuntimeClass.define(objc, "MCBridgeTestClass", "NSObject").register(), "defined once");
        assertEquals("MCBridgeTestClass", objc.runtime().className(cls));
        try (ObjcRef obj = objc.adopt(objc.sendId(objc.sendId(cls, "alloc"), "init"), "MCBridgeTestClass")) {
            assertEquals(cls, objc.runtime().objectClass(obj.get()));
            // compiled code -> objc_msg_lookup -> upcall stub -> Java, returning a struct by value
            MethodHandle call = NativeFixture.function(fixture, "mc_call_time_method",
                    FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
            try (Arena a = Arena.ofConfined()) {
                long r = (long) call.invokeExact(obj.get(), a.allocateFrom("timeWithValue:"), 42L);
                assertEquals(42 + 600 + 1, r);
                // and the same method through the bridge's own send
                assertEquals(CMTime.of(7, 600), CMTime.read(objc.sendStruct(CMTime.LAYOUT, a, obj.get(), "timeWithValue:", 7L)));
            }
            assertEquals(2, CALLS.get());
            // an exception thrown in Java never reaches native code: the caller gets zero
            assertEquals(0, objc.sendLong(obj.get(), "fail"));
        }
    }

    @Test
    void autoreleasePoolMustCloseOnItsThread() throws Exception {
        AutoreleasePool pool = objc.autoreleasePool();
        Throwable[] seen = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                pool.close();
            } catch (Throwable e) {
                seen[0] = e;
            }
        });
        t.start();
        t.join();
        assertTrue(seen[0] instanceof WrongThreadException, String.valueOf(seen[0]));
        pool.close();
        pool.close();
    }

    @Test
    void classNamesAreNotShared() {
        assertNotEquals(objc.cls("NSString"), objc.cls("NSArray"));
        assertFalse(objc.runtime().className(objc.cls("NSArray")).isEmpty());
    }
}
