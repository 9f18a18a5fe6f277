package io.mediacapture.windows.com;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * An exported C function of a system DLL, through its downcall handle. Arguments may be {@link ComRef}s,
 * passed as their pointers, each kept alive for the call.
 */
public final class NativeFunction {
    private final String name;
    private final MethodHandle handle;

    private NativeFunction(String name, MethodHandle handle) {
        this.name = name;
        this.handle = handle;
    }

    /**
     * A function through its downcall handle (a header class's {@code foo$handle()}), so that it can be called
     * with {@link ComRef} arguments.
     */
    public static NativeFunction of(String name, MethodHandle handle) {
        return new NativeFunction(name, handle);
    }

    public String name() {
        return name;
    }

    /** Calls it; returns the int result (0 for a void function). */
    public int call(Object... args) {
        return NativeCall.invoke(handle, args.clone(), name);
    }

    /** Calls a function returning HRESULT and throws when it failed. */
    public int check(Object... args) {
        return HResult.check(call(args), name);
    }

    /** Calls a function returning a pointer or handle. */
    public MemorySegment callForAddress(Object... args) {
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                a[i] = MemorySegment.NULL;
            }
        }
        try {
            return (MemorySegment) handle.invokeWithArguments(a);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("calling " + name + " failed: " + t, t);
        }
    }
}
