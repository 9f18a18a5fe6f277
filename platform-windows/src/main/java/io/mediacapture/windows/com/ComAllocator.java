package io.mediacapture.windows.com;

import java.lang.foreign.MemorySegment;

/**
 * Frees memory a callee allocated for the caller (strings and arrays returned through out-parameters).
 * On Windows that is {@code CoTaskMemFree}; tests on other OSes pass libc's {@code free} together with
 * memory from {@code malloc}, so the ownership rules are exercised with a real allocator.
 */
@FunctionalInterface
public interface ComAllocator {
    /** Frees {@code block}; NULL is ignored, as CoTaskMemFree does. */
    void free(MemorySegment block);
}
