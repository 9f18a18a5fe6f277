// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_context_events
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
 * struct pw_context_events {
 *     uint32_t version;
 *     void (*destroy)(void *data);
 *     void (*free)(void *data);
 *     void (*check_access)(void *data, struct pw_impl_client *client);
 *     void (*global_added)(void *data, struct pw_global *global);
 *     void (*global_removed)(void *data, struct pw_global *global);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_context_events {

    pw_context_events() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_context_events",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("destroy"),
        pipewire_h.C_POINTER.withName("free"),
        pipewire_h.C_POINTER.withName("check_access"),
        pipewire_h.C_POINTER.withName("global_added"),
        pipewire_h.C_POINTER.withName("global_removed")
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

    private static final AddressLayout free$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("free"));

    /** Layout of field {@code free}. */
    public static final AddressLayout free$layout() {
        return free$LAYOUT;
    }

    private static final long free$OFFSET = $LAYOUT.byteOffset(groupElement("free"));

    /** Offset of field {@code free}. */
    public static final long free$offset() {
        return free$OFFSET;
    }

    /** Getter for field {@code free}. */
    public static MemorySegment free(MemorySegment struct) {
        return struct.get(free$LAYOUT, free$OFFSET);
    }

    /** Setter for field {@code free}. */
    public static void free(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(free$LAYOUT, free$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *) }
     */
    public static final class free {
        free() {
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

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(free.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(free.Function fi, Arena arena) {
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

    private static final AddressLayout check_access$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("check_access"));

    /** Layout of field {@code check_access}. */
    public static final AddressLayout check_access$layout() {
        return check_access$LAYOUT;
    }

    private static final long check_access$OFFSET = $LAYOUT.byteOffset(groupElement("check_access"));

    /** Offset of field {@code check_access}. */
    public static final long check_access$offset() {
        return check_access$OFFSET;
    }

    /** Getter for field {@code check_access}. */
    public static MemorySegment check_access(MemorySegment struct) {
        return struct.get(check_access$LAYOUT, check_access$OFFSET);
    }

    /** Setter for field {@code check_access}. */
    public static void check_access(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(check_access$LAYOUT, check_access$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class check_access {
        check_access() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, MemorySegment client);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(check_access.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(check_access.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, MemorySegment client) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, client);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout global_added$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("global_added"));

    /** Layout of field {@code global_added}. */
    public static final AddressLayout global_added$layout() {
        return global_added$LAYOUT;
    }

    private static final long global_added$OFFSET = $LAYOUT.byteOffset(groupElement("global_added"));

    /** Offset of field {@code global_added}. */
    public static final long global_added$offset() {
        return global_added$OFFSET;
    }

    /** Getter for field {@code global_added}. */
    public static MemorySegment global_added(MemorySegment struct) {
        return struct.get(global_added$LAYOUT, global_added$OFFSET);
    }

    /** Setter for field {@code global_added}. */
    public static void global_added(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(global_added$LAYOUT, global_added$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class global_added {
        global_added() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, MemorySegment global);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(global_added.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(global_added.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, MemorySegment global) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, global);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout global_removed$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("global_removed"));

    /** Layout of field {@code global_removed}. */
    public static final AddressLayout global_removed$layout() {
        return global_removed$LAYOUT;
    }

    private static final long global_removed$OFFSET = $LAYOUT.byteOffset(groupElement("global_removed"));

    /** Offset of field {@code global_removed}. */
    public static final long global_removed$offset() {
        return global_removed$OFFSET;
    }

    /** Getter for field {@code global_removed}. */
    public static MemorySegment global_removed(MemorySegment struct) {
        return struct.get(global_removed$LAYOUT, global_removed$OFFSET);
    }

    /** Setter for field {@code global_removed}. */
    public static void global_removed(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(global_removed$LAYOUT, global_removed$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class global_removed {
        global_removed() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, MemorySegment global);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(global_removed.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(global_removed.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, MemorySegment global) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, global);
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
