package io.mediacapture.macos.avfoundation;

import static java.lang.foreign.ValueLayout.ADDRESS;

import io.mediacapture.macos.objc.Foundation;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.macos.objc.RuntimeClass;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches an AVCaptureDevice's {@code suspended} property by key-value observing: a MacBook's built-in camera
 * is suspended while the lid is closed (and some external devices by their own switch), and then delivers
 * nothing without ending. That is the W3C "muted" state, so each change is reported as muted / unmuted. One
 * observer object per open source; the KVO callback arrives on whatever thread changed the property.
 *
 * <p>Lifetime: {@link #observe} registers with the device; {@link #close()} removes the registration (before
 * the device can go away, as KVO requires) and releases the observer.
 */
final class SuspendObserver implements AutoCloseable {
    static final String CLASS_NAME = "MCJavaSuspendObserver";
    static final String KEY_PATH = "suspended";
    static final String SELECTOR = "observeValueForKeyPath:ofObject:change:context:";
    /** NSKeyValueObservingOptionNew | NSKeyValueObservingOptionInitial: report the state at once, too. */
    static final long OPTIONS = 0x01 | 0x04;
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private record Target(Objc objc, Consumer<Boolean> muted, boolean[] last) {}

    private static final Map<Long, Target> TARGETS = new ConcurrentHashMap<>();

    private final Objc objc;
    private final ObjcRef instance;
    private final ObjcRef device;
    private final ObjcRef keyPath;
    private boolean registered;

    private SuspendObserver(Objc objc, ObjcRef instance, ObjcRef device, ObjcRef keyPath) {
        this.objc = objc;
        this.instance = instance;
        this.device = device;
        this.keyPath = keyPath;
    }

    /** The observer class (defined once per process). */
    static MemorySegment defineClass(Objc objc) {
        // v: void; self, _cmd, NSString *keyPath, id object, NSDictionary *change, void *context
        return RuntimeClass.define(objc, CLASS_NAME, "NSObject")
                .method(SELECTOR, "v@:@@@^v", target(), FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS))
                .register();
    }

    /**
     * A new observer calling {@code muted} with true when the device becomes suspended and false when it
     * resumes (only on changes; an initially suspended device reports true at once), not yet registered.
     */
    static SuspendObserver create(Foundation foundation, MemorySegment device, Consumer<Boolean> muted) {
        Objc objc = foundation.objc();
        MemorySegment cls = defineClass(objc);
        ObjcRef ref = objc.adopt(objc.sendId(objc.sendId(cls, "alloc"), "init"), "-[" + CLASS_NAME + " init]");
        TARGETS.put(ref.get().address(), new Target(objc, muted, new boolean[1]));
        return new SuspendObserver(objc, ref, objc.retain(device, "the capture device"), foundation.string(KEY_PATH));
    }

    /**
     * Registers with the device: {@code addObserver:forKeyPath:options:context:}. Only when the device answers
     * {@code isSuspended}: with the Initial/New options KVO reads the value at once, and an unknown key raises
     * NSUnknownKeyException (see the objc package notes); such a device is simply never reported muted.
     */
    SuspendObserver observe() {
        if (!objc.sendBool(device.get(), "respondsToSelector:", objc.sel("isSuspended"))) {
            LOG.log(System.Logger.Level.DEBUG, "the capture device has no 'suspended' property; not observed");
            return this;
        }
        objc.sendVoid(device.get(), "addObserver:forKeyPath:options:context:", instance.get(), keyPath.get(), OPTIONS,
                MemorySegment.NULL);
        registered = true;
        return this;
    }

    MemorySegment object() {
        return instance.get();
    }

    private static MethodHandle target() {
        try {
            return MethodHandles.lookup().findStatic(SuspendObserver.class, "changed", MethodType.methodType(void.class,
                    MemorySegment.class, MemorySegment.class, MemorySegment.class, MemorySegment.class,
                    MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void changed(MemorySegment self, MemorySegment cmd, MemorySegment keyPath, MemorySegment object,
                                MemorySegment change, MemorySegment context) {
        try {
            Target t = TARGETS.get(self.address());
            if (t == null || object.equals(MemorySegment.NULL)) {
                return;
            }
            boolean suspended = t.objc().sendBool(object, "isSuspended");
            synchronized (t.last()) {
                if (t.last()[0] == suspended) {
                    return;
                }
                t.last()[0] = suspended;
            }
            t.muted().accept(suspended);
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, "handling a change of the device's suspended state failed", e);
        }
    }

    /** Removes the registration, stops forwarding and releases; idempotent. */
    @Override
    public void close() {
        if (instance.isReleased()) {
            return;
        }
        if (registered) {
            registered = false;
            objc.sendVoid(device.get(), "removeObserver:forKeyPath:", instance.get(), keyPath.get());
        }
        TARGETS.remove(instance.get().address());
        instance.close();
        keyPath.close();
        device.close();
    }
}
