package io.mediacapture.windows.com;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test stand-in for CoTaskMemFree: libc's malloc and free, counting frees, so that tests can check
 * that callee-allocated memory is freed exactly once with a real allocator (a double free aborts).
 */
public final class LibcAllocator implements ComAllocator {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle MALLOC = LINKER.downcallHandle(LINKER.defaultLookup().find("malloc").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle FREE = LINKER.downcallHandle(LINKER.defaultLookup().find("free").orElseThrow(),
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

    public final AtomicInteger frees = new AtomicInteger();

    public MemorySegment malloc(long bytes) {
        try {
            MemorySegment p = (MemorySegment) MALLOC.invokeExact(bytes);
            return p.reinterpret(bytes);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** A malloc'ed copy of {@code s} as a UTF-16 string, as a callee returning LPWSTR would make. */
    public MemorySegment wideString(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        MemorySegment m = malloc(b.length + 2L);
        MemorySegment.copy(b, 0, m, ValueLayout.JAVA_BYTE, 0, b.length);
        m.set(ValueLayout.JAVA_SHORT_UNALIGNED, b.length, (short) 0);
        return m;
    }

    @Override
    public void free(MemorySegment block) {
        if (block == null || block.equals(MemorySegment.NULL)) {
            return;
        }
        frees.incrementAndGet();
        try {
            FREE.invokeExact(block);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
