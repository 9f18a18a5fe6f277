// Generated-shape code (jextract conventions). Stands for:
//   jextract --output bindings/src/main/java -I /usr/include/pipewire-0.3 -I /usr/include/spa-0.2 --target-package io.mediacapture.bindings.spa --header-class-name spa_h /usr/include/spa-0.2/spa/utils/defs.h /usr/include/spa-0.2/spa/utils/type.h /usr/include/spa-0.2/spa/utils/hook.h /usr/include/spa-0.2/spa/utils/dict.h /usr/include/spa-0.2/spa/buffer/buffer.h /usr/include/spa-0.2/spa/buffer/meta.h /usr/include/spa-0.2/spa/param/param.h /usr/include/spa-0.2/spa/param/format.h /usr/include/spa-0.2/spa/param/buffers.h /usr/include/spa-0.2/spa/param/video/raw.h /usr/include/spa-0.2/spa/param/audio/raw.h /usr/include/spa-0.2/spa/pod/pod.h /usr/include/spa-0.2/spa/support/loop.h --include-struct spa_loop_utils_methods
// The full option list of this package is bindings/jextract/spa.args; regenerate with
// bindings/jextract/regenerate.sh (see there for the deliberate differences from raw jextract output).

package io.mediacapture.bindings.spa;

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
 * struct spa_loop_utils_methods {
 *     uint32_t version;
 *     struct spa_source *(*add_io)(void *object, int fd, uint32_t mask, bool close, spa_source_io_func_t func, void *data);
 *     int (*update_io)(void *object, struct spa_source *source, uint32_t mask);
 *     struct spa_source *(*add_idle)(void *object, bool enabled, spa_source_idle_func_t func, void *data);
 *     int (*enable_idle)(void *object, struct spa_source *source, bool enabled);
 *     struct spa_source *(*add_event)(void *object, spa_source_event_func_t func, void *data);
 *     int (*signal_event)(void *object, struct spa_source *source);
 *     struct spa_source *(*add_timer)(void *object, spa_source_timer_func_t func, void *data);
 *     int (*update_timer)(void *object, struct spa_source *source, struct timespec *value, struct timespec *interval, bool absolute);
 *     struct spa_source *(*add_signal)(void *object, int signal_number, spa_source_signal_func_t func, void *data);
 *     void (*destroy_source)(void *object, struct spa_source *source);
 * }
 * }
 */
@SuppressWarnings({"unused", "restricted"})
public final class spa_loop_utils_methods {

    spa_loop_utils_methods() {
        // Should not be called directly
    }

    // Padding between members is derived from each member's alignment, not written out as jextract does.
    private static final GroupLayout $LAYOUT = spa_h.structLayout("spa_loop_utils_methods",
        spa_h.C_INT.withName("version"),
        spa_h.C_POINTER.withName("add_io"),
        spa_h.C_POINTER.withName("update_io"),
        spa_h.C_POINTER.withName("add_idle"),
        spa_h.C_POINTER.withName("enable_idle"),
        spa_h.C_POINTER.withName("add_event"),
        spa_h.C_POINTER.withName("signal_event"),
        spa_h.C_POINTER.withName("add_timer"),
        spa_h.C_POINTER.withName("update_timer"),
        spa_h.C_POINTER.withName("add_signal"),
        spa_h.C_POINTER.withName("destroy_source")
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

    private static final AddressLayout add_io$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_io"));

    /** Layout of field {@code add_io}. */
    public static final AddressLayout add_io$layout() {
        return add_io$LAYOUT;
    }

    private static final long add_io$OFFSET = $LAYOUT.byteOffset(groupElement("add_io"));

    /** Offset of field {@code add_io}. */
    public static final long add_io$offset() {
        return add_io$OFFSET;
    }

    /** Getter for field {@code add_io}. */
    public static MemorySegment add_io(MemorySegment struct) {
        return struct.get(add_io$LAYOUT, add_io$OFFSET);
    }

    /** Setter for field {@code add_io}. */
    public static void add_io(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_io$LAYOUT, add_io$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, int32_t, uint32_t, bool, void *, void *) }
     */
    public static final class add_io {
        add_io() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, int fd, int mask, boolean close, MemorySegment func, MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_INT, spa_h.C_INT, spa_h.C_BOOL, spa_h.C_POINTER, spa_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(add_io.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_io.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, int fd, int mask, boolean close, MemorySegment func, MemorySegment data) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, fd, mask, close, func, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout update_io$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("update_io"));

    /** Layout of field {@code update_io}. */
    public static final AddressLayout update_io$layout() {
        return update_io$LAYOUT;
    }

    private static final long update_io$OFFSET = $LAYOUT.byteOffset(groupElement("update_io"));

    /** Offset of field {@code update_io}. */
    public static final long update_io$offset() {
        return update_io$OFFSET;
    }

    /** Getter for field {@code update_io}. */
    public static MemorySegment update_io(MemorySegment struct) {
        return struct.get(update_io$LAYOUT, update_io$OFFSET);
    }

    /** Setter for field {@code update_io}. */
    public static void update_io(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(update_io$LAYOUT, update_io$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *, uint32_t) }
     */
    public static final class update_io {
        update_io() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment source, int mask);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_INT, spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_INT);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(update_io.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(update_io.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment source, int mask) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, source, mask);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout add_idle$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_idle"));

    /** Layout of field {@code add_idle}. */
    public static final AddressLayout add_idle$layout() {
        return add_idle$LAYOUT;
    }

    private static final long add_idle$OFFSET = $LAYOUT.byteOffset(groupElement("add_idle"));

    /** Offset of field {@code add_idle}. */
    public static final long add_idle$offset() {
        return add_idle$OFFSET;
    }

    /** Getter for field {@code add_idle}. */
    public static MemorySegment add_idle(MemorySegment struct) {
        return struct.get(add_idle$LAYOUT, add_idle$OFFSET);
    }

    /** Setter for field {@code add_idle}. */
    public static void add_idle(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_idle$LAYOUT, add_idle$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, bool, void *, void *) }
     */
    public static final class add_idle {
        add_idle() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, boolean enabled, MemorySegment func, MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_BOOL, spa_h.C_POINTER, spa_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(add_idle.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_idle.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, boolean enabled, MemorySegment func, MemorySegment data) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, enabled, func, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout enable_idle$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("enable_idle"));

    /** Layout of field {@code enable_idle}. */
    public static final AddressLayout enable_idle$layout() {
        return enable_idle$LAYOUT;
    }

    private static final long enable_idle$OFFSET = $LAYOUT.byteOffset(groupElement("enable_idle"));

    /** Offset of field {@code enable_idle}. */
    public static final long enable_idle$offset() {
        return enable_idle$OFFSET;
    }

    /** Getter for field {@code enable_idle}. */
    public static MemorySegment enable_idle(MemorySegment struct) {
        return struct.get(enable_idle$LAYOUT, enable_idle$OFFSET);
    }

    /** Setter for field {@code enable_idle}. */
    public static void enable_idle(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(enable_idle$LAYOUT, enable_idle$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *, bool) }
     */
    public static final class enable_idle {
        enable_idle() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment source, boolean enabled);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_INT, spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_BOOL);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(enable_idle.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(enable_idle.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment source, boolean enabled) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, source, enabled);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout add_event$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_event"));

    /** Layout of field {@code add_event}. */
    public static final AddressLayout add_event$layout() {
        return add_event$LAYOUT;
    }

    private static final long add_event$OFFSET = $LAYOUT.byteOffset(groupElement("add_event"));

    /** Offset of field {@code add_event}. */
    public static final long add_event$offset() {
        return add_event$OFFSET;
    }

    /** Getter for field {@code add_event}. */
    public static MemorySegment add_event(MemorySegment struct) {
        return struct.get(add_event$LAYOUT, add_event$OFFSET);
    }

    /** Setter for field {@code add_event}. */
    public static void add_event(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_event$LAYOUT, add_event$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, void *, void *) }
     */
    public static final class add_event {
        add_event() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, MemorySegment func, MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(add_event.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_event.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment func, MemorySegment data) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, func, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout signal_event$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("signal_event"));

    /** Layout of field {@code signal_event}. */
    public static final AddressLayout signal_event$layout() {
        return signal_event$LAYOUT;
    }

    private static final long signal_event$OFFSET = $LAYOUT.byteOffset(groupElement("signal_event"));

    /** Offset of field {@code signal_event}. */
    public static final long signal_event$offset() {
        return signal_event$OFFSET;
    }

    /** Getter for field {@code signal_event}. */
    public static MemorySegment signal_event(MemorySegment struct) {
        return struct.get(signal_event$LAYOUT, signal_event$OFFSET);
    }

    /** Setter for field {@code signal_event}. */
    public static void signal_event(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(signal_event$LAYOUT, signal_event$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *) }
     */
    public static final class signal_event {
        signal_event() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment source);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_INT, spa_h.C_POINTER, spa_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(signal_event.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(signal_event.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment source) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, source);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout add_timer$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_timer"));

    /** Layout of field {@code add_timer}. */
    public static final AddressLayout add_timer$layout() {
        return add_timer$LAYOUT;
    }

    private static final long add_timer$OFFSET = $LAYOUT.byteOffset(groupElement("add_timer"));

    /** Offset of field {@code add_timer}. */
    public static final long add_timer$offset() {
        return add_timer$OFFSET;
    }

    /** Getter for field {@code add_timer}. */
    public static MemorySegment add_timer(MemorySegment struct) {
        return struct.get(add_timer$LAYOUT, add_timer$OFFSET);
    }

    /** Setter for field {@code add_timer}. */
    public static void add_timer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_timer$LAYOUT, add_timer$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, void *, void *) }
     */
    public static final class add_timer {
        add_timer() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, MemorySegment func, MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(add_timer.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_timer.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment func, MemorySegment data) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, func, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout update_timer$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("update_timer"));

    /** Layout of field {@code update_timer}. */
    public static final AddressLayout update_timer$layout() {
        return update_timer$LAYOUT;
    }

    private static final long update_timer$OFFSET = $LAYOUT.byteOffset(groupElement("update_timer"));

    /** Offset of field {@code update_timer}. */
    public static final long update_timer$offset() {
        return update_timer$OFFSET;
    }

    /** Getter for field {@code update_timer}. */
    public static MemorySegment update_timer(MemorySegment struct) {
        return struct.get(update_timer$LAYOUT, update_timer$OFFSET);
    }

    /** Setter for field {@code update_timer}. */
    public static void update_timer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(update_timer$LAYOUT, update_timer$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : int32_t (*)(void *, void *, void *, void *, bool) }
     */
    public static final class update_timer {
        update_timer() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            int apply(MemorySegment object, MemorySegment source, MemorySegment value, MemorySegment interval, boolean absolute);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_INT, spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_BOOL);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(update_timer.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(update_timer.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static int invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment source, MemorySegment value, MemorySegment interval, boolean absolute) {
            try {
                return (int) DOWN$MH.invokeExact(funcPtr, object, source, value, interval, absolute);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout add_signal$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("add_signal"));

    /** Layout of field {@code add_signal}. */
    public static final AddressLayout add_signal$layout() {
        return add_signal$LAYOUT;
    }

    private static final long add_signal$OFFSET = $LAYOUT.byteOffset(groupElement("add_signal"));

    /** Offset of field {@code add_signal}. */
    public static final long add_signal$offset() {
        return add_signal$OFFSET;
    }

    /** Getter for field {@code add_signal}. */
    public static MemorySegment add_signal(MemorySegment struct) {
        return struct.get(add_signal$LAYOUT, add_signal$OFFSET);
    }

    /** Setter for field {@code add_signal}. */
    public static void add_signal(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(add_signal$LAYOUT, add_signal$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void * (*)(void *, int32_t, void *, void *) }
     */
    public static final class add_signal {
        add_signal() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            MemorySegment apply(MemorySegment object, int signal_number, MemorySegment func, MemorySegment data);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.of(spa_h.C_POINTER, spa_h.C_POINTER, spa_h.C_INT, spa_h.C_POINTER, spa_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(add_signal.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(add_signal.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static MemorySegment invoke(MemorySegment funcPtr, MemorySegment object, int signal_number, MemorySegment func, MemorySegment data) {
            try {
                return (MemorySegment) DOWN$MH.invokeExact(funcPtr, object, signal_number, func, data);
            } catch (Error | RuntimeException ex$) {
                throw ex$;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout destroy_source$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("destroy_source"));

    /** Layout of field {@code destroy_source}. */
    public static final AddressLayout destroy_source$layout() {
        return destroy_source$LAYOUT;
    }

    private static final long destroy_source$OFFSET = $LAYOUT.byteOffset(groupElement("destroy_source"));

    /** Offset of field {@code destroy_source}. */
    public static final long destroy_source$offset() {
        return destroy_source$OFFSET;
    }

    /** Getter for field {@code destroy_source}. */
    public static MemorySegment destroy_source(MemorySegment struct) {
        return struct.get(destroy_source$LAYOUT, destroy_source$OFFSET);
    }

    /** Setter for field {@code destroy_source}. */
    public static void destroy_source(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(destroy_source$LAYOUT, destroy_source$OFFSET, fieldValue);
    }

    /**
     * The function pointer type of this field: {@snippet lang=c : void (*)(void *, void *) }
     */
    public static final class destroy_source {
        destroy_source() {
            // Should not be called directly
        }

        /** The function type, to implement in Java. */
        public interface Function {
            void apply(MemorySegment object, MemorySegment source);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(spa_h.C_POINTER, spa_h.C_POINTER);

        /** The descriptor of this function pointer type. */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = spa_h.upcallHandle(destroy_source.Function.class, "apply", $DESC);

        /**
         * An upcall stub for {@code fi}, valid while {@code arena} is alive. An exception must never escape
         * an upcall: {@code fi} catches every {@code Throwable} itself.
         */
        public static MemorySegment allocate(destroy_source.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /** Calls the native function at {@code funcPtr}. */
        public static void invoke(MemorySegment funcPtr, MemorySegment object, MemorySegment source) {
            try {
                DOWN$MH.invokeExact(funcPtr, object, source);
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
