// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_core_events
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
 * struct pw_core_events {
 *     uint32_t version;
 *     void (*info)(void *data, const struct pw_core_info *info);
 *     void (*done)(void *data, uint32_t id, int seq);
 *     void (*ping)(void *data, uint32_t id, int seq);
 *     void (*error)(void *data, uint32_t id, int seq, int res, const char *message);
 *     void (*remove_id)(void *data, uint32_t id);
 *     void (*bound_id)(void *data, uint32_t id, uint32_t global_id);
 *     void (*add_mem)(void *data, uint32_t id, uint32_t type, int fd, uint32_t flags);
 *     void (*remove_mem)(void *data, uint32_t id);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_core_events {

    pw_core_events() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_core_events",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("info"),
        pipewire_h.C_POINTER.withName("done"),
        pipewire_h.C_POINTER.withName("ping"),
        pipewire_h.C_POINTER.withName("error"),
        pipewire_h.C_POINTER.withName("remove_id"),
        pipewire_h.C_POINTER.withName("bound_id"),
        pipewire_h.C_POINTER.withName("add_mem"),
        pipewire_h.C_POINTER.withName("remove_mem")
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

    private static final AddressLayout info$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("info"));

    /** Layout of field {@code info}. */
    public static final AddressLayout info$layout() {
        return info$LAYOUT;
    }

    private static final long info$OFFSET = $LAYOUT.byteOffset(groupElement("info"));

    /** Offset of field {@code info}. */
    public static final long info$offset() {
        return info$OFFSET;
    }

    /** Getter for field {@code info}. */
    public static MemorySegment info(MemorySegment struct) {
        return struct.get(info$LAYOUT, info$OFFSET);
    }

    /** Setter for field {@code info}. */
    public static void info(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(info$LAYOUT, info$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class info {
        info() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, MemorySegment info);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(info.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(info.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, MemorySegment info) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, info);
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
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, int32_t) }
     */
    public static final class done {
        done() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, int seq);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT);

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
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, int seq) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, seq);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout ping$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("ping"));

    /** Layout of field {@code ping}. */
    public static final AddressLayout ping$layout() {
        return ping$LAYOUT;
    }

    private static final long ping$OFFSET = $LAYOUT.byteOffset(groupElement("ping"));

    /** Offset of field {@code ping}. */
    public static final long ping$offset() {
        return ping$OFFSET;
    }

    /** Getter for field {@code ping}. */
    public static MemorySegment ping(MemorySegment struct) {
        return struct.get(ping$LAYOUT, ping$OFFSET);
    }

    /** Setter for field {@code ping}. */
    public static void ping(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ping$LAYOUT, ping$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, int32_t) }
     */
    public static final class ping {
        ping() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, int seq);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(ping.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(ping.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, int seq) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, seq);
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
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, int32_t, int32_t, void *) }
     */
    public static final class error {
        error() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, int seq, int res, MemorySegment message);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_POINTER);

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
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, int seq, int res, MemorySegment message) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, seq, res, message);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout remove_id$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("remove_id"));

    /** Layout of field {@code remove_id}. */
    public static final AddressLayout remove_id$layout() {
        return remove_id$LAYOUT;
    }

    private static final long remove_id$OFFSET = $LAYOUT.byteOffset(groupElement("remove_id"));

    /** Offset of field {@code remove_id}. */
    public static final long remove_id$offset() {
        return remove_id$OFFSET;
    }

    /** Getter for field {@code remove_id}. */
    public static MemorySegment remove_id(MemorySegment struct) {
        return struct.get(remove_id$LAYOUT, remove_id$OFFSET);
    }

    /** Setter for field {@code remove_id}. */
    public static void remove_id(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(remove_id$LAYOUT, remove_id$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t) }
     */
    public static final class remove_id {
        remove_id() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(remove_id.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(remove_id.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout bound_id$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("bound_id"));

    /** Layout of field {@code bound_id}. */
    public static final AddressLayout bound_id$layout() {
        return bound_id$LAYOUT;
    }

    private static final long bound_id$OFFSET = $LAYOUT.byteOffset(groupElement("bound_id"));

    /** Offset of field {@code bound_id}. */
    public static final long bound_id$offset() {
        return bound_id$OFFSET;
    }

    /** Getter for field {@code bound_id}. */
    public static MemorySegment bound_id(MemorySegment struct) {
        return struct.get(bound_id$LAYOUT, bound_id$OFFSET);
    }

    /** Setter for field {@code bound_id}. */
    public static void bound_id(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(bound_id$LAYOUT, bound_id$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, uint32_t) }
     */
    public static final class bound_id {
        bound_id() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, int global_id);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(bound_id.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(bound_id.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, int global_id) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, global_id);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout add_mem$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_mem"));

    /** Layout of field {@code add_mem}. */
    public static final AddressLayout add_mem$layout() {
        return add_mem$LAYOUT;
    }

    private static final long add_mem$OFFSET = $LAYOUT.byteOffset(groupElement("add_mem"));

    /** Offset of field {@code add_mem}. */
    public static final long add_mem$offset() {
        return add_mem$OFFSET;
    }

    /** Getter for field {@code add_mem}. */
    public static MemorySegment add_mem(MemorySegment struct) {
        return struct.get(add_mem$LAYOUT, add_mem$OFFSET);
    }

    /** Setter for field {@code add_mem}. */
    public static void add_mem(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_mem$LAYOUT, add_mem$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, uint32_t, int32_t, uint32_t) }
     */
    public static final class add_mem {
        add_mem() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, int type, int fd, int flags);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(add_mem.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_mem.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, int type, int fd, int flags) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, type, fd, flags);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout remove_mem$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("remove_mem"));

    /** Layout of field {@code remove_mem}. */
    public static final AddressLayout remove_mem$layout() {
        return remove_mem$LAYOUT;
    }

    private static final long remove_mem$OFFSET = $LAYOUT.byteOffset(groupElement("remove_mem"));

    /** Offset of field {@code remove_mem}. */
    public static final long remove_mem$offset() {
        return remove_mem$OFFSET;
    }

    /** Getter for field {@code remove_mem}. */
    public static MemorySegment remove_mem(MemorySegment struct) {
        return struct.get(remove_mem$LAYOUT, remove_mem$OFFSET);
    }

    /** Setter for field {@code remove_mem}. */
    public static void remove_mem(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(remove_mem$LAYOUT, remove_mem$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t) }
     */
    public static final class remove_mem {
        remove_mem() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(remove_mem.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(remove_mem.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id);
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
