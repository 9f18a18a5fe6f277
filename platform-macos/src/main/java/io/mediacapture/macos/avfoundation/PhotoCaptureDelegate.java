package io.mediacapture.macos.avfoundation;

import static java.lang.foreign.ValueLayout.ADDRESS;

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
 * One photo's {@code AVCapturePhotoCaptureDelegate}: an instance of a class defined at run time (once per process)
 * whose two methods forward to a Java {@link Handler}, found by the instance's address:
 * {@code captureOutput:didFinishProcessingPhoto:error:} (the photo, or its error) and
 * {@code captureOutput:didFinishCaptureForResolvedSettings:error:} (always last, once per capture request).
 *
 * <p>Lifetime: AVCapturePhotoOutput does not keep its delegate alive (Apple's AVCam sample holds each photo's
 * delegate strongly until the capture finishes), so this object owns a +1 reference from {@link #create} until the
 * final callback, which detaches the handler and releases it. A capture whose final callback never comes (the
 * session torn down mid-capture) leaves one small object behind, which is safer than releasing an object the
 * output may still call.
 *
 * <p>Callbacks run on a queue of AVFoundation's; every one catches everything (nothing may escape an upcall).
 */
final class PhotoCaptureDelegate {
    static final String CLASS_NAME = "MCJavaPhotoCaptureDelegate";
    static final String DID_FINISH_PHOTO = "captureOutput:didFinishProcessingPhoto:error:";
    static final String DID_FINISH_CAPTURE = "captureOutput:didFinishCaptureForResolvedSettings:error:";

    /** Receives one capture's results; must not block for long. */
    interface Handler {
        /** An AVCapturePhoto (borrowed, valid during the call) and an NSError (NULL when none). */
        void photo(MemorySegment photo, MemorySegment error);

        /** The capture is over (after {@link #photo}, or instead of it); {@code error} may be NULL. */
        void finished(MemorySegment error);
    }

    private static final Map<Long, Entry> LIVE = new ConcurrentHashMap<>();
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private record Entry(ObjcRef ref, Handler handler) {}

    private PhotoCaptureDelegate() {}

    /** A new delegate object calling {@code handler}; it releases itself after its final callback. */
    static MemorySegment create(Objc objc, Handler handler) {
        MemorySegment cls = defineClass(objc);
        ObjcRef ref = objc.adopt(objc.sendId(objc.sendId(cls, "alloc"), "init"), "-[" + CLASS_NAME + " init]");
        LIVE.put(ref.get().address(), new Entry(ref, handler));
        return ref.get();
    }

    /** Delegates created and not yet finished (for tests and diagnostics). */
    static int live() {
        return LIVE.size();
    }

    static MemorySegment defineClass(Objc objc) {
        FunctionDescriptor fd = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
        // v: void; @ self; : _cmd; @ the output; @ the AVCapturePhoto / AVCaptureResolvedPhotoSettings; @ NSError
        String types = "v@:@@@";
        return RuntimeClass.define(objc, CLASS_NAME, "NSObject")
                .method(DID_FINISH_PHOTO, types, target("didFinishPhoto"), fd)
                .method(DID_FINISH_CAPTURE, types, target("didFinishCapture"), fd)
                .register();
    }

    private static MethodHandle target(String name) {
        try {
            return MethodHandles.lookup().findStatic(PhotoCaptureDelegate.class, name, MethodType.methodType(void.class,
                    MemorySegment.class, MemorySegment.class, MemorySegment.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void didFinishPhoto(MemorySegment self, MemorySegment cmd, MemorySegment output, MemorySegment photo,
                                       MemorySegment error) {
        try {
            Entry e = LIVE.get(self.address());
            if (e != null) {
                e.handler().photo(photo, error);
            }
        } catch (Throwable t) {
            try {
                LOG.log(System.Logger.Level.ERROR, "a photo handler failed", t);
            } catch (Throwable ignored) {
                // nothing may escape an upcall
            }
        }
    }

    private static void didFinishCapture(MemorySegment self, MemorySegment cmd, MemorySegment output,
                                         MemorySegment resolvedSettings, MemorySegment error) {
        try {
            Entry e = LIVE.remove(self.address());
            if (e != null) {
                try {
                    e.handler().finished(error);
                } finally {
                    e.ref().close(); // our +1; the output's reference (if any) is its own
                }
            }
        } catch (Throwable t) {
            try {
                LOG.log(System.Logger.Level.ERROR, "a photo capture's final callback failed", t);
            } catch (Throwable ignored) {
                // nothing may escape an upcall
            }
        }
    }
}
