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

    /** {@link #cpuNanosByThread}'s name for the probe's main thread (it reads frames, or waits for a tap's count). */
    static final String MAIN = "main";

    private static final MethodHandle GETTID = Linker.nativeLinker().defaultLookup().find("gettid")
            .map(f -> Linker.nativeLinker().downcallHandle(f, FunctionDescriptor.of(ValueLayout.JAVA_INT)))
            .orElse(null);

    private ProcessMeter() {}

    /** The calling thread's Linux thread id, or -1 where there is none (so no thread is named after it). */
    static int currentTid() {
        try {
            return GETTID == null ? -1 : (int) GETTID.invokeExact();
        } catch (Throwable t) {
            return -1;
        }
    }

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

    /** A snapshot to take a difference from; {@code callerCpuNanos} is the CPU time of the thread that took it. */
    record Mark(long cpuNanos, long allocatedBytes, long wallNanos, long callerCpuNanos) {
        static Mark now() {
            return new Mark(ProcessMeter.cpuNanos(), ProcessMeter.allocatedBytes(), System.nanoTime(),
                    THREADS.getCurrentThreadCpuTime());
        }
    }

    /**
     * CPU nanoseconds of every live thread of this process by thread name (Linux: /proc/self/task/N/schedstat,
     * native threads included, threads of the same name added up), or an empty map elsewhere. Threads named after
     * the process ("java": the main thread and the native threads PipeWire starts) are told apart by thread id,
     * {@code mainTid}'s as {@value #MAIN}.
     */
    static java.util.Map<String, Long> cpuNanosByThread(int mainTid) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) list::iterator) {
                try {
                    String name = java.nio.file.Files.readString(t.resolve("comm")).trim();
                    String stat = java.nio.file.Files.readString(t.resolve("schedstat")).trim();
                    long ns = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                    // Threads PipeWire starts keep the process name: tell them apart by thread id.
                    String tid = t.getFileName().toString();
                    String key = !name.equals("java") ? name
                            : tid.equals(Integer.toString(mainTid)) ? MAIN : name + "#" + tid;
                    out.merge(key, ns, Long::sum);
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
