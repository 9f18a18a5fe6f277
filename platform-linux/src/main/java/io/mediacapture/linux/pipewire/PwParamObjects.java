package io.mediacapture.linux.pipewire;

import io.mediacapture.bindings.pipewire.inline.SpaInterfaces;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The {@code static inline} {@code pw_node_add_listener}/{@code pw_node_enum_params} of {@code pipewire/node.h}
 * and their {@code pw_port_*} twins of {@code pipewire/port.h}, which jextract cannot bind. Both interfaces begin
 * alike: methods {@code {version, add_listener, subscribe_params, enum_params, ...}} and events
 * {@code {version, info, param}}, so one implementation serves node and port proxies. Call with the loop lock
 * held or on the loop thread.
 */
final class PwParamObjects {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final long PTR = ValueLayout.ADDRESS.byteSize();

    /** {@code struct pw_node_events} / {@code pw_port_events}: uint32 version; info; param. */
    static final StructLayout EVENTS = MemoryLayout.structLayout(
            ValueLayout.JAVA_INT.withName("version"), MemoryLayout.paddingLayout(4),
            ValueLayout.ADDRESS.withName("info"), ValueLayout.ADDRESS.withName("param"));
    static final long EVENTS_PARAM = EVENTS.byteOffset(MemoryLayout.PathElement.groupElement("param"));
    static final long METHOD_ADD_LISTENER = PTR;
    static final long METHOD_ENUM_PARAMS = 3 * PTR;
    private static final long METHODS_MIN_SIZE = 4 * PTR;
    static final int VERSION_EVENTS = 0;
    static final int VERSION_NODE = 3;
    static final int VERSION_PORT = 3;

    // Handles take the function pointer first, then the C arguments (object, ...).
    private static final MethodHandle ADD_LISTENER = LINKER.downcallHandle(FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle ENUM_PARAMS = LINKER.downcallHandle(FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final FunctionDescriptor PARAM_EVENT = FunctionDescriptor.ofVoid(ValueLayout.ADDRESS,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS);

    private PwParamObjects() {}

    /** Receives {@code param} events: {@code data} is what was given to {@link #addListener}. */
    @FunctionalInterface
    interface ParamListener {
        void param(MemorySegment data, int seq, int id, int index, int next, MemorySegment param);
    }

    /** A {@code pw_node_events}/{@code pw_port_events} table in {@code arena} calling {@code listener} for params. */
    static MemorySegment events(ParamListener listener, Arena arena) {
        MethodHandle target;
        try {
            target = MethodHandles.lookup().findVirtual(ParamListener.class, "param", MethodType.methodType(void.class,
                    MemorySegment.class, int.class, int.class, int.class, int.class, MemorySegment.class)).bindTo(listener);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        MemorySegment events = arena.allocate(EVENTS);
        events.set(ValueLayout.JAVA_INT, 0, VERSION_EVENTS);
        events.set(ValueLayout.ADDRESS, EVENTS_PARAM, LINKER.upcallStub(target, PARAM_EVENT, arena));
        return events;
    }

    /** {@code pw_node_add_listener(proxy, hook, events, data)}; returns 0 or a negative errno. */
    static int addListener(MemorySegment proxy, MemorySegment hook, MemorySegment events, MemorySegment data) {
        SpaInterfaces.Methods m = SpaInterfaces.methods(proxy, METHODS_MIN_SIZE, 0);
        if (m == null || m.method(METHOD_ADD_LISTENER).equals(MemorySegment.NULL)) {
            return -95; // ENOTSUP, as the C macro
        }
        try {
            return (int) ADD_LISTENER.invokeExact(m.method(METHOD_ADD_LISTENER), m.data(), hook, events, data);
        } catch (Throwable t) {
            throw new IllegalStateException("pw_node_add_listener failed", t);
        }
    }

    /** {@code pw_node_enum_params(proxy, seq, id, start, num, filter)}; returns a seq or a negative errno. */
    static int enumParams(MemorySegment proxy, int seq, int id, int start, int num, MemorySegment filter) {
        SpaInterfaces.Methods m = SpaInterfaces.methods(proxy, METHODS_MIN_SIZE, 0);
        if (m == null || m.method(METHOD_ENUM_PARAMS).equals(MemorySegment.NULL)) {
            return -95;
        }
        try {
            return (int) ENUM_PARAMS.invokeExact(m.method(METHOD_ENUM_PARAMS), m.data(), seq, id, start, num, filter);
        } catch (Throwable t) {
            throw new IllegalStateException("pw_node_enum_params failed", t);
        }
    }
}
