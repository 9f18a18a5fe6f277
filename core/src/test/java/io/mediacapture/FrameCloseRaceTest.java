package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.internal.frame.PendingViews;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Reading a frame on one thread while another closes it. The frames here wrap unscoped native memory that is unmapped
 * when the frame's buffer is released, as PipeWire's zero-copy buffers and macOS sample buffers are: a read that does
 * not go through a segment the close invalidates touches unmapped memory, and the JVM dies with SIGSEGV. Every read
 * must either finish or throw {@link IllegalStateException}.
 */
class FrameCloseRaceTest {
    private static final int ROUNDS = 400;
    private static final int SIDE = 512; // RGBA: 1 MiB, a copy long enough for the close to land inside it

    @Test
    void videoCopyToRacingCloseNeverCrashes() throws Exception {
        byte[] into = new byte[SIDE * SIDE * 4];
        race(() -> videoFrame(), f -> ((VideoFrame) f).copyTo(into));
    }

    @Test
    void videoByteAtRacingCloseNeverCrashes() throws Exception {
        race(() -> videoFrame(), f -> {
            VideoFrame v = (VideoFrame) f;
            for (int y = 0; y < SIDE; y += 2) {
                v.byteAt(0, y, y);
            }
        });
    }

    @Test
    void lentCloneReadsOnlyDuringTheLoan() {
        // A lent frame is confined to the lending thread, so no other thread can end the loan under clone(); what
        // must hold is that clone() reads through the loan's scope, so it fails after the loan instead of reading.
        MemorySegment memory = Arena.ofAuto().allocate(16 * 16 * 4);
        memory.set(ValueLayout.JAVA_BYTE, 5, (byte) 7);
        VideoFrame lent = VideoFrame.lendable(VideoPixelFormat.RGBA, 16, 16, new long[] {0}, new int[] {64});
        lent.beginLoan(memory, 0, -1);
        try (VideoFrame copy = lent.clone()) {
            assertEquals(7, copy.byteAt(0, 5, 0));
        }
        lent.endLoan();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, lent::clone);
    }

    @Test
    void audioCopyToRacingCloseNeverCrashes() throws Exception {
        float[] into = new float[SIDE * SIDE];
        race(() -> audioData(), a -> ((AudioData) a).copyTo(into, 0));
    }

    /**
     * Rounds of: one thread reads a fresh frame while this one closes it after a random short delay. Half the rounds
     * this thread took a plane view first (so the frame has views of another thread when it closes).
     */
    private static void race(java.util.function.Supplier<MediaFrame> make, Consumer<MediaFrame> read) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CyclicBarrier end = new CyclicBarrier(2);
        AtomicReference<MediaFrame> current = new AtomicReference<>();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Thread reader = Thread.ofPlatform().name("frame-reader").start(() -> {
            try {
                for (int i = 0; i < ROUNDS; i++) {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        read.accept(current.get());
                        completed.incrementAndGet();
                    } catch (IllegalStateException e) {
                        refused.incrementAndGet();
                    } catch (Throwable t) {
                        unexpected.compareAndSet(null, t);
                    }
                    end.await(10, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                unexpected.compareAndSet(null, e);
            }
            PendingViews.drainCurrentThread(); // in case a read left views of this thread behind
        });
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < ROUNDS; i++) {
            MediaFrame f = make.get();
            if (i % 2 == 0) {
                if (f instanceof VideoFrame v) {
                    v.plane(0);
                } else {
                    ((AudioData) f).plane(0);
                }
            }
            current.set(f);
            start.await(10, TimeUnit.SECONDS);
            long until = System.nanoTime() + random.nextLong(200_000);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            f.close();
            try {
                end.await(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.BrokenBarrierException e) {
                break; // the reader failed: reported below
            }
        }
        reader.join();
        if (unexpected.get() != null) {
            throw new AssertionError("a read racing close failed otherwise than with IllegalStateException",
                    unexpected.get());
        }
        assertEquals(ROUNDS, completed.get() + refused.get());
        // This thread took plane views; a frame whose last pin the reader dropped after this thread's close hands
        // their release back here (PendingViews), done the next time this thread touches a frame: in the last
        // rounds there is no next time, so drain as an application's next frame would.
        PendingViews.drainCurrentThread();
        assertTrue(Unmapped.live.get() == 0, "every frame's memory was released: " + Unmapped.live.get() + " left");
    }

    private static VideoFrame videoFrame() {
        return Unmapped.buffer(SIDE * SIDE * 4L).toVideoFrame(VideoFrameLayout.of(VideoPixelFormat.RGBA, SIDE, SIDE,
                new long[] {0}, new int[] {SIDE * 4}), 0, -1);
    }

    private static AudioData audioData() {
        return Unmapped.buffer(SIDE * SIDE * 4L).toAudioData(AudioSampleFormat.F32, 48_000, SIDE * SIDE, 1, 0);
    }

    /**
     * A test source's memory: unscoped (global) native memory, mapped for the frame and unmapped when its buffer is
     * released, so that touching it afterwards faults for certain. Falls back to malloc'd memory where mmap is not at
     * hand (freed memory then rarely faults, but the race is still exercised).
     */
    private static final class Unmapped {
        static final AtomicInteger live = new AtomicInteger();
        private static final Linker LINKER = Linker.nativeLinker();
        private static final boolean POSIX = !System.getProperty("os.name").startsWith("Windows");
        private static final boolean MAC = System.getProperty("os.name").startsWith("Mac");
        private static final MethodHandle MMAP = POSIX ? LINKER.downcallHandle(
                LINKER.defaultLookup().find("mmap").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG))
                : null;
        private static final MethodHandle MUNMAP = POSIX ? LINKER.downcallHandle(
                LINKER.defaultLookup().find("munmap").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG)) : null;
        private static final int PROT_READ_WRITE = 0x1 | 0x2;
        private static final int MAP_PRIVATE_ANONYMOUS = 0x02 | (MAC ? 0x1000 : 0x20);

        static FrameBuffer buffer(long bytes) {
            live.incrementAndGet();
            if (!POSIX) {
                Arena arena = Arena.ofShared();
                MemorySegment m = MemorySegment.ofAddress(arena.allocate(bytes).address()).reinterpret(bytes);
                return FrameBuffer.wrap(m, () -> {
                    arena.close();
                    live.decrementAndGet();
                });
            }
            try {
                MemorySegment m = ((MemorySegment) MMAP.invokeExact(MemorySegment.NULL, bytes, PROT_READ_WRITE,
                        MAP_PRIVATE_ANONYMOUS, -1, 0L)).reinterpret(bytes);
                if (m.address() == -1L) {
                    throw new IllegalStateException("mmap failed");
                }
                return FrameBuffer.wrap(m, () -> {
                    try {
                        int rc = (int) MUNMAP.invokeExact(m, bytes);
                        if (rc != 0) {
                            throw new IllegalStateException("munmap failed");
                        }
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                    live.decrementAndGet();
                });
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
