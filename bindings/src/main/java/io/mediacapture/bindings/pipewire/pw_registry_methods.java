// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_registry_methods
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
 * struct pw_registry_methods {
 *     uint32_t version;
 *     int (*add_listener)(void *object, struct spa_hook *listener, const struct pw_registry_events *events, void *data);
 *     void *(*bind)(void *object, uint32_t id, const char *type, uint32_t version, size_t use_data_size);
 *     int (*destroy)(void *object, uint32_t id);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_registry_methods {

    pw_registry_methods() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_registry_methods",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("add_listener"),
        pipewire_h.C_POINTER.withName("bind"),
        pipewire_h.C_POINTER.withName("destroy")
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

    private static final AddressLayout add_listener$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_listener"));

    /** Layout of field {@code add_listener}. */
    public static final AddressLayout add_listener$layout() {
        return add_listener$LAYOUT;
    }

    private static final long add_listener$OFFSET = $LAYOUT.byteOffset(groupElement("add_listener"));

    /** Offset of field {@code add_listener}. */
    public static final long add_listener$offset() {
        return add_listener$OFFSET;
    }

    /** Getter for field {@code add_listener}. */
    public static MemorySegment add_listener(MemorySegment struct) {
        return struct.get(add_listener$LAYOUT, add_listener$OFFSET);
    }

    /** Setter for field {@code add_listener}. */
    public static void add_listener(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_listener$LAYOUT, add_listener$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *, void *, void *) }
     */
    public static final class add_listener {
        add_listener() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment listener, MemorySegment events, MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(add_listener.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_listener.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment listener, MemorySegment events, MemorySegment data) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, listener, events, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout bind$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("bind"));

    /** Layout of field {@code bind}. */
    public static final AddressLayout bind$layout() {
        return bind$LAYOUT;
    }

    private static final long bind$OFFSET = $LAYOUT.byteOffset(groupElement("bind"));

    /** Offset of field {@code bind}. */
    public static final long bind$offset() {
        return bind$OFFSET;
    }

    /** Getter for field {@code bind}. */
    public static MemorySegment bind(MemorySegment struct) {
        return struct.get(bind$LAYOUT, bind$OFFSET);
    }

    /** Setter for field {@code bind}. */
    public static void bind(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(bind$LAYOUT, bind$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, uint32_t, void *, uint32_t, size_t) }
     */
    public static final class bind {
        bind() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, int id, MemorySegment type, int version, long user_data_size);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_LONG);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(bind.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(bind.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, int id, MemorySegment type, int version, long user_data_size) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, id, type, version, user_data_size);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
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
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, uint32_t) }
     */
    public static final class destroy {
        destroy() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, int id);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT);

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
        public static int invoke(MemorySegment funcPtr, MemorySegment object, int id) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, id);
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
