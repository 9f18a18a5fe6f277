package io.mediacapture.macos.avfoundation;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.objc.Foundation;
import io.mediacapture.macos.objc.GnuObjcRuntime;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.macos.testing.NativeFixture;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run-time classes the backend registers with AVFoundation (sample-buffer delegate, notification observer),
 * defined for real in GCC's runtime and called by compiled Objective-C sends, including from a native thread
 * the JVM has never seen (as a dispatch queue's thread would be).
 */
class RuntimeDelegatesTest {
    private static SymbolLookup fixture;
    private static Objc objc;
    private static Foundation foundation;

    @BeforeAll
    static void load() {
        fixture = NativeFixture.standins();
        objc = new Objc(GnuObjcRuntime.load());
        foundation = new Foundation(objc);
    }

    @Test
    void sampleBuffersReachTheHandlerFromANativeThread() throws Throwable {
        List<Long> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        MethodHandle send = NativeFixture.function(fixture, "mc_send_samples_from_thread",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        try (SampleBufferDelegate d = SampleBufferDelegate.create(objc, sb -> {
            seen.add(sb.address());
            threads.add(Thread.currentThread().getName());
        })) {
            assertEquals(SampleBufferDelegate.CLASS_NAME,
                    objc.runtime().className(objc.runtime().objectClass(d.object())));
            assertEquals(0, (int) send.invokeExact(d.object(), 5));
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seen);
            assertTrue(threads.stream().noneMatch(n -> n.equals(Thread.currentThread().getName())), threads.toString());

            // a second delegate object of the same class gets its own handler
            List<Long> other = new CopyOnWriteArrayList<>();
            try (SampleBufferDelegate d2 = SampleBufferDelegate.create(objc, sb -> other.add(sb.address()))) {
                MethodHandle one = NativeFixture.function(fixture, "mc_send_sample", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
                one.invokeExact(d2.object(), MemorySegment.ofAddress(99));
                assertEquals(List.of(99L), other);
                assertEquals(5, seen.size());
            }
        }
    }

    @Test
    void aThrowingHandlerDoesNotCrashTheCaller() throws Throwable {
        MethodHandle one = NativeFixture.function(fixture, "mc_send_sample", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        try (SampleBufferDelegate d = SampleBufferDelegate.create(objc, sb -> {
            throw new IllegalStateException("handler failure on purpose");
        })) {
            one.invokeExact(d.object(), MemorySegment.ofAddress(7));
        }
    }

    @Test
    void deviceNotificationsCarryTheUniqueId() throws Throwable {
        record Event(boolean connected, String id) {}
        List<Event> events = new CopyOnWriteArrayList<>();
        List<MemorySegment> sessionErrors = new CopyOnWriteArrayList<>();
        MethodHandle post = NativeFixture.function(fixture, "mc_post", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        try (DeviceObserver o = DeviceObserver.create(foundation, new DeviceObserver.Listener() {
                 @Override
                 public void deviceChanged(boolean connected, String uniqueId) {
                     events.add(new Event(connected, uniqueId));
                 }

                 @Override
                 public void sessionError(MemorySegment session) {
                     sessionErrors.add(session);
                 }
             });
             Arena a = Arena.ofConfined()) {
            ObjcRef device = objc.adopt(objc.sendId(objc.sendId(objc.cls("MCTestDevice"), "alloc"), "initWithID:",
                    a.allocateFrom("0x1420000046d0825")), "device");
            ObjcRef note = objc.adopt(objc.sendId(objc.sendId(objc.cls("MCTestNotification"), "alloc"), "initWithObject:",
                    device.get()), "note");
            post.invokeExact(o.object(), a.allocateFrom(DeviceObserver.CONNECTED), note.get());
            post.invokeExact(o.object(), a.allocateFrom(DeviceObserver.DISCONNECTED), note.get());
            post.invokeExact(o.object(), a.allocateFrom(DeviceObserver.SESSION_ERROR), note.get());
            assertEquals(List.of(new Event(true, "0x1420000046d0825"), new Event(false, "0x1420000046d0825")), events);
            assertEquals(List.of(device.get()), sessionErrors);
            note.close();
            device.close();
        }
    }
}
