package io.mediacapture.windows.com;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A COM interface implemented in Java (IMFSourceReaderCallback, IMMNotificationClient): one vtable of
 * upcall stubs per interface, shared by all its objects, with QueryInterface/AddRef/Release done here.
 *
 * <p>Native code finds the Java object from {@code this}: each object is a small native block whose first
 * word points at the vtable, registered by address while its reference count is above zero. The stubs
 * live in the global arena, because a stub cannot free itself while it returns from the final Release;
 * only the 16-byte object block is freed, when its count reaches zero, exactly like {@code delete this}.
 *
 * <p>Every upcall catches Throwable: a failing Java method returns {@code E_UNEXPECTED} to its caller and
 * the error is logged; it never unwinds into native frames. Calls on an address that is not (or no longer)
 * a live object answer {@code E_UNEXPECTED} rather than touching freed memory.
 *
 * @param <T> the Java type that implements the methods
 */
public final class JavaComClass<T> {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.com");
    private static final Map<Long, Instance> LIVE = new ConcurrentHashMap<>();
    /** Blocks whose arena could not be closed inside the final Release (a scope still acquired); freed later. */
    private static final Queue<Arena> DEFERRED = new ConcurrentLinkedQueue<>();
    private static final AtomicLong FREED = new AtomicLong();
    private static final AtomicLong FAILURES = new AtomicLong();
    private static final MethodHandle DISPATCH;
    private static final MemorySegment QI_STUB;
    private static final MemorySegment ADD_REF_STUB;
    private static final MemorySegment RELEASE_STUB;

    static {
        try {
            var lookup = MethodHandles.lookup();
            Linker linker = Linker.nativeLinker();
            DISPATCH = lookup.findStatic(JavaComClass.class, "dispatch",
                    MethodType.methodType(int.class, JavaComClass.class, int.class, MemorySegment.class, Object[].class));
            QI_STUB = linker.upcallStub(lookup.findStatic(JavaComClass.class, "queryInterface",
                            MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class, MemorySegment.class)),
                    IUnknown.QUERY_INTERFACE.descriptor(), Arena.global());
            ADD_REF_STUB = linker.upcallStub(lookup.findStatic(JavaComClass.class, "addRef",
                    MethodType.methodType(int.class, MemorySegment.class)), IUnknown.ADD_REF.descriptor(), Arena.global());
            RELEASE_STUB = linker.upcallStub(lookup.findStatic(JavaComClass.class, "release",
                    MethodType.methodType(int.class, MemorySegment.class)), IUnknown.RELEASE.descriptor(), Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The body of one method; {@code args} are the C arguments after {@code this}. Returns an HRESULT. */
    @FunctionalInterface
    public interface Handler<T> {
        int handle(T impl, Object[] args) throws Throwable;
    }

    /** One method after the IUnknown three, in vtable order. */
    public record Method<T>(ComMethod signature, Handler<T> handler) {
        public Method {
            Objects.requireNonNull(signature);
            Objects.requireNonNull(handler);
        }
    }

    private record Instance(JavaComClass<?> cls, Object impl, AtomicInteger refs, Arena block) {
    }

    private final String name;
    private final Set<Guid> iids;
    private final List<Method<T>> methods;
    private final MemorySegment vtable;

    /**
     * @param iids    the interfaces it answers QueryInterface for, besides IUnknown (the interface and its bases)
     * @param methods its own methods, slot 3 onwards, in order
     */
    public JavaComClass(String name, Set<Guid> iids, List<Method<T>> methods) {
        this.name = name;
        this.iids = Set.copyOf(iids);
        this.methods = List.copyOf(methods);
        for (int i = 0; i < this.methods.size(); i++) {
            if (this.methods.get(i).signature().slot() != IUnknown.FIRST_OWN_SLOT + i) {
                throw new IllegalArgumentException(name + ": method " + this.methods.get(i).signature()
                        + " is listed at slot " + (IUnknown.FIRST_OWN_SLOT + i));
            }
        }
        this.vtable = buildVtable();
    }

    private MemorySegment buildVtable() {
        int slots = IUnknown.FIRST_OWN_SLOT + methods.size();
        MemorySegment vt = Arena.global().allocate(MemoryLayout.sequenceLayout(slots, ValueLayout.ADDRESS));
        vt.setAtIndex(ValueLayout.ADDRESS, 0, QI_STUB);
        vt.setAtIndex(ValueLayout.ADDRESS, 1, ADD_REF_STUB);
        vt.setAtIndex(ValueLayout.ADDRESS, 2, RELEASE_STUB);
        for (int i = 0; i < methods.size(); i++) {
            FunctionDescriptor d = methods.get(i).signature().descriptor();
            int nargs = d.argumentLayouts().size() - 1;
            MethodHandle h = MethodHandles.insertArguments(DISPATCH, 0, this, i)
                    .asCollector(Object[].class, nargs)
                    .asType(d.toMethodType());
            vt.setAtIndex(ValueLayout.ADDRESS, IUnknown.FIRST_OWN_SLOT + i,
                    Linker.nativeLinker().upcallStub(h, d, Arena.global()));
        }
        return vt;
    }

    /**
     * A new object backed by {@code impl}, with a reference count of one, owned by the returned reference.
     * Hand it to native code as a {@link ComRef} argument; the callee takes references of its own.
     */
    public ComRef create(T impl) {
        Objects.requireNonNull(impl, "impl");
        freeDeferred();
        Arena block = Arena.ofShared();
        MemorySegment self = block.allocate(16, 16);
        self.set(ValueLayout.ADDRESS, 0, vtable);
        LIVE.put(self.address(), new Instance(this, impl, new AtomicInteger(1), block));
        return ComRef.adopt(self, name);
    }

    /** The current reference count of a live object, or 0 when it was freed (tests, diagnostics). */
    public static int referenceCount(long address) {
        Instance i = LIVE.get(address);
        return i == null ? 0 : i.refs().get();
    }

    /** How many object blocks have been freed so far (tests: a released object gives its memory back). */
    static long freedBlocks() {
        freeDeferred();
        return FREED.get();
    }

    /**
     * Frees an object's block, or, when some caller still holds the block's scope (it passed a segment of
     * the block itself, not its address, to a downcall that is still on the stack), queues it and frees
     * it on the next {@link #create}. No Release path ever throws for this.
     */
    private static void free(Arena block) {
        try {
            block.close();
            FREED.incrementAndGet();
        } catch (IllegalStateException stillAcquired) {
            DEFERRED.add(block);
        }
    }

    private static void freeDeferred() {
        for (int i = DEFERRED.size(); i > 0; i--) {
            Arena a = DEFERRED.poll();
            if (a == null) {
                return;
            }
            free(a);
        }
    }

    /** How many Java-implemented objects are alive (tests: leaks). */
    public static int liveObjects() {
        return LIVE.size();
    }

    @Override
    public String toString() {
        return "JavaComClass[" + name + "]";
    }

    // ---- upcalls: every one catches Throwable ---------------------------------------------------------

    private static int queryInterface(MemorySegment self, MemorySegment riid, MemorySegment ppv) {
        try {
            if (ppv.equals(MemorySegment.NULL)) {
                return HResult.E_POINTER;
            }
            MemorySegment out = ppv.reinterpret(ValueLayout.ADDRESS.byteSize());
            out.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            Instance inst = LIVE.get(self.address());
            if (inst == null || riid.equals(MemorySegment.NULL)) {
                return inst == null ? HResult.E_UNEXPECTED : HResult.E_POINTER;
            }
            Guid iid = Guid.read(riid);
            if (!iid.equals(IUnknown.IID) && !inst.cls().iids.contains(iid)) {
                return HResult.E_NOINTERFACE;
            }
            inst.refs().incrementAndGet();
            out.set(ValueLayout.ADDRESS, 0, self);
            return HResult.S_OK;
        } catch (Throwable t) {
            return failed("QueryInterface", t);
        }
    }

    private static int addRef(MemorySegment self) {
        try {
            Instance inst = LIVE.get(self.address());
            return inst == null ? 0 : inst.refs().incrementAndGet();
        } catch (Throwable t) {
            failed("AddRef", t);
            return 0;
        }
    }

    private static int release(MemorySegment self) {
        try {
            Instance inst = LIVE.get(self.address());
            if (inst == null) {
                LOG.log(System.Logger.Level.WARNING, "Release on a COM object that no longer exists at 0x"
                        + Long.toHexString(self.address()));
                return 0;
            }
            int n = inst.refs().decrementAndGet();
            if (n == 0 && LIVE.remove(self.address(), inst)) {
                free(inst.block());
            }
            return Math.max(n, 0);
        } catch (Throwable t) {
            failed("Release", t);
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static int dispatch(JavaComClass<?> cls, int index, MemorySegment self, Object[] args) {
        try {
            Instance inst = LIVE.get(self.address());
            if (inst == null || inst.cls() != cls) {
                return HResult.E_UNEXPECTED;
            }
            Method<Object> m = (Method<Object>) cls.methods.get(index);
            return m.handler().handle(inst.impl(), args);
        } catch (Throwable t) {
            return failed(cls.name + "::" + cls.methods.get(index).signature().method(), t);
        }
    }

    /** How many upcalls have failed with an exception so far (tests). */
    static long upcallFailures() {
        return FAILURES.get();
    }

    private static int failed(String what, Throwable t) {
        FAILURES.incrementAndGet();
        try {
            LOG.log(System.Logger.Level.ERROR, "Java implementation of " + what + " failed", t);
        } catch (Throwable ignored) {
            // logging itself failed (out of memory?): nothing more can be done inside an upcall
        }
        return HResult.E_UNEXPECTED;
    }
}
