package io.mediacapture.windows.com;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Owns exactly one reference to a COM interface pointer and gives it back ({@code IUnknown::Release})
 * exactly once: on {@link #close()}, or, if a call is under way on another thread at that moment, when
 * that call returns. Calls after close fail with {@link IllegalStateException} instead of touching a
 * released object.
 *
 * <p>Thread-safe. One owner closes it; any thread may call through it until then. Another owner who needs
 * the object for longer takes its own reference with {@link #share()}.
 */
public final class ComRef implements AutoCloseable {
    private static final long CLOSED = 1L << 62;

    private final MemorySegment pointer;
    private final String iface;
    /** CLOSED bit, plus the number of calls under way. */
    private final AtomicLong state = new AtomicLong();

    private ComRef(MemorySegment pointer, String iface) {
        this.pointer = pointer;
        this.iface = iface;
    }

    /**
     * Takes over a reference the caller owns (an out-parameter a COM method just filled in).
     *
     * @throws IllegalArgumentException when {@code pointer} is NULL
     */
    public static ComRef adopt(MemorySegment pointer, String iface) {
        if (pointer == null || pointer.equals(MemorySegment.NULL)) {
            throw new IllegalArgumentException("NULL " + iface + " pointer");
        }
        // By plain address: a segment that still carried its allocator's scope (a Java-implemented object's
        // block) would keep that scope acquired during every downcall it is passed to, Release included, and
        // the object could then not free its own block from inside that Release.
        return new ComRef(MemorySegment.ofAddress(pointer.address()).reinterpret(WinTypes.POINTER.byteSize()), iface);
    }

    /** Takes a new reference ({@code AddRef}) on a pointer borrowed from a caller, e.g. a callback argument. */
    public static ComRef retain(MemorySegment pointer, String iface) {
        ComRef r = adopt(pointer, iface);
        IUnknown.ADD_REF.invokeRaw(r.pointer);
        return r;
    }

    /**
     * Calls a method that fills in an interface pointer ({@code void**}), passing a fresh out-slot to
     * {@code call}, and adopts what it returned. If {@code call} fails but a misbehaving callee left a
     * pointer in the slot anyway, that reference is released before the failure propagates.
     *
     * @throws ComException E_POINTER when the call succeeded without returning a pointer
     */
    public static ComRef receive(String iface, String what, Consumer<MemorySegment> call) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment slot = a.allocate(ValueLayout.ADDRESS);
            slot.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            try {
                call.accept(slot);
            } catch (RuntimeException | Error e) {
                MemorySegment leaked = slot.get(ValueLayout.ADDRESS, 0);
                if (!leaked.equals(MemorySegment.NULL)) {
                    adopt(leaked, iface).close();
                }
                throw e;
            }
            MemorySegment p = slot.get(ValueLayout.ADDRESS, 0);
            if (p.equals(MemorySegment.NULL)) {
                throw new ComException(what + " returned no " + iface, HResult.E_POINTER);
            }
            return adopt(p, iface);
        }
    }

    public String iface() {
        return iface;
    }

    /** Calls a method and throws {@link ComException} when its HRESULT is a failure; returns the HRESULT. */
    public int call(ComMethod m, Object... args) {
        int r = callRaw(m, args);
        return m.returnsHResult() ? HResult.check(r, m.toString()) : r;
    }

    /** Calls a method and returns its raw result, failures included. */
    public int callRaw(ComMethod m, Object... args) {
        MemorySegment self = acquire();
        try {
            return m.invokeRaw(self, args);
        } finally {
            releaseCall();
        }
    }

    /** Calls a method returning ULONGLONG ({@link ComMethod#u64}) and returns that value. */
    public long callLong(ComMethod m, Object... args) {
        MemorySegment self = acquire();
        try {
            return m.invokeRawLong(self, args);
        } finally {
            releaseCall();
        }
    }

    /** {@code QueryInterface}: a new reference to another interface of the same object. */
    public ComRef query(Guid iid, String otherIface) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment riid = iid.allocate(a);
            return receive(otherIface, iface + "::QueryInterface(" + otherIface + ")",
                    out -> call(IUnknown.QUERY_INTERFACE, riid, out));
        }
    }

    /** A second, independent owner of the same object ({@code AddRef}). */
    public ComRef share() {
        MemorySegment self = acquire();
        try {
            return retain(self, iface);
        } finally {
            releaseCall();
        }
    }

    public boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }

    /** Gives the reference back. Idempotent. */
    @Override
    public void close() {
        long s;
        do {
            s = state.get();
            if ((s & CLOSED) != 0) {
                return;
            }
        } while (!state.compareAndSet(s, s | CLOSED));
        if (s == 0) {
            finalRelease();
        }
    }

    /** The raw pointer, kept valid until {@link #releaseCall()}. */
    MemorySegment acquire() {
        long s;
        do {
            s = state.get();
            if ((s & CLOSED) != 0) {
                throw new IllegalStateException(iface + " reference already released");
            }
        } while (!state.compareAndSet(s, s + 1));
        return pointer;
    }

    void releaseCall() {
        if (state.decrementAndGet() == CLOSED) {
            finalRelease(); // closed while this call ran: the last call out gives the reference back
        }
    }

    private void finalRelease() {
        IUnknown.RELEASE.invokeRaw(pointer);
    }

    /** The pointer's address, for diagnostics and for matching callback arguments. */
    public long address() {
        return pointer.address();
    }

    @Override
    public String toString() {
        return iface + "@0x" + Long.toHexString(pointer.address()) + (isClosed() ? " (released)" : "");
    }
}
