package io.mediacapture.macos.objc;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The seam between this backend and an Objective-C runtime: everything the bridge needs from the runtime,
 * and nothing else. {@link AppleObjcRuntime} (libobjc.A.dylib) serves macOS; {@link GnuObjcRuntime} (GCC's
 * libobjc, Debian package libobjc4) lets the same bridge logic run on Linux in tests.
 *
 * <p>Pointers are {@link MemorySegment}s of size zero; {@link MemorySegment#NULL} stands for nil / NULL.
 * All methods are thread-safe (both runtimes lock internally).
 */
public interface ObjcRuntime {

    /** "apple" or "gnu", for messages. */
    String name();

    /** The registered class called {@code name}, or NULL when there is none (never aborts, unlike objc_getClass on GNU). */
    MemorySegment lookUpClass(String name);

    /** The selector called {@code name}, registering it if new. */
    MemorySegment registerSelector(String name);

    /** The name of a class. */
    String className(MemorySegment cls);

    /** The class of an object (its isa), or NULL for nil. */
    MemorySegment objectClass(MemorySegment object);

    /** A new, not yet registered class pair, or NULL when the name is taken. */
    MemorySegment allocateClassPair(MemorySegment superclass, String name);

    /** Adds an instance method; false when the class already has one for that selector. */
    boolean addMethod(MemorySegment cls, MemorySegment selector, MemorySegment imp, String typeEncoding);

    /** Makes a class allocated with {@link #allocateClassPair} usable. */
    void registerClassPair(MemorySegment cls);

    /**
     * A message send of exactly this C signature. {@code signature}'s first two arguments must be the receiver
     * and the selector (both ADDRESS); the handle's type is then {@code (MemorySegment receiver, MemorySegment
     * selector, args...)}, with a leading {@link java.lang.foreign.SegmentAllocator} when the return layout is a
     * struct. Implementations link one downcall per distinct signature and never a variadic one, because
     * arm64 passes variadic arguments on the stack while a method's implementation expects them in registers.
     */
    MethodHandle messageSend(FunctionDescriptor signature);

    /** Pushes an autorelease pool on the calling thread; the token goes back to {@link #popAutoreleasePool}. */
    MemorySegment pushAutoreleasePool();

    /** Pops the pool {@code token} and everything pushed after it, on the thread that pushed it. */
    void popAutoreleasePool(MemorySegment token);
}
