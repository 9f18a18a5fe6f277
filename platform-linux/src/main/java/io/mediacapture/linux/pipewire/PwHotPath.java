package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.pipewire.pipewire_h;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The per-frame PipeWire call whose jextract shape allocates: {@code pw_stream_dequeue_buffer} returns a pointer,
 * which the generated binding wraps in a new {@link MemorySegment} on every call (twice a frame, the second time for
 * NULL). Here the same function returns the address as a {@code long} (a pointer and a 64-bit integer are passed the
 * same way on the 64-bit Linux ABIs, checked when the class loads), and the caller maps it to the segment it already
 * holds for that buffer.
 */
final class PwHotPath {
    private static final MethodHandle DEQUEUE;

    static {
        if (ValueLayout.ADDRESS.byteSize() != Long.BYTES) {
            throw new ExceptionInInitializerError("PwHotPath passes pointers as 64-bit integers");
        }
        DEQUEUE = Linker.nativeLinker().downcallHandle(pipewire_h.pw_stream_dequeue_buffer$address(),
                FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    }

    private PwHotPath() {}

    /** {@code pw_stream_dequeue_buffer(stream)}: the {@code struct pw_buffer *} as an address, 0 when none is ready. */
    static long dequeueBuffer(MemorySegment stream) {
        try {
            return (long) DEQUEUE.invokeExact(stream);
        } catch (Error | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError("should not reach here", t);
        }
    }
}
