package io.mediacapture.macos.objc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime calls both runtimes spell the same way (the "modern" runtime API GCC's libobjc adopted in 4.6).
 * Subclasses supply message dispatch, class lookup that does not abort, and autorelease pools.
 */
abstract class AbstractObjcRuntime implements ObjcRuntime {
    protected final NativeFunctions lib;
    private final MethodHandle selRegisterName;
    private final MethodHandle classGetName;
    private final MethodHandle allocateClassPair;
    private final MethodHandle addMethod;
    private final MethodHandle registerClassPair;
    private final Map<FunctionDescriptor, MethodHandle> sends = new ConcurrentHashMap<>();

    AbstractObjcRuntime(NativeFunctions lib) {
        this.lib = lib;
        selRegisterName = lib.function("sel_registerName", FunctionDescriptor.of(ADDRESS, ADDRESS));
        classGetName = lib.function("class_getName", FunctionDescriptor.of(ADDRESS, ADDRESS));
        allocateClassPair = lib.function("objc_allocateClassPair",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG)); // extraBytes is a size_t
        addMethod = lib.function("class_addMethod", FunctionDescriptor.of(JAVA_BYTE, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        registerClassPair = lib.function("objc_registerClassPair", FunctionDescriptor.ofVoid(ADDRESS));
    }

    @Override
    public MemorySegment registerSelector(String name) {
        try (Arena a = Arena.ofConfined()) {
            return (MemorySegment) selRegisterName.invokeExact(CStrings.temporary(a, name));
        } catch (Throwable t) {
            throw rethrow("sel_registerName(" + name + ")", t);
        }
    }

    @Override
    public String className(MemorySegment cls) {
        try {
            return CStrings.read((MemorySegment) classGetName.invokeExact(cls));
        } catch (Throwable t) {
            throw rethrow("class_getName", t);
        }
    }

    @Override
    public MemorySegment allocateClassPair(MemorySegment superclass, String name) {
        try {
            // The name is kept for the life of the process: the runtime may keep the pointer (older GNU
            // releases did), and a class is never unregistered once registered.
            return (MemorySegment) allocateClassPair.invokeExact(superclass, CStrings.permanent(name), 0L);
        } catch (Throwable t) {
            throw rethrow("objc_allocateClassPair(" + name + ")", t);
        }
    }

    @Override
    public boolean addMethod(MemorySegment cls, MemorySegment selector, MemorySegment imp, String typeEncoding) {
        try {
            return (byte) addMethod.invokeExact(cls, selector, imp, CStrings.permanent(typeEncoding)) != 0;
        } catch (Throwable t) {
            throw rethrow("class_addMethod", t);
        }
    }

    @Override
    public void registerClassPair(MemorySegment cls) {
        try {
            registerClassPair.invokeExact(cls);
        } catch (Throwable t) {
            throw rethrow("objc_registerClassPair", t);
        }
    }

    @Override
    public final MethodHandle messageSend(FunctionDescriptor signature) {
        List<MemoryLayout> args = signature.argumentLayouts();
        if (args.size() < 2 || !args.get(0).equals(ADDRESS) || !args.get(1).equals(ADDRESS)) {
            throw new IllegalArgumentException("a message send takes (receiver, selector, ...) as ADDRESS, ADDRESS; got "
                    + signature);
        }
        return sends.computeIfAbsent(signature, this::linkSend);
    }

    /** Links a send of one exact signature; called once per signature. */
    protected abstract MethodHandle linkSend(FunctionDescriptor signature);

    static ObjcException rethrow(String what, Throwable t) {
        if (t instanceof ObjcException o) {
            return o;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new ObjcException(what + " failed: " + t, t);
    }
}
