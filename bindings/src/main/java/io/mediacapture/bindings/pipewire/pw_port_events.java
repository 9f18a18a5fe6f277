// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_port_events
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
 * struct pw_port_events {
 *     uint32_t version;
 *     void (*info)(void *data, const struct pw_port_info *info);
 *     void (*param)(void *data, int seq, uint32_t id, uint32_t index, uint32_t next, const struct spa_pod *param);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_port_events {

    pw_port_events() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_port_events",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("info"),
        pipewire_h.C_POINTER.withName("param")
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

    private static final AddressLayout param$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("param"));

    /** Layout of field {@code param}. */
    public static final AddressLayout param$layout() {
        return param$LAYOUT;
    }

    private static final long param$OFFSET = $LAYOUT.byteOffset(groupElement("param"));

    /** Offset of field {@code param}. */
    public static final long param$offset() {
        return param$OFFSET;
    }

    /** Getter for field {@code param}. */
    public static MemorySegment param(MemorySegment struct) {
        return struct.get(param$LAYOUT, param$OFFSET);
    }

    /** Setter for field {@code param}. */
    public static void param(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(param$LAYOUT, param$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, int32_t, uint32_t, uint32_t, uint32_t, void *) }
     */
    public static final class param {
        param() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int seq, int id, int index, int next, MemorySegment param);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(param.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(param.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int seq, int id, int index, int next, MemorySegment param) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, seq, id, index, next, param);
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
