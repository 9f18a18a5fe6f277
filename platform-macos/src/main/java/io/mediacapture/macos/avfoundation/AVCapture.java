package io.mediacapture.macos.avfoundation;

import static java.lang.foreign.ValueLayout.ADDRESS;

import io.mediacapture.macos.bindings.NSOperatingSystemVersion;
import io.mediacapture.macos.bindings.dispatch_h;
import io.mediacapture.macos.media.CoreMedia;
import io.mediacapture.macos.objc.AppleObjcRuntime;
import io.mediacapture.macos.objc.Foundation;
import io.mediacapture.macos.objc.NativeFunctions;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcException;
import io.mediacapture.macos.objc.Upcalls;
import io.mediacapture.spi.BackendException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Everything the backend loads on macOS, loaded once: the Objective-C runtime, AVFoundation (which brings
 * Foundation), CoreMedia/CoreVideo/CoreFoundation, and libdispatch and the blocks runtime from libSystem.
 * Never constructed on other systems. Thread-safe and immutable.
 */
final class AVCapture {

    final Objc objc;
    final Foundation foundation;
    final CoreMedia media;
    private final NativeFunctions avFoundation;
    private final NativeFunctions coreVideo;
    /** The key under which each queue of ours carries its own address (dispatch_queue_set_specific). */
    private final MemorySegment queueKey = Arena.global().allocate(1);
    private final MemorySegment noop;
    final MemorySegment stackBlockIsa;
    final RunLoops runLoops;
    private final java.util.concurrent.atomic.AtomicBoolean coreAudioDetached = new java.util.concurrent.atomic.AtomicBoolean();

    private AVCapture() {
        this.objc = new Objc(AppleObjcRuntime.load());
        this.foundation = new Foundation(objc);
        this.avFoundation = CoreMedia.framework("AVFoundation");
        this.media = CoreMedia.load();
        this.coreVideo = CoreMedia.framework("CoreVideo");
        NativeFunctions system = NativeFunctions.load(dispatch_h.LIBRARY.path());
        system.symbol("dispatch_queue_set_specific"); // fails here, clearly, if libSystem lacks what the queues need
        this.stackBlockIsa = system.symbol("_NSConcreteStackBlock");
        this.runLoops = new RunLoops();
        try {
            MethodHandle n = MethodHandles.lookup().findStatic(AVCapture.class, "noop",
                    MethodType.methodType(void.class, MemorySegment.class));
            this.noop = Upcalls.stub(n, FunctionDescriptor.ofVoid(ADDRESS), "dispatch drain", Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        objc.cls("AVCaptureDevice"); // fails here, with a clear message, if AVFoundation did not register its classes
    }

    /**
     * Moves the CoreAudio HAL's notifications off the main run loop, once per process, when the first backend
     * opens (not when availability is probed): {@link RunLoops#detachCoreAudioNotifications()}.
     */
    void detachCoreAudioNotificationsOnce(System.Logger log) {
        if (coreAudioDetached.compareAndSet(false, true)) {
            Integer status = runLoops.detachCoreAudioNotifications();
            if (status == null) {
                log.log(System.Logger.Level.DEBUG, "kAudioHardwarePropertyRunLoop left as it is (" + RunLoops.KEEP_PROPERTY + "=keep)");
            } else if (status != 0) {
                log.log(System.Logger.Level.WARNING, "could not move CoreAudio notifications off the main run loop: OSStatus "
                        + status + "; microphone hot-plug needs a running main run loop");
            }
        }
    }

    private volatile int macosMajor;

    /**
     * The running macOS major version (14 for Sonoma): {@code [[NSProcessInfo processInfo]
     * operatingSystemVersion]}, else {@code os.version} ({@link DeviceTypes#majorOf}).
     */
    int macosMajor() {
        int v = macosMajor;
        if (v == 0) {
            v = readMacosMajor();
            macosMajor = v;
        }
        return v;
    }

    private int readMacosMajor() {
        try (var pool = objc.autoreleasePool(); Arena a = Arena.ofConfined()) {
            MemorySegment info = objc.sendId(objc.cls("NSProcessInfo"), "processInfo");
            MemorySegment v = objc.sendStruct(NSOperatingSystemVersion.layout(), a, info, "operatingSystemVersion");
            long major = NSOperatingSystemVersion.majorVersion(v);
            if (major > 0 && major < 1000) {
                return (int) major;
            }
        } catch (ObjcException e) {
            // fall back to what the JVM says
        }
        return DeviceTypes.majorOf(System.getProperty("os.version"));
    }

    private static volatile AVCapture instance;

    /** Loads everything once. @throws ObjcException when a library or class is missing */
    static AVCapture get() {
        AVCapture a = instance;
        if (a == null) {
            synchronized (AVCapture.class) {
                a = instance;
                if (a == null) {
                    a = new AVCapture();
                    instance = a;
                }
            }
        }
        return a;
    }

    /** An {@code extern NSString *const} of AVFoundation (AVMediaTypeVideo, notification names, keys). */
    MemorySegment constant(String name) {
        return avFoundation.pointerConstant(name);
    }

    /** A constant that only newer macOS versions define. */
    Optional<MemorySegment> optionalConstant(String name) {
        return avFoundation.has(name) ? Optional.of(avFoundation.pointerConstant(name)) : Optional.empty();
    }

    /** A CoreVideo CFString constant (kCVPixelBufferPixelFormatTypeKey). */
    MemorySegment coreVideoConstant(String name) {
        return coreVideo.pointerConstant(name);
    }

    /**
     * A new serial dispatch queue (owned: {@link DispatchQueue#release()}), tagged with its own address under
     * a private key so that {@link DispatchQueue#isCurrent()} can tell whether a thread is running on it.
     */
    DispatchQueue newSerialQueue(String label) {
        MemorySegment q;
        try (Arena a = Arena.ofConfined()) {
            q = dispatch_h.dispatch_queue_create(a.allocateFrom(label), MemorySegment.NULL);
        }
        if (q.equals(MemorySegment.NULL)) {
            throw new ObjcException("dispatch_queue_create(" + label + ") returned NULL");
        }
        dispatch_h.dispatch_queue_set_specific(q, queueKey, q, MemorySegment.NULL); // no destructor: the context is the queue
        return new DispatchQueue(q);
    }

    /** A libdispatch serial queue of ours. */
    final class DispatchQueue implements CallbackQueue {
        private final MemorySegment queue;

        private DispatchQueue(MemorySegment queue) {
            this.queue = queue;
        }

        /** The dispatch_queue_t, for setSampleBufferDelegate:queue:. */
        MemorySegment handle() {
            return queue;
        }

        @Override
        public boolean isCurrent() {
            // dispatch_get_specific answers for the queue the calling block runs on (and its targets);
            // NULL on any thread that is not running a block of a queue tagged with this key.
            return dispatch_h.dispatch_get_specific(queueKey).address() == queue.address();
        }

        /** Runs an empty function synchronously on the queue: a serial queue runs it after everything queued. */
        @Override
        public void drain() {
            dispatch_h.dispatch_sync_f(queue, MemorySegment.NULL, noop);
        }

        @Override
        public void release() {
            dispatch_h.dispatch_release(queue);
        }
    }

    private static void noop(MemorySegment context) {
        // intentionally empty: see drain()
    }

    /**
     * An open failure reported through an {@code NSError **}: its kind from the error's domain and code
     * ({@link AVErrors}; -11852, not authorized, is NotAllowedError), its message from the description.
     * Call inside an autorelease pool.
     */
    BackendException openFailure(MemorySegment nsError, BackendException.Kind fallback,
                                                     String what) {
        BackendException.Kind kind = fallback;
        String detail = describeError(nsError);
        if (!nsError.equals(MemorySegment.NULL)) {
            String domain = foundation.toJava(objc.sendId(nsError, "domain"));
            long code = objc.sendLong(nsError, "code");
            kind = AVErrors.kind(domain, code, fallback);
            detail += " (" + domain + " " + code + ")";
        }
        if (kind == BackendException.Kind.PERMISSION_DENIED) {
            detail += "; allow it in System Settings > Privacy & Security";
        }
        return new BackendException(kind, what + ": " + detail);
    }

    /** {@code [error localizedDescription]}, or "unknown error" for nil. Call inside an autorelease pool. */
    String describeError(MemorySegment nsError) {
        if (nsError.equals(MemorySegment.NULL)) {
            return "unknown error";
        }
        return foundation.toJava(objc.sendId(nsError, "localizedDescription"));
    }
}
