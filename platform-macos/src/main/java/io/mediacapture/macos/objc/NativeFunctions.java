package io.mediacapture.macos.objc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * One loaded native library and downcalls into it. The library stays loaded for the life of the process
 * (global arena): Objective-C classes and selectors registered through it can never be unloaded either.
 */
public final class NativeFunctions {
    private static final Linker LINKER = Linker.nativeLinker();

    private final String library;
    private final SymbolLookup lookup;

    private NativeFunctions(String library, SymbolLookup lookup) {
        this.library = library;
        this.lookup = lookup;
    }

    /**
     * Loads {@code library} (a file name the dynamic loader finds, or an absolute path). On macOS 11+ system
     * frameworks live only in the dyld shared cache; dlopen still accepts their classic paths, which is why
     * this passes the name through as a string instead of checking a file.
     *
     * @throws ObjcException when the library cannot be loaded
     */
    public static NativeFunctions load(String library) {
        try {
            return new NativeFunctions(library, SymbolLookup.libraryLookup(library, Arena.global()));
        } catch (IllegalArgumentException e) {
            throw new ObjcException("cannot load " + library + ": " + e.getMessage(), e);
        }
    }

    /** The address of {@code symbol}. @throws ObjcException when the library does not define it */
    public MemorySegment symbol(String symbol) {
        return lookup.find(symbol).orElseThrow(() -> new ObjcException(library + " has no symbol " + symbol));
    }

    /** Whether the library defines {@code symbol} (APIs that only newer OS versions have). */
    public boolean has(String symbol) {
        return lookup.find(symbol).isPresent();
    }

    /** A downcall to {@code symbol}. @throws ObjcException when the library does not define it */
    public MethodHandle function(String symbol, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(symbol), descriptor);
    }

    /** The value of a global pointer variable such as {@code extern NSString *const AVMediaTypeVideo}. */
    public MemorySegment pointerConstant(String symbol) {
        return symbol(symbol).reinterpret(ValueLayout.ADDRESS.byteSize()).get(ValueLayout.ADDRESS, 0);
    }

    /** A downcall to whatever address is passed first, for calling IMPs and block invoke pointers. */
    static MethodHandle indirect(FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(descriptor);
    }

    static MethodHandle at(MemorySegment address, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(address, descriptor);
    }

    @Override
    public String toString() {
        return library;
    }
}
