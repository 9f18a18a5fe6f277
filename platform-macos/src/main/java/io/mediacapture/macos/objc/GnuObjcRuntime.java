package io.mediacapture.macos.objc;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * GCC's Objective-C runtime ({@code libobjc.so.4}, Debian package libobjc4), used to run the bridge on Linux.
 * It has no objc_msgSend: a send looks the method up with {@code objc_msg_lookup(receiver, selector)}, which
 * returns the IMP (a plain C function, or a nil-method returning zero for a nil receiver), and then calls the
 * IMP with the same arguments. Struct returns therefore follow the plain C ABI, with no stret variant.
 *
 * <p>libobjc4 has no autorelease pools (they belong to a Foundation such as GNUstep base); the pool
 * calls are accepted and do nothing. {@code object_getClass} is an inline function in GNU's headers; this
 * reads the isa word it reads.
 */
public final class GnuObjcRuntime extends AbstractObjcRuntime {
    /** The soname Debian's libobjc4 installs. */
    public static final String LIBRARY = "libobjc.so.4";

    private final MethodHandle msgLookup;
    private final MethodHandle lookUpClass;

    private GnuObjcRuntime(NativeFunctions lib) {
        super(lib);
        this.msgLookup = lib.function("objc_msg_lookup", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        this.lookUpClass = lib.function("objc_lookUpClass", FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /** Loads the runtime. @throws ObjcException when libobjc.so.4 is not installed */
    public static GnuObjcRuntime load() {
        return new GnuObjcRuntime(NativeFunctions.load(LIBRARY));
    }

    @Override
    public String name() {
        return "gnu";
    }

    @Override
    public MemorySegment lookUpClass(String name) {
        try (Arena a = Arena.ofConfined()) {
            return (MemorySegment) lookUpClass.invokeExact(CStrings.temporary(a, name));
        } catch (Throwable t) {
            throw rethrow("objc_lookUpClass(" + name + ")", t);
        }
    }

    @Override
    public MemorySegment objectClass(MemorySegment object) {
        if (object.equals(MemorySegment.NULL)) {
            return MemorySegment.NULL;
        }
        return object.reinterpret(ValueLayout.ADDRESS.byteSize()).get(ValueLayout.ADDRESS, 0);
    }

    /**
     * {@code (imp, [allocator,] receiver, selector, args...)} folded with the lookup into
     * {@code ([allocator,] receiver, selector, args...)}.
     */
    @Override
    protected MethodHandle linkSend(FunctionDescriptor signature) {
        MethodHandle call = NativeFunctions.indirect(signature);
        boolean structReturn = signature.returnLayout().filter(l -> l instanceof GroupLayout).isPresent();
        if (!structReturn) {
            return MethodHandles.foldArguments(call, msgLookup);
        }
        // The linker puts the target address before the allocator; swap them so the lookup's
        // (receiver, selector) follow the position the IMP is inserted at.
        MethodType t = call.type();
        MethodType swapped = t.changeParameterType(0, SegmentAllocator.class).changeParameterType(1, MemorySegment.class);
        int[] order = new int[t.parameterCount()];
        order[0] = 1;
        order[1] = 0;
        for (int i = 2; i < order.length; i++) {
            order[i] = i;
        }
        MethodHandle allocatorFirst = MethodHandles.permuteArguments(call, swapped, order);
        return MethodHandles.foldArguments(allocatorFirst, 1, msgLookup);
    }

    @Override
    public MemorySegment pushAutoreleasePool() {
        return MemorySegment.NULL;
    }

    @Override
    public void popAutoreleasePool(MemorySegment token) {
        // nothing to drain: see the class comment
    }
}
