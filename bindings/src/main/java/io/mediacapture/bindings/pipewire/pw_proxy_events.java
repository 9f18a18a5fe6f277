// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_proxy_events
// The full option list of this package is bindings/jextract/pipewire.args; regenerate with
// bindings/jextract/regenerate.sh (see there for the deliberate differences from raw jextract output).

package io.mediacapture.bindings.pipewire;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout.OfBoolean;
import java.lang.foreign.ValueLayout.OfInt;
import java.lang.foreign.ValueLayout.OfLong;
import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * {@snippet lang=c :
 * struct pw_proxy_events {
 *     uint32_t version;
 *     void (*destroy)(void *data);
 *     void (*bound)(void *data, uint32_t global_id);
 *     void (*removed)(void *data);
 *     void (*done)(void *data, int seq);
 *     void (*error)(void *data, int seq, int res, const char *message);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_proxy_events {

    pw_proxy_events() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_proxy_events",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("destroy"),
        pipewire_h.C_POINTER.withName("bound"),
        pipewire_h.C_POINTER.withName("removed"),
        pipewire_h.C_POINTER.withName("done"),
        pipewire_h.C_POINTER.withName("error")
    );

    /** The layout of this struct. */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt version$LAYOUT = (OfInt) $LAYOUT.select(groupElement("version"));

    /** Layout of field {@code version}. */
    public static final OfInt version$layout() {
        return version$LAYOUT;
    }

    private static final long version$OFFSET = $LAYOUT.byteOffset(groupElement("version"));

    /** Offset of field {@code version}. */
    public static final long version$offset() {
        return version$OFFSET;
    }

    /** Getter for field {@code version}. */
    public static int version(MemorySegment struct) {
        return struct.get(version$LAYOUT, version$OFFSET);
    }

    /** Setter for field {@code version}. */
    public static void version(MemorySegment struct, int fieldValue) {
        struct.set(version$LAYOUT, version$OFFSET, fieldValue);
    }

    private static final AddressLayout destroy$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("destroy"));

    /** Layout of field {@code destroy}. */
    public static final AddressLayout destroy$layout() {
        return destroy$LAYOUT;
    }

    private static final long destroy$OFFSET = $LAYOUT.byteOffset(groupElement("destroy"));

    /** Offset of field {@code destroy}. */
    public static final long destroy$offset() {
        return destroy$OFFSET;
    }

    /** Getter for field {@code destroy}. */
    public static MemorySegment destroy(MemorySegment struct) {
        return struct.get(destroy$LAYOUT, destroy$OFFSET);
    }

    /** Setter for field {@code destroy}. */
    public static void destroy(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(destroy$LAYOUT, destroy$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *) }
     */
    public static final class destroy {
        destroy() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(destroy.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(destroy.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data) {
            try {
                DOWN$MH.invokeExact(funcPtr, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout bound$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("bound"));

    /** Layout of field {@code bound}. */
    public static final AddressLayout bound$layout() {
        return bound$LAYOUT;
    }

    private static final long bound$OFFSET = $LAYOUT.byteOffset(groupElement("bound"));

    /** Offset of field {@code bound}. */
    public static final long bound$offset() {
        return bound$OFFSET;
    }

    /** Getter for field {@code bound}. */
    public static MemorySegment bound(MemorySegment struct) {
        return struct.get(bound$LAYOUT, bound$OFFSET);
    }

    /** Setter for field {@code bound}. */
    public static void bound(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(bound$LAYOUT, bound$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t) }
     */
    public static final class bound {
        bound() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int global_id);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(bound.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(bound.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int global_id) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, global_id);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout removed$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("removed"));

    /** Layout of field {@code removed}. */
    public static final AddressLayout removed$layout() {
        return removed$LAYOUT;
    }

    private static final long removed$OFFSET = $LAYOUT.byteOffset(groupElement("removed"));

    /** Offset of field {@code removed}. */
    public static final long removed$offset() {
        return removed$OFFSET;
    }

    /** Getter for field {@code removed}. */
    public static MemorySegment removed(MemorySegment struct) {
        return struct.get(removed$LAYOUT, removed$OFFSET);
    }

    /** Setter for field {@code removed}. */
    public static void removed(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(removed$LAYOUT, removed$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *) }
     */
    public static final class removed {
        removed() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(removed.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(removed.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data) {
            try {
                DOWN$MH.invokeExact(funcPtr, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout done$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("done"));

    /** Layout of field {@code done}. */
    public static final AddressLayout done$layout() {
        return done$LAYOUT;
    }

    private static final long done$OFFSET = $LAYOUT.byteOffset(groupElement("done"));

    /** Offset of field {@code done}. */
    public static final long done$offset() {
        return done$OFFSET;
    }

    /** Getter for field {@code done}. */
    public static MemorySegment done(MemorySegment struct) {
        return struct.get(done$LAYOUT, done$OFFSET);
    }

    /** Setter for field {@code done}. */
    public static void done(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(done$LAYOUT, done$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, int32_t) }
     */
    public static final class done {
        done() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int seq);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(done.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(done.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int seq) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, seq);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout error$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("error"));

    /** Layout of field {@code error}. */
    public static final AddressLayout error$layout() {
        return error$LAYOUT;
    }

    private static final long error$OFFSET = $LAYOUT.byteOffset(groupElement("error"));

    /** Offset of field {@code error}. */
    public static final long error$offset() {
        return error$OFFSET;
    }

    /** Getter for field {@code error}. */
    public static MemorySegment error(MemorySegment struct) {
        return struct.get(error$LAYOUT, error$OFFSET);
    }

    /** Setter for field {@code error}. */
    public static void error(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(error$LAYOUT, error$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, int32_t, int32_t, void *) }
     */
    public static final class error {
        error() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int seq, int res, MemorySegment message);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(error.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(error.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int seq, int res, MemorySegment message) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, seq, res, message);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    /** The element at {@code index} of an array of this struct. */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /** The size of this struct in bytes. */
    public static long sizeof() {
        return layout().byteSize();
    }

    /** Allocates one struct with {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /** Allocates an array of {@code elementCount} structs with {@code allocator}. */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /** Reinterprets {@code addr} as one struct owned by {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /** Reinterprets {@code addr} as {@code elementCount} structs owned by {@code arena}. */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
