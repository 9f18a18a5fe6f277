// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.pipewire --header-class-name pipewire_h -l :libpipewire-0.3.so.0 /usr/include/pipewire-0.3/pipewire/pipewire.h --include-struct pw_stream_events
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
 * struct pw_stream_events {
 *     uint32_t version;
 *     void (*destroy)(void *data);
 *     void (*state_changed)(void *data, enum pw_stream_state old, enum pw_stream_state state, const char *error);
 *     void (*control_info)(void *data, uint32_t id, const struct pw_stream_control *control);
 *     void (*io_changed)(void *data, uint32_t id, void *area, uint32_t size);
 *     void (*param_changed)(void *data, uint32_t id, const struct spa_pod *param);
 *     void (*add_buffer)(void *data, struct pw_buffer *buffer);
 *     void (*remove_buffer)(void *data, struct pw_buffer *buffer);
 *     void (*process)(void *data);
 *     void (*drained)(void *data);
 *     void (*command)(void *data, const struct spa_command *command);
 *     void (*trigger_done)(void *data);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class pw_stream_events {

    pw_stream_events() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = pipewire_h.structLayout("pw_stream_events",
        pipewire_h.C_INT.withName("version"),
        pipewire_h.C_POINTER.withName("destroy"),
        pipewire_h.C_POINTER.withName("state_changed"),
        pipewire_h.C_POINTER.withName("control_info"),
        pipewire_h.C_POINTER.withName("io_changed"),
        pipewire_h.C_POINTER.withName("param_changed"),
        pipewire_h.C_POINTER.withName("add_buffer"),
        pipewire_h.C_POINTER.withName("remove_buffer"),
        pipewire_h.C_POINTER.withName("process"),
        pipewire_h.C_POINTER.withName("drained"),
        pipewire_h.C_POINTER.withName("command"),
        pipewire_h.C_POINTER.withName("trigger_done")
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

    private static final AddressLayout state_changed$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("state_changed"));

    /** Layout of field {@code state_changed}. */
    public static final AddressLayout state_changed$layout() {
        return state_changed$LAYOUT;
    }

    private static final long state_changed$OFFSET = $LAYOUT.byteOffset(groupElement("state_changed"));

    /** Offset of field {@code state_changed}. */
    public static final long state_changed$offset() {
        return state_changed$OFFSET;
    }

    /** Getter for field {@code state_changed}. */
    public static MemorySegment state_changed(MemorySegment struct) {
        return struct.get(state_changed$LAYOUT, state_changed$OFFSET);
    }

    /** Setter for field {@code state_changed}. */
    public static void state_changed(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(state_changed$LAYOUT, state_changed$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, int32_t, int32_t, void *) }
     */
    public static final class state_changed {
        state_changed() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int old, int state, MemorySegment error);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_INT, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(state_changed.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(state_changed.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int old, int state, MemorySegment error) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, old, state, error);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout control_info$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("control_info"));

    /** Layout of field {@code control_info}. */
    public static final AddressLayout control_info$layout() {
        return control_info$LAYOUT;
    }

    private static final long control_info$OFFSET = $LAYOUT.byteOffset(groupElement("control_info"));

    /** Offset of field {@code control_info}. */
    public static final long control_info$offset() {
        return control_info$OFFSET;
    }

    /** Getter for field {@code control_info}. */
    public static MemorySegment control_info(MemorySegment struct) {
        return struct.get(control_info$LAYOUT, control_info$OFFSET);
    }

    /** Setter for field {@code control_info}. */
    public static void control_info(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(control_info$LAYOUT, control_info$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, void *) }
     */
    public static final class control_info {
        control_info() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, MemorySegment control);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(control_info.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(control_info.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, MemorySegment control) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, control);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout io_changed$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("io_changed"));

    /** Layout of field {@code io_changed}. */
    public static final AddressLayout io_changed$layout() {
        return io_changed$LAYOUT;
    }

    private static final long io_changed$OFFSET = $LAYOUT.byteOffset(groupElement("io_changed"));

    /** Offset of field {@code io_changed}. */
    public static final long io_changed$offset() {
        return io_changed$OFFSET;
    }

    /** Getter for field {@code io_changed}. */
    public static MemorySegment io_changed(MemorySegment struct) {
        return struct.get(io_changed$LAYOUT, io_changed$OFFSET);
    }

    /** Setter for field {@code io_changed}. */
    public static void io_changed(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(io_changed$LAYOUT, io_changed$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, void *, uint32_t) }
     */
    public static final class io_changed {
        io_changed() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, MemorySegment area, int size);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_POINTER, pipewire_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(io_changed.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(io_changed.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, MemorySegment area, int size) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, area, size);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout param_changed$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("param_changed"));

    /** Layout of field {@code param_changed}. */
    public static final AddressLayout param_changed$layout() {
        return param_changed$LAYOUT;
    }

    private static final long param_changed$OFFSET = $LAYOUT.byteOffset(groupElement("param_changed"));

    /** Offset of field {@code param_changed}. */
    public static final long param_changed$offset() {
        return param_changed$OFFSET;
    }

    /** Getter for field {@code param_changed}. */
    public static MemorySegment param_changed(MemorySegment struct) {
        return struct.get(param_changed$LAYOUT, param_changed$OFFSET);
    }

    /** Setter for field {@code param_changed}. */
    public static void param_changed(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(param_changed$LAYOUT, param_changed$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, uint32_t, void *) }
     */
    public static final class param_changed {
        param_changed() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, int id, MemorySegment param);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_INT, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(param_changed.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(param_changed.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, int id, MemorySegment param) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, id, param);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout add_buffer$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_buffer"));

    /** Layout of field {@code add_buffer}. */
    public static final AddressLayout add_buffer$layout() {
        return add_buffer$LAYOUT;
    }

    private static final long add_buffer$OFFSET = $LAYOUT.byteOffset(groupElement("add_buffer"));

    /** Offset of field {@code add_buffer}. */
    public static final long add_buffer$offset() {
        return add_buffer$OFFSET;
    }

    /** Getter for field {@code add_buffer}. */
    public static MemorySegment add_buffer(MemorySegment struct) {
        return struct.get(add_buffer$LAYOUT, add_buffer$OFFSET);
    }

    /** Setter for field {@code add_buffer}. */
    public static void add_buffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_buffer$LAYOUT, add_buffer$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class add_buffer {
        add_buffer() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, MemorySegment buffer);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(add_buffer.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_buffer.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, MemorySegment buffer) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, buffer);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout remove_buffer$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("remove_buffer"));

    /** Layout of field {@code remove_buffer}. */
    public static final AddressLayout remove_buffer$layout() {
        return remove_buffer$LAYOUT;
    }

    private static final long remove_buffer$OFFSET = $LAYOUT.byteOffset(groupElement("remove_buffer"));

    /** Offset of field {@code remove_buffer}. */
    public static final long remove_buffer$offset() {
        return remove_buffer$OFFSET;
    }

    /** Getter for field {@code remove_buffer}. */
    public static MemorySegment remove_buffer(MemorySegment struct) {
        return struct.get(remove_buffer$LAYOUT, remove_buffer$OFFSET);
    }

    /** Setter for field {@code remove_buffer}. */
    public static void remove_buffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(remove_buffer$LAYOUT, remove_buffer$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class remove_buffer {
        remove_buffer() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, MemorySegment buffer);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(remove_buffer.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(remove_buffer.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, MemorySegment buffer) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, buffer);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout process$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("process"));

    /** Layout of field {@code process}. */
    public static final AddressLayout process$layout() {
        return process$LAYOUT;
    }

    private static final long process$OFFSET = $LAYOUT.byteOffset(groupElement("process"));

    /** Offset of field {@code process}. */
    public static final long process$offset() {
        return process$OFFSET;
    }

    /** Getter for field {@code process}. */
    public static MemorySegment process(MemorySegment struct) {
        return struct.get(process$LAYOUT, process$OFFSET);
    }

    /** Setter for field {@code process}. */
    public static void process(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(process$LAYOUT, process$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *) }
     */
    public static final class process {
        process() {
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

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(process.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(process.Function fi, Arena arena) {
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

    private static final AddressLayout drained$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("drained"));

    /** Layout of field {@code drained}. */
    public static final AddressLayout drained$layout() {
        return drained$LAYOUT;
    }

    private static final long drained$OFFSET = $LAYOUT.byteOffset(groupElement("drained"));

    /** Offset of field {@code drained}. */
    public static final long drained$offset() {
        return drained$OFFSET;
    }

    /** Getter for field {@code drained}. */
    public static MemorySegment drained(MemorySegment struct) {
        return struct.get(drained$LAYOUT, drained$OFFSET);
    }

    /** Setter for field {@code drained}. */
    public static void drained(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(drained$LAYOUT, drained$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *) }
     */
    public static final class drained {
        drained() {
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

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(drained.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(drained.Function fi, Arena arena) {
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

    private static final AddressLayout command$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("command"));

    /** Layout of field {@code command}. */
    public static final AddressLayout command$layout() {
        return command$LAYOUT;
    }

    private static final long command$OFFSET = $LAYOUT.byteOffset(groupElement("command"));

    /** Offset of field {@code command}. */
    public static final long command$offset() {
        return command$OFFSET;
    }

    /** Getter for field {@code command}. */
    public static MemorySegment command(MemorySegment struct) {
        return struct.get(command$LAYOUT, command$OFFSET);
    }

    /** Setter for field {@code command}. */
    public static void command(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(command$LAYOUT, command$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class command {
        command() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment data, MemorySegment command);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(pipewire_h.C_POINTER, pipewire_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(command.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(command.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment data, MemorySegment command) {
            try {
                DOWN$MH.invokeExact(funcPtr, data, command);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout trigger_done$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("trigger_done"));

    /** Layout of field {@code trigger_done}. */
    public static final AddressLayout trigger_done$layout() {
        return trigger_done$LAYOUT;
    }

    private static final long trigger_done$OFFSET = $LAYOUT.byteOffset(groupElement("trigger_done"));

    /** Offset of field {@code trigger_done}. */
    public static final long trigger_done$offset() {
        return trigger_done$OFFSET;
    }

    /** Getter for field {@code trigger_done}. */
    public static MemorySegment trigger_done(MemorySegment struct) {
        return struct.get(trigger_done$LAYOUT, trigger_done$OFFSET);
    }

    /** Setter for field {@code trigger_done}. */
    public static void trigger_done(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(trigger_done$LAYOUT, trigger_done$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *) }
     */
    public static final class trigger_done {
        trigger_done() {
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

        private static final MethodHandle UP$MH = pipewire_h.upcallHandle(trigger_done.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(trigger_done.Function fi, Arena arena) {
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
