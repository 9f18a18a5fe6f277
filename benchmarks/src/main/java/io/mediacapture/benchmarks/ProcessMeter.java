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
 * the capture thread and the consumer alike, with the C client's clock (CLOCK_PROCESS_CPUTIME_ID).
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

    /**
     * CPU nanoseconds of every live thread of this process by thread name (Linux: /proc/self/task/N/schedstat,
     * native threads included, threads of the same name added up), or an empty map elsewhere.
     */
    static java.util.Map<String, Long> cpuNanosByThread() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) list::iterator) {
                try {
                    String name = java.nio.file.Files.readString(t.resolve("comm")).trim();
                    String stat = java.nio.file.Files.readString(t.resolve("schedstat")).trim();
                    long ns = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                    // Threads PipeWire starts keep the process name: tell them apart by thread id.
                    out.merge(name.equals("java") ? name + "#" + t.getFileName() : name, ns, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return java.util.Map.of();
        }
        return out;
    }
}
