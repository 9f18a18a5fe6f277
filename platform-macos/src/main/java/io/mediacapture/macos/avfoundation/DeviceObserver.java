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

/**
 * An NSNotificationCenter observer defined at run time: {@code deviceConnected:} and
 * {@code deviceDisconnected:} receive AVCaptureDeviceWasConnected/WasDisconnectedNotification (the object is
 * the AVCaptureDevice), {@code sessionRuntimeError:} receives AVCaptureSessionRuntimeErrorNotification (the
 * object is the session). Registration with the notification center is the backend's job; this class only
 * turns the callbacks into Java calls.
 */
public final class DeviceObserver implements AutoCloseable {
    public static final String CLASS_NAME = "MCJavaDeviceObserver";
    public static final String CONNECTED = "deviceConnected:";
    public static final String DISCONNECTED = "deviceDisconnected:";
    public static final String SESSION_ERROR = "sessionRuntimeError:";

    /** What the observer reports. Called on whatever thread posts the notification. */
    public interface Listener {
        /** A device was connected ({@code connected}) or disconnected; {@code uniqueId} may be null if unknown. */
        void deviceChanged(boolean connected, String uniqueId);

        /** A capture session stopped with an error; {@code session} is the notification's object. */
        default void sessionError(MemorySegment session) {}
    }

    private record Target(Foundation foundation, Listener listener) {}

    private static final Map<Long, Target> TARGETS = new ConcurrentHashMap<>();
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private final ObjcRef instance;

    private DeviceObserver(ObjcRef instance) {
        this.instance = instance;
    }

    public static DeviceObserver create(Foundation foundation, Listener listener) {
        Objc objc = foundation.objc();
        FunctionDescriptor fd = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS);
        MemorySegment cls = RuntimeClass.define(objc, CLASS_NAME, "NSObject")
                .method(CONNECTED, "v@:@", target("connected"), fd)
                .method(DISCONNECTED, "v@:@", target("disconnected"), fd)
                .method(SESSION_ERROR, "v@:@", target("sessionError"), fd)
                .register();
        ObjcRef ref = objc.adopt(objc.sendId(objc.sendId(cls, "alloc"), "init"), "-[" + CLASS_NAME + " init]");
        TARGETS.put(ref.get().address(), new Target(foundation, listener));
        return new DeviceObserver(ref);
    }

    private static MethodHandle target(String name) {
        try {
            return MethodHandles.lookup().findStatic(DeviceObserver.class, name,
                    MethodType.methodType(void.class, MemorySegment.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void connected(MemorySegment self, MemorySegment cmd, MemorySegment note) {
        deviceEvent(self, note, true);
    }

    private static void disconnected(MemorySegment self, MemorySegment cmd, MemorySegment note) {
        deviceEvent(self, note, false);
    }

    private static void deviceEvent(MemorySegment self, MemorySegment note, boolean connected) {
        try {
            Target t = TARGETS.get(self.address());
            if (t == null) {
                return;
            }
            Objc objc = t.foundation().objc();
            String id;
            try (var pool = objc.autoreleasePool()) {
                MemorySegment device = objc.sendId(note, "object");
                id = device.equals(MemorySegment.NULL) ? null : t.foundation().toJava(objc.sendId(device, "uniqueID"));
            }
            t.listener().deviceChanged(connected, id);
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, "handling a device notification failed", e);
        }
    }

    private static void sessionError(MemorySegment self, MemorySegment cmd, MemorySegment note) {
        try {
            Target t = TARGETS.get(self.address());
            if (t != null) {
                t.listener().sessionError(t.foundation().objc().sendId(note, "object"));
            }
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, "handling a session error notification failed", e);
        }
    }

    /** The observer object to register with the notification center. */
    public MemorySegment object() {
        return instance.get();
    }

    /** Stops forwarding and releases the observer; remove it from the notification center first. */
    @Override
    public void close() {
        if (!instance.isReleased()) {
            TARGETS.remove(instance.get().address());
            instance.close();
        }
    }
}
