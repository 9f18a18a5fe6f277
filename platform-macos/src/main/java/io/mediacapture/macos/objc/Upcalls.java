package io.mediacapture.macos.objc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Upcall stubs that can never let a Java exception reach native code (which would abort the JVM): the target
 * is wrapped so that any Throwable is logged and the call returns zero / nil / nothing. Targets should still
 * catch their own exceptions; this is the last line.
 */
public final class Upcalls {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos.objc");
    private static final MethodHandle REPORT;

    static {
        try {
            REPORT = MethodHandles.lookup().findStatic(Upcalls.class, "report",
                    MethodType.methodType(void.class, String.class, Throwable.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Upcalls() {}

    /** An upcall stub for {@code target} (whose type must match {@code descriptor}), living as long as {@code arena}. */
    public static MemorySegment stub(MethodHandle target, FunctionDescriptor descriptor, String what, Arena arena) {
        return Linker.nativeLinker().upcallStub(guard(target, what), descriptor, arena);
    }

    /** {@code target} with every Throwable caught, logged and turned into a zero result. */
    static MethodHandle guard(MethodHandle target, String what) {
        MethodType t = target.type();
        MethodHandle zero = MethodHandles.empty(t.insertParameterTypes(0, Throwable.class));
        MethodHandle handler = MethodHandles.foldArguments(zero, REPORT.bindTo(what));
        return MethodHandles.catchException(target, Throwable.class, handler);
    }

    private static void report(String what, Throwable t) {
        try {
            LOG.log(System.Logger.Level.ERROR, "unexpected exception in the Objective-C callback " + what
                    + "; returned zero to the caller", t);
        } catch (Throwable ignored) {
            // logging itself failed; nothing may escape into native code
        }
    }
}
