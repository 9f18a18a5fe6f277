package io.mediacapture.macos.objc;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Apple's Objective-C runtime, {@code /usr/lib/libobjc.A.dylib}. Sends go through {@code objc_msgSend}, linked
 * once per exact signature (a trampoline that jumps to the method with the arguments untouched), or through
 * {@code objc_msgSend_stret} where {@link StructReturn} says so. Autorelease pools are the runtime's own
 * {@code objc_autoreleasePoolPush/Pop}, the calls {@code @autoreleasepool} compiles to.
 *
 * <p>Never run: this class has not been executed on macOS; see the module README.
 */
public final class AppleObjcRuntime extends AbstractObjcRuntime {
    /** Where macOS keeps the runtime (in the dyld shared cache on macOS 11+; dlopen resolves the path). */
    public static final String LIBRARY = "/usr/lib/libobjc.A.dylib";

    private final StructReturn.Arch arch;
    private final MemorySegment msgSend;
    private final MemorySegment msgSendStret; // NULL on arm64, where it does not exist
    private final MethodHandle lookUpClass;
    private final MethodHandle objectGetClass;
    private final MethodHandle poolPush;
    private final MethodHandle poolPop;

    private AppleObjcRuntime(NativeFunctions lib, StructReturn.Arch arch) {
        super(lib);
        this.arch = arch;
        this.msgSend = lib.symbol("objc_msgSend");
        this.msgSendStret = arch == StructReturn.Arch.X86_64 ? lib.symbol("objc_msgSend_stret") : MemorySegment.NULL;
        this.lookUpClass = lib.function("objc_lookUpClass", FunctionDescriptor.of(ADDRESS, ADDRESS));
        this.objectGetClass = lib.function("object_getClass", FunctionDescriptor.of(ADDRESS, ADDRESS));
        this.poolPush = lib.function("objc_autoreleasePoolPush", FunctionDescriptor.of(ADDRESS));
        this.poolPop = lib.function("objc_autoreleasePoolPop", FunctionDescriptor.ofVoid(ADDRESS));
    }

    /** Loads the runtime. @throws ObjcException when it is not there (any OS but macOS) */
    public static AppleObjcRuntime load() {
        return new AppleObjcRuntime(NativeFunctions.load(LIBRARY), StructReturn.Arch.current());
    }

    @Override
    public String name() {
        return "apple";
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
        try {
            return (MemorySegment) objectGetClass.invokeExact(object);
        } catch (Throwable t) {
            throw rethrow("object_getClass", t);
        }
    }

    @Override
    protected MethodHandle linkSend(FunctionDescriptor signature) {
        MemorySegment entry = StructReturn.needsStret(signature, arch) ? msgSendStret : msgSend;
        return NativeFunctions.at(entry, signature);
    }

    @Override
    public MemorySegment pushAutoreleasePool() {
        try {
            return (MemorySegment) poolPush.invokeExact();
        } catch (Throwable t) {
            throw rethrow("objc_autoreleasePoolPush", t);
        }
    }

    @Override
    public void popAutoreleasePool(MemorySegment token) {
        try {
            poolPop.invokeExact(token);
        } catch (Throwable t) {
            throw rethrow("objc_autoreleasePoolPop", t);
        }
    }
}
