package io.mediacapture.windows.com;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * An exported C function of a system DLL (or, in tests, of libc), bound once. Arguments may be
 * {@link ComRef}s, passed as their pointers.
 */
public final class NativeFunction {
    private final String name;
    private final MethodHandle handle;

    private NativeFunction(String name, MethodHandle handle) {
        this.name = name;
        this.handle = handle;
    }

    /**
     * Binds {@code name} from {@code library}.
     *
     * @throws UnsatisfiedLinkError naming the function when the library does not export it
     */
    public static NativeFunction bind(SymbolLookup library, String libraryName, String name, FunctionDescriptor descriptor) {
        MemorySegment address = library.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError(libraryName + " does not export " + name));
        return new NativeFunction(name, Linker.nativeLinker().downcallHandle(address, descriptor));
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
