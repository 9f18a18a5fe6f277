package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.spa_callbacks;
import io.mediacapture.bindings.spa.spa_interface;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@code spa_interface_call_res} ({@code spa/utils/hook.h}): a PipeWire object such as {@code pw_core} starts
 * with a {@code struct spa_interface} whose callbacks point at a method table ({@code pw_core_methods}, ...)
 * whose first field is its version. Methods are called with the callbacks' {@code data} as first argument.
 */
public final class SpaInterfaces {
    private SpaInterfaces() {}

    /** A resolved method table and the data pointer to pass to its methods. */
    public record Methods(MemorySegment table, MemorySegment data) {
        /** The function pointer at {@code offset} of the table; NULL when the implementation leaves it out. */
        public MemorySegment method(long offset) {
            return table.get(ValueLayout.ADDRESS, offset);
        }
    }

    /**
     * The method table of {@code object}, or null when the object has none or its version is too old for
     * {@code minVersion} (SPA_CALLBACK_VERSION_MIN: version 0 accepts any table).
     *
     * @param tableSize {@code sizeof} the methods struct, e.g. {@code pw_core_methods.sizeof()}
     */
    @SuppressWarnings("restricted")
    public static Methods methods(MemorySegment object, long tableSize, int minVersion) {
        if (object == null || object.equals(MemorySegment.NULL)) {
            throw new IllegalArgumentException("NULL interface object");
        }
        MemorySegment iface = object.reinterpret(spa_interface.sizeof());
        MemorySegment cb = spa_interface.cb(iface);
        MemorySegment funcs = spa_callbacks.funcs(cb);
        if (funcs.equals(MemorySegment.NULL)) {
            return null;
        }
        MemorySegment table = funcs.reinterpret(tableSize);
        int version = table.get(ValueLayout.JAVA_INT, 0);
        if (minVersion != 0 && Integer.compareUnsigned(version, minVersion - 1) <= 0) {
            return null;
        }
        return new Methods(table, spa_callbacks.data(cb));
    }
}
