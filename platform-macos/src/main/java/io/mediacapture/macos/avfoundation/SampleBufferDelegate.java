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
 * An instance of a class defined at run time that adopts AVCaptureVideoDataOutputSampleBufferDelegate and
 * AVCaptureAudioDataOutputSampleBufferDelegate (both use the same selectors), forwarding each sample buffer
 * to a Java {@link Handler}. The class is defined once per process; instances find their handler by address.
 *
 * <p>Callbacks run on the output's dispatch queue (a native thread the JVM attaches on first upcall). The
 * sample buffer is only valid during the callback; a handler that keeps it must CFRetain it.
 */
public final class SampleBufferDelegate implements AutoCloseable {
    /** The class's name in the Objective-C runtime. */
    public static final String CLASS_NAME = "MCJavaSampleBufferDelegate";
    static final String DID_OUTPUT = "captureOutput:didOutputSampleBuffer:fromConnection:";
    static final String DID_DROP = "captureOutput:didDropSampleBuffer:fromConnection:";

    /** Receives sample buffers; must not throw and must not block for long (it holds up the capture queue). */
    public interface Handler {
        void sampleBuffer(MemorySegment sampleBuffer);

        /** The output dropped a buffer (late delivery, no buffer free). */
        default void dropped() {}
    }

    private static final Map<Long, Handler> HANDLERS = new ConcurrentHashMap<>();
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private final ObjcRef instance;

    private SampleBufferDelegate(ObjcRef instance) {
        this.instance = instance;
    }

    /** A new delegate object calling {@code handler}. */
    public static SampleBufferDelegate create(Objc objc, Handler handler) {
        MemorySegment cls = defineClass(objc);
        ObjcRef ref = objc.adopt(objc.sendId(objc.sendId(cls, "alloc"), "init"), "-[" + CLASS_NAME + " init]");
        HANDLERS.put(ref.get().address(), handler);
        return new SampleBufferDelegate(ref);
    }

    static MemorySegment defineClass(Objc objc) {
        FunctionDescriptor fd = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
        // v: void; @: self; ':' _cmd; @ output; ^{opaqueCMSampleBuffer=} the CMSampleBufferRef; @ connection
        String types = "v@:@^{opaqueCMSampleBuffer=}@";
        return RuntimeClass.define(objc, CLASS_NAME, "NSObject")
                .method(DID_OUTPUT, types, target("didOutput"), fd)
                .method(DID_DROP, types, target("didDrop"), fd)
                .register();
    }

    private static MethodHandle target(String name) {
        try {
            return MethodHandles.lookup().findStatic(SampleBufferDelegate.class, name, MethodType.methodType(void.class,
                    MemorySegment.class, MemorySegment.class, MemorySegment.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void didOutput(MemorySegment self, MemorySegment cmd, MemorySegment output, MemorySegment sampleBuffer,
                                  MemorySegment connection) {
        try {
            Handler h = HANDLERS.get(self.address());
            if (h != null) {
                h.sampleBuffer(sampleBuffer);
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "a sample buffer handler failed; the buffer was dropped", t);
        }
    }

    private static void didDrop(MemorySegment self, MemorySegment cmd, MemorySegment output, MemorySegment sampleBuffer,
                                MemorySegment connection) {
        try {
            Handler h = HANDLERS.get(self.address());
            if (h != null) {
                h.dropped();
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "a dropped-buffer handler failed", t);
        }
    }

    /** The Objective-C object to pass to {@code setSampleBufferDelegate:queue:}. */
    public MemorySegment object() {
        return instance.get();
    }

    /**
     * Detaches the handler (callbacks still in flight find none and return) and releases this reference. The
     * output keeps a weak reference only, so the caller removes the delegate from the output first.
     */
    @Override
    public void close() {
        if (!instance.isReleased()) {
            HANDLERS.remove(instance.get().address());
            instance.close();
        }
    }
}
