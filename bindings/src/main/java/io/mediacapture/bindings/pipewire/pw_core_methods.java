// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_core_methods
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
 * struct pw_core_methods {
 *     uint32_t version;
 *     int (*add_listener)(void *object, struct spa_hook *listener, const struct pw_core_events *events, void *data);
 *     int (*hello)(void *object, uint32_t version);
 *     int (*sync)(void *object, uint32_t id, int seq);
 *     int (*pong)(void *object, uint32_t id, int seq);
 *     int (*error)(void *object, uint32_t id, int seq, int res, const char *message);
 *     struct pw_registry *(*get_registry)(void *object, uint32_t version, size_t user_data_size);
 *     void *(*create_object)(void *object, const char *factory_name, const char *type, uint32_t version, const struct spa_dict *props, size_t user_data_size);
 *     int (*destroy)(void *object, void *proxy);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_core_methods {

    pw_core_methods() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_core_methods",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("add_listener"),
        pipewire_h.C_POINTER.withName("hello"),
        pipewire_h.C_POINTER.withName("sync"),
        pipewire_h.C_POINTER.withName("pong"),
        pipewire_h.C_POINTER.withName("error"),
        pipewire_h.C_POINTER.withName("get_registry"),
        pipewire_h.C_POINTER.withName("create_object"),
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

    private static final AddressLayout hello$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("hello"));

    /** Layout of field {@code hello}. */
    public static final AddressLayout hello$layout() {
        return hello$LAYOUT;
    }

    private static final long hello$OFFSET = $LAYOUT.byteOffset(groupElement("hello"));

    /** Offset of field {@code hello}. */
    public static final long hello$offset() {
        return hello$OFFSET;
    }

    /** Getter for field {@code hello}. */
    public static MemorySegment hello(MemorySegment struct) {
        return struct.get(hello$LAYOUT, hello$OFFSET);
    }

    /** Setter for field {@code hello}. */
    public static void hello(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(hello$LAYOUT, hello$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, uint32_t) }
     */
    public static final class hello {
        hello() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, int version);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(hello.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(hello.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, int version) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, version);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout sync$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("sync"));

    /** Layout of field {@code sync}. */
    public static final AddressLayout sync$layout() {
        return sync$LAYOUT;
    }

    private static final long sync$OFFSET = $LAYOUT.byteOffset(groupElement("sync"));

    /** Offset of field {@code sync}. */
    public static final long sync$offset() {
        return sync$OFFSET;
    }

    /** Getter for field {@code sync}. */
    public static MemorySegment sync(MemorySegment struct) {
        return struct.get(sync$LAYOUT, sync$OFFSET);
    }

    /** Setter for field {@code sync}. */
    public static void sync(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(sync$LAYOUT, sync$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, uint32_t, int32_t) }
     */
    public static final class sync {
        sync() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, int id, int seq);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(sync.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(sync.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, int id, int seq) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, id, seq);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout pong$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("pong"));

    /** Layout of field {@code pong}. */
    public static final AddressLayout pong$layout() {
        return pong$LAYOUT;
    }

    private static final long pong$OFFSET = $LAYOUT.byteOffset(groupElement("pong"));

    /** Offset of field {@code pong}. */
    public static final long pong$offset() {
        return pong$OFFSET;
    }

    /** Getter for field {@code pong}. */
    public static MemorySegment pong(MemorySegment struct) {
        return struct.get(pong$LAYOUT, pong$OFFSET);
    }

    /** Setter for field {@code pong}. */
    public static void pong(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(pong$LAYOUT, pong$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, uint32_t, int32_t) }
     */
    public static final class pong {
        pong() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, int id, int seq);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(pong.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(pong.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, int id, int seq) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, id, seq);
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
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, uint32_t, int32_t, int32_t, void *) }
     */
    public static final class error {
        error() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, int id, int seq, int res, MemorySegment message);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_POINTER);

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
        public static int invoke(MemorySegment funcPtr, MemorySegment object, int id, int seq, int res, MemorySegment message) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, id, seq, res, message);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout get_registry$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("get_registry"));

    /** Layout of field {@code get_registry}. */
    public static final AddressLayout get_registry$layout() {
        return get_registry$LAYOUT;
    }

    private static final long get_registry$OFFSET = $LAYOUT.byteOffset(groupElement("get_registry"));

    /** Offset of field {@code get_registry}. */
    public static final long get_registry$offset() {
        return get_registry$OFFSET;
    }

    /** Getter for field {@code get_registry}. */
    public static MemorySegment get_registry(MemorySegment struct) {
        return struct.get(get_registry$LAYOUT, get_registry$OFFSET);
    }

    /** Setter for field {@code get_registry}. */
    public static void get_registry(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(get_registry$LAYOUT, get_registry$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, uint32_t, size_t) }
     */
    public static final class get_registry {
        get_registry() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, int version, long user_data_size);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_LONG);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(get_registry.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(get_registry.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, int version, long user_data_size) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, version, user_data_size);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout create_object$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("create_object"));

    /** Layout of field {@code create_object}. */
    public static final AddressLayout create_object$layout() {
        return create_object$LAYOUT;
    }

    private static final long create_object$OFFSET = $LAYOUT.byteOffset(groupElement("create_object"));

    /** Offset of field {@code create_object}. */
    public static final long create_object$offset() {
        return create_object$OFFSET;
    }

    /** Getter for field {@code create_object}. */
    public static MemorySegment create_object(MemorySegment struct) {
        return struct.get(create_object$LAYOUT, create_object$OFFSET);
    }

    /** Setter for field {@code create_object}. */
    public static void create_object(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(create_object$LAYOUT, create_object$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, void *, void *, uint32_t, void *, size_t) }
     */
    public static final class create_object {
        create_object() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, MemorySegment factory_name, MemorySegment type, int version, MemorySegment props, long user_data_size);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_LONG);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(create_object.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(create_object.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment factory_name, MemorySegment type, int version, MemorySegment props, long user_data_size) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, factory_name, type, version, props, user_data_size);
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
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *) }
     */
    public static final class destroy {
        destroy() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment proxy);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_POINTER);

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
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment proxy) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, proxy);
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
