package io.mediacapture.benchmarks;

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

    private ProcessMeter() {}

    /** CPU time (user + system) of this process in nanoseconds. */
    static long cpuNanos() {
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
