package io.mediacapture.macos.objc;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Objective-C class defined at run time from Java: {@code objc_allocateClassPair}, one
 * {@code class_addMethod} per method with an upcall stub as its IMP, {@code objc_registerClassPair}.
 *
 * <p>Lifetime: a registered class cannot be removed while any instance might exist, so a class and its
 * upcall stubs live as long as the process (global arena), and each name is defined once per runtime and
 * then reused. If the name is already taken by a class this loader did not define (a second copy of this
 * library in another class loader), a numbered suffix is added.
 */
public final class RuntimeClass {
    private static final Map<String, MemorySegment> DEFINED = new ConcurrentHashMap<>();

    private final Objc objc;
    private final String name;
    private final String superclass;
    private final List<Method> methods = new ArrayList<>();

    private record Method(String selector, String types, MethodHandle target, FunctionDescriptor descriptor) {}

    private RuntimeClass(Objc objc, String name, String superclass) {
        this.objc = objc;
        this.name = name;
        this.superclass = superclass;
    }

    /** Starts a class called {@code name} deriving from {@code superclass} (NSObject for delegates). */
    public static RuntimeClass define(Objc objc, String name, String superclass) {
        return new RuntimeClass(objc, name, superclass);
    }

    /**
     * Adds an instance method.
     *
     * @param types      the Objective-C type encoding, e.g. {@code "v@:@^v@"} (void; self, _cmd, id, void*, id)
     * @param target     the Java implementation; its parameters are (self, _cmd, args...)
     * @param descriptor the C signature, matching {@code types}
     */
    public RuntimeClass method(String selector, String types, MethodHandle target, FunctionDescriptor descriptor) {
        methods.add(new Method(selector, types, target, descriptor));
        return this;
    }

    /**
     * Registers the class (once per runtime and name) and returns it.
     *
     * @throws ObjcException when the superclass is missing or a method cannot be added
     */
    public synchronized MemorySegment register() {
        String key = objc.runtime().name() + ":" + name;
        return DEFINED.computeIfAbsent(key, k -> create());
    }

    private MemorySegment create() {
        MemorySegment superCls = objc.cls(superclass);
        MemorySegment cls = MemorySegment.NULL;
        String actual = name;
        for (int n = 2; cls.equals(MemorySegment.NULL); n++) {
            cls = objc.runtime().allocateClassPair(superCls, actual);
            if (cls.equals(MemorySegment.NULL)) {
                if (n > 100) {
                    throw new ObjcException("cannot allocate an Objective-C class named " + name);
                }
                actual = name + "_" + n;
            }
        }
        for (Method m : methods) {
            MemorySegment imp = Upcalls.stub(m.target(), m.descriptor(), actual + " -" + m.selector(), Arena.global());
            if (!objc.runtime().addMethod(cls, objc.sel(m.selector()), imp, m.types())) {
                throw new ObjcException("class_addMethod(" + actual + ", " + m.selector() + ") refused");
            }
        }
        objc.runtime().registerClassPair(cls);
        return cls;
    }
}
