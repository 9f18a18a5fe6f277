// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_node_methods
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
 * struct pw_node_methods {
 *     uint32_t version;
 *     int (*add_listener)(void *object, struct spa_hook *listener, const struct pw_node_events *events, void *data);
 *     int (*subscribe_params)(void *object, uint32_t *ids, uint32_t n_ids);
 *     int (*enum_params)(void *object, int seq, uint32_t id, uint32_t start, uint32_t num, const struct spa_pod *filter);
 *     int (*set_param)(void *object, uint32_t id, uint32_t flags, const struct spa_pod *param);
 *     int (*send_command)(void *object, const struct spa_command *command);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_node_methods {

    pw_node_methods() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_node_methods",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("add_listener"),
        pipewire_h.C_POINTER.withName("subscribe_params"),
        pipewire_h.C_POINTER.withName("enum_params"),
        pipewire_h.C_POINTER.withName("set_param"),
        pipewire_h.C_POINTER.withName("send_command")
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

    private static final AddressLayout subscribe_params$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("subscribe_params"));

    /** Layout of field {@code subscribe_params}. */
    public static final AddressLayout subscribe_params$layout() {
        return subscribe_params$LAYOUT;
    }

    private static final long subscribe_params$OFFSET = $LAYOUT.byteOffset(groupElement("subscribe_params"));

    /** Offset of field {@code subscribe_params}. */
    public static final long subscribe_params$offset() {
        return subscribe_params$OFFSET;
    }

    /** Getter for field {@code subscribe_params}. */
    public static MemorySegment subscribe_params(MemorySegment struct) {
        return struct.get(subscribe_params$LAYOUT, subscribe_params$OFFSET);
    }

    /** Setter for field {@code subscribe_params}. */
    public static void subscribe_params(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(subscribe_params$LAYOUT, subscribe_params$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *, uint32_t) }
     */
    public static final class subscribe_params {
        subscribe_params() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment ids, int n_ids);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(subscribe_params.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(subscribe_params.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment ids, int n_ids) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, ids, n_ids);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout enum_params$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("enum_params"));

    /** Layout of field {@code enum_params}. */
    public static final AddressLayout enum_params$layout() {
        return enum_params$LAYOUT;
    }

    private static final long enum_params$OFFSET = $LAYOUT.byteOffset(groupElement("enum_params"));

    /** Offset of field {@code enum_params}. */
    public static final long enum_params$offset() {
        return enum_params$OFFSET;
    }

    /** Getter for field {@code enum_params}. */
    public static MemorySegment enum_params(MemorySegment struct) {
        return struct.get(enum_params$LAYOUT, enum_params$OFFSET);
    }

    /** Setter for field {@code enum_params}. */
    public static void enum_params(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(enum_params$LAYOUT, enum_params$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, int32_t, uint32_t, uint32_t, uint32_t, void *) }
     */
    public static final class enum_params {
        enum_params() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, int seq, int id, int start, int num, MemorySegment filter);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(enum_params.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(enum_params.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, int seq, int id, int start, int num, MemorySegment filter) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, seq, id, start, num, filter);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout set_param$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("set_param"));

    /** Layout of field {@code set_param}. */
    public static final AddressLayout set_param$layout() {
        return set_param$LAYOUT;
    }

    private static final long set_param$OFFSET = $LAYOUT.byteOffset(groupElement("set_param"));

    /** Offset of field {@code set_param}. */
    public static final long set_param$offset() {
        return set_param$OFFSET;
    }

    /** Getter for field {@code set_param}. */
    public static MemorySegment set_param(MemorySegment struct) {
        return struct.get(set_param$LAYOUT, set_param$OFFSET);
    }

    /** Setter for field {@code set_param}. */
    public static void set_param(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(set_param$LAYOUT, set_param$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, uint32_t, uint32_t, void *) }
     */
    public static final class set_param {
        set_param() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, int id, int flags, MemorySegment param);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(set_param.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(set_param.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, int id, int flags, MemorySegment param) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, id, flags, param);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout send_command$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("send_command"));

    /** Layout of field {@code send_command}. */
    public static final AddressLayout send_command$layout() {
        return send_command$LAYOUT;
    }

    private static final long send_command$OFFSET = $LAYOUT.byteOffset(groupElement("send_command"));

    /** Offset of field {@code send_command}. */
    public static final long send_command$offset() {
        return send_command$OFFSET;
    }

    /** Getter for field {@code send_command}. */
    public static MemorySegment send_command(MemorySegment struct) {
        return struct.get(send_command$LAYOUT, send_command$OFFSET);
    }

    /** Setter for field {@code send_command}. */
    public static void send_command(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(send_command$LAYOUT, send_command$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *) }
     */
    public static final class send_command {
        send_command() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment command);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(send_command.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(send_command.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment command) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, command);
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
