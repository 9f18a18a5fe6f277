package io.mediacapture.macos.avfoundation;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.objc.Foundation;
import io.mediacapture.macos.objc.GnuObjcRuntime;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.macos.testing.NativeFixture;
import io.mediacapture.spi.BackendException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The device's configuration lock and its suspended state, against a stand-in device object in GCC's runtime,
 * called the way AVFoundation calls (compiled sends, KVO's observer selector).
 */
class DeviceStateTest {
    private static SymbolLookup fixture;
    private static Objc objc;
    private static Foundation foundation;

    @BeforeAll
    static void load() {
        fixture = NativeFixture.standins();
        objc = new Objc(GnuObjcRuntime.load());
        foundation = new Foundation(objc);
    }

    private static ObjcRef fakeDevice() {
        return objc.adopt(objc.sendId(objc.sendId(objc.cls("MCFakeCaptureDevice"), "alloc"), "init"), "fake device");
    }

    @Test
    void aSetupFailingAfterTheLockGivesItBack() {
        try (ObjcRef dev = fakeDevice()) {
            DeviceLock lock = DeviceLock.take(objc, dev.get(), MemorySegment.NULL);
            assertEquals(1, objc.sendLong(dev.get(), "locks"));
            BackendException failure = new BackendException(BackendException.Kind.FAILED, "setActiveFormat refused");
            BackendException thrown = assertThrows(BackendException.class, () -> lock.configure(d -> {
                throw failure;
            }));
            assertSame(failure, thrown);
            assertFalse(lock.isHeld());
            assertEquals(1, objc.sendLong(dev.get(), "unlocks"));
            lock.close(); // idempotent
            assertEquals(1, objc.sendLong(dev.get(), "unlocks"));
        }
    }

    @Test
    void aSuccessfulSetupKeepsTheLockUntilClosed() throws Exception {
        try (ObjcRef dev = fakeDevice()) {
            DeviceLock lock = DeviceLock.take(objc, dev.get(), MemorySegment.NULL);
            MemorySegment[] seen = new MemorySegment[1];
            lock.configure(d -> seen[0] = d);
            assertEquals(dev.get().address(), seen[0].address());
            assertTrue(lock.isHeld());
            assertEquals(0, objc.sendLong(dev.get(), "unlocks"));
            lock.close();
            assertEquals(1, objc.sendLong(dev.get(), "unlocks"));
        }
    }

    @Test
    void aRefusedLockIsNull() {
        try (ObjcRef dev = fakeDevice()) {
            objc.sendVoid(dev.get(), "setRefuseLock:", true);
            assertNull(DeviceLock.take(objc, dev.get(), MemorySegment.NULL));
            assertEquals(0, objc.sendLong(dev.get(), "unlocks"));
        }
    }

    @Test
    void suspensionIsReportedAsMutedOnChangesOnly() throws Throwable {
        MethodHandle kvo = NativeFixture.function(fixture, "mc_send_kvo", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        List<Boolean> muted = new CopyOnWriteArrayList<>();
        try (ObjcRef dev = fakeDevice(); ObjcRef key = foundation.string("suspended")) {
            SuspendObserver o = SuspendObserver.create(foundation, dev.get(), muted::add).observe();
            assertEquals(100, objc.sendLong(dev.get(), "locks"), "registered with the device");
            kvo.invokeExact(o.object(), key.get(), dev.get()); // the initial report: not suspended, nothing to say
            assertEquals(List.of(), muted);
            objc.sendVoid(dev.get(), "setSuspended:", true);
            kvo.invokeExact(o.object(), key.get(), dev.get());
            kvo.invokeExact(o.object(), key.get(), dev.get()); // repeated: no second event
            objc.sendVoid(dev.get(), "setSuspended:", false);
            kvo.invokeExact(o.object(), key.get(), dev.get());
            assertEquals(List.of(true, false), muted);
            MemorySegment obs = o.object();
            o.close();
            assertEquals(100, objc.sendLong(dev.get(), "unlocks"), "removed from the device");
            o.close();
            assertEquals(100, objc.sendLong(dev.get(), "unlocks"));
            assertEquals(2, muted.size());
            assertTrue(obs.address() != 0);
        }
    }

    @Test
    void aDeviceWithoutASuspendedPropertyIsNotObserved() throws Exception {
        // KVO would raise NSUnknownKeyException reading an unknown key; MCTestDevice has no isSuspended (and
        // no addObserver:..., so registering would abort the test run)
        try (ObjcRef dev = objc.adopt(objc.sendId(objc.sendId(objc.cls("MCTestDevice"), "alloc"), "initWithID:",
                java.lang.foreign.Arena.global().allocateFrom("no-kvo")), "test device")) {
            SuspendObserver o = SuspendObserver.create(foundation, dev.get(), b -> {}).observe();
            o.close(); // nothing to remove either
        }
    }

    @Test
    void deliveredSizeIsComparedWithTheChosenMode() {
        assertNull(VideoSampleHandler.sizeMismatch(640, 480, 640, 480));
        assertEquals("1280x720 instead of the chosen 640x480", VideoSampleHandler.sizeMismatch(640, 480, 1280, 720));
    }
}
