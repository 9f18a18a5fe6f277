// Generated-shape code (jextract conventions): what jextract emits for the typedef in
//   jextract @bindings/jextract/spa.args   (--include-typedef spa_source_event_func_t)
// regenerate with bindings/jextract/regenerate.sh (see there for the deliberate differences from raw output).

package io.mediacapture.bindings.spa;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * {@snippet lang=c :
 * typedef void (*spa_source_event_func_t)(void *data, uint64_t count)
 * }
 *
 * <p>The callback of an event source ({@code spa_loop_utils_methods.add_event}): runs on the loop thread after
 * the event was signalled, {@code count} being how many signals it coalesces.
 */
@SuppressWarnings("restricted")
public final class spa_source_event_func_t {

    spa_source_event_func_t() {
        // Should not be called directly
    }

    /** The function type, to implement in Java. */
    public interface Function {
        void apply(MemorySegment data, long count);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(spa_h.C_POINTER, spa_h.C_LONG_LONG);

    /** The descriptor of this function pointer type. */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH = spa_h.upcallHandle(spa_source_event_func_t.Function.class, "apply", $DESC);

    /**
     * An upcall stub for {@code fi}, valid while {@code arena} is alive; it must outlive the event source. An
     * exception must never escape an upcall: {@code fi} catches every {@code Throwable} itself.
     */
    public static MemorySegment allocate(spa_source_event_func_t.Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

    /** Calls the native function at {@code funcPtr}. */
    public static void invoke(MemorySegment funcPtr, MemorySegment data, long count) {
        try {
            DOWN$MH.invokeExact(funcPtr, data, count);
        } catch (Error | RuntimeException ex$) {
            throw ex$;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
