package io.mediacapture.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;

/**
 * Whole-process CPU time and heap allocation (all threads, dead ones included), so a per-frame cost counts
 * the capture thread and the consumer alike, as getrusage(RUSAGE_SELF) does for the C client.
 */
final class ProcessMeter {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Linux clockid_t CLOCK_PROCESS_CPUTIME_ID. */
    private static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    // clock_gettime(CLOCK_PROCESS_CPUTIME_ID): nanosecond resolution. The MXBean's getProcessCpuTime() counts
    // clock ticks (10 ms), which over a few hundred frames is an error of tens of microseconds per frame.
    private static final MethodHandle CLOCK_GETTIME = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("clock_gettime").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    private ProcessMeter() {}

    /** CPU time (user + system) of this process in nanoseconds, as the C client's clock_gettime measures it. */
    static long cpuNanos() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16, 8); // struct timespec { time_t tv_sec; long tv_nsec; } on 64-bit Linux
            int rc = (int) CLOCK_GETTIME.invokeExact(CLOCK_PROCESS_CPUTIME_ID, ts);
            if (rc == 0) {
                return ts.get(ValueLayout.JAVA_LONG, 0) * 1_000_000_000L + ts.get(ValueLayout.JAVA_LONG, 8);
            }
        } catch (Throwable t) {
            // not Linux/64-bit: fall back to the MXBean below
        }
        return OS.getProcessCpuTime();
    }

    /** Bytes allocated on the heap by all threads since the JVM started. */
    static long allocatedBytes() {
        return THREADS.getTotalThreadAllocatedBytes();
    }

    /** A snapshot to take a difference from. */
    record Mark(long cpuNanos, long allocatedBytes, long wallNanos) {
        static Mark now() {
            return new Mark(ProcessMeter.cpuNanos(), ProcessMeter.allocatedBytes(), System.nanoTime());
        }
    }
}
