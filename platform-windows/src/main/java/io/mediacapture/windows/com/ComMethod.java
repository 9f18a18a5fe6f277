package io.mediacapture.windows.com;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One method of a COM interface: its vtable slot and C signature. Calling it reads the function pointer
 * from the object's vtable ({@code (*this)->lpVtbl[slot]}) and calls it with {@code this} first, through
 * a downcall handle made once per method with the platform's native calling convention (Win64 on
 * Windows; on other OSes the host's, which is what the tests on Linux exercise).
 *
 * <p>Immutable and thread-safe. Slot numbers and names are checked against the MinGW-w64 headers: the
 * interface name plus "Vtbl" is the C vtable struct, the method name its member.
 */
public final class ComMethod {
    private final String iface;
    private final String method;
    private final int slot;
    private final FunctionDescriptor descriptor;
    private volatile MethodHandle handle;

    private ComMethod(String iface, String method, int slot, FunctionDescriptor descriptor) {
        this.iface = Objects.requireNonNull(iface);
        this.method = Objects.requireNonNull(method);
        if (slot < 0) {
            throw new IllegalArgumentException("negative vtable slot " + slot + " for " + iface + "::" + method);
        }
        this.slot = slot;
        this.descriptor = descriptor;
    }

    /**
     * A method returning HRESULT (nearly all of them).
     *
     * @param args the layouts of the arguments after {@code this}
     */
    public static ComMethod hr(String iface, String method, int slot, MemoryLayout... args) {
        List<MemoryLayout> all = new ArrayList<>();
        all.add(WinTypes.POINTER);
        all.addAll(List.of(args));
        return new ComMethod(iface, method, slot, FunctionDescriptor.of(WinTypes.HRESULT, all.toArray(MemoryLayout[]::new)));
    }

    /** A method returning ULONGLONG (IMFExtendedCameraControl::GetCapabilities, GetFlags), not an HRESULT. */
    public static ComMethod u64(String iface, String method, int slot) {
        return new ComMethod(iface, method, slot, FunctionDescriptor.of(WinTypes.UINT64, WinTypes.POINTER));
    }

    /** A method returning ULONG (AddRef, Release), whose result is not an HRESULT. */
    public static ComMethod ulong(String iface, String method, int slot) {
        return new ComMethod(iface, method, slot, FunctionDescriptor.of(WinTypes.DWORD, WinTypes.POINTER));
    }

    public String iface() {
        return iface;
    }

    public String method() {
        return method;
    }

    public int slot() {
        return slot;
    }

    /** The C signature, {@code this} included. */
    public FunctionDescriptor descriptor() {
        return descriptor;
    }

    /** Whether the result is an HRESULT (as opposed to AddRef/Release's count). */
    public boolean returnsHResult() {
        return !method.equals("AddRef") && !method.equals("Release")
                && descriptor.returnLayout().map(l -> l.byteSize() == 4).orElse(false);
    }

    @Override
    public String toString() {
        return iface + "::" + method;
    }

    /**
     * Calls the method on the raw interface pointer {@code self}; returns the raw result (HRESULT or count),
     * unchecked. Callers normally go through {@link ComRef}, which keeps {@code self} alive for the call.
     * {@link ComRef} arguments are passed as their pointers, each kept alive for the call.
     */
    public int invokeRaw(MemorySegment self, Object... args) {
        return NativeCall.invoke(handle(), arguments(self, args), toString());
    }

    /** {@link #invokeRaw} for a method returning ULONGLONG ({@link #u64}), the whole 64-bit result. */
    public long invokeRawLong(MemorySegment self, Object... args) {
        return NativeCall.invokeLong(handle(), arguments(self, args), toString());
    }

    private Object[] arguments(MemorySegment self, Object[] args) {
        if (self == null || self.equals(MemorySegment.NULL)) {
            throw new IllegalStateException(this + " called on a NULL interface pointer");
        }
        MemorySegment vtbl = self.reinterpret(WinTypes.POINTER.byteSize()).get(ValueLayout.ADDRESS, 0);
        if (vtbl.equals(MemorySegment.NULL)) {
            throw new IllegalStateException(this + ": the object at " + self + " has no vtable");
        }
        long at = slot * WinTypes.POINTER.byteSize();
        MemorySegment fn = vtbl.reinterpret(at + WinTypes.POINTER.byteSize()).get(ValueLayout.ADDRESS, at);
        if (fn.equals(MemorySegment.NULL)) {
            throw new IllegalStateException(this + ": vtable slot " + slot + " is NULL");
        }
        Object[] all = new Object[args.length + 2];
        all[0] = fn;
        all[1] = self;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            h = Linker.nativeLinker().downcallHandle(descriptor);
            handle = h;
        }
        return h;
    }
}
