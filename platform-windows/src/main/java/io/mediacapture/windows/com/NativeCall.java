package io.mediacapture.windows.com;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Invokes a downcall handle whose arguments may include {@link ComRef}s: each is acquired for the duration
 * of the call (so another thread cannot release it under the callee) and passed as its pointer.
 */
final class NativeCall {
    private NativeCall() {
    }

    static int invoke(MethodHandle handle, Object[] args, String what) {
        Object result = invokeObject(handle, args, what);
        return result == null ? 0 : ((Number) result).intValue();
    }

    /** {@link #invoke} for a 64-bit result (ULONGLONG), kept whole. */
    static long invokeLong(MethodHandle handle, Object[] args, String what) {
        Object result = invokeObject(handle, args, what);
        return result == null ? 0 : ((Number) result).longValue();
    }

    private static Object invokeObject(MethodHandle handle, Object[] args, String what) {
        List<ComRef> held = new ArrayList<>(0);
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof ComRef r) {
                    args[i] = r.acquire();
                    held.add(r);
                } else if (args[i] == null) {
                    args[i] = MemorySegment.NULL;
                }
            }
            return handle.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling " + what + " failed: " + t, t);
        } finally {
            for (ComRef r : held) {
                r.releaseCall();
            }
        }
    }
}
