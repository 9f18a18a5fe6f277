package io.mediacapture.windows.com;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Set;

/**
 * A COM interface defined only for tests ("ICounter"), implemented in Java and called back through the same
 * vtable path the backends use for Windows' own objects. Slots: 3 Add(int), 4 Get(int*), 5 Fail(HRESULT),
 * 6 Throw(), 7 GiveObject(IUnknown**) which leaves an object in the out slot and fails.
 */
final class TestInterface {
    static final Guid IID = Guid.parse("{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}");
    static final ComMethod ADD = ComMethod.hr("ICounter", "Add", 3, WinTypes.DWORD);
    static final ComMethod GET = ComMethod.hr("ICounter", "Get", 4, WinTypes.POINTER);
    static final ComMethod FAIL = ComMethod.hr("ICounter", "Fail", 5, WinTypes.DWORD);
    static final ComMethod THROW = ComMethod.hr("ICounter", "Throw", 6);
    static final ComMethod GIVE_AND_FAIL = ComMethod.hr("ICounter", "GiveAndFail", 7, WinTypes.POINTER);

    /** The Java side of the object. */
    static final class Counter {
        final java.util.concurrent.atomic.AtomicInteger value = new java.util.concurrent.atomic.AtomicInteger();
        volatile ComRef toGive;
        volatile Runnable onAdd = () -> { };
    }

    static final JavaComClass<Counter> CLASS = new JavaComClass<>("ICounter", Set.of(IID), List.of(
            new JavaComClass.Method<>(ADD, (c, a) -> {
                c.onAdd.run();
                c.value.addAndGet((int) a[0]);
                return HResult.S_OK;
            }),
            new JavaComClass.Method<>(GET, (c, a) -> {
                ((MemorySegment) a[0]).reinterpret(4).set(ValueLayout.JAVA_INT, 0, c.value.get());
                return HResult.S_OK;
            }),
            new JavaComClass.Method<>(FAIL, (c, a) -> (int) a[0]),
            new JavaComClass.Method<>(THROW, (c, a) -> {
                throw new IllegalStateException("thrown inside an upcall on purpose");
            }),
            new JavaComClass.Method<>(GIVE_AND_FAIL, (c, a) -> {
                // A misbehaving callee: hands out a reference and reports failure anyway.
                ComRef extra = c.toGive.share();
                ((MemorySegment) a[0]).reinterpret(8).set(ValueLayout.ADDRESS, 0, MemorySegment.ofAddress(extra.address()));
                return HResult.E_FAIL;
            })));

    private TestInterface() {
    }
}
