package io.mediacapture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.testing.Await;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FrameLifetimeTest {

    @Test
    void planeViewsFailAfterCloseAndTheBufferIsReleasedOnce() {
        AtomicInteger released = new AtomicInteger();
        MemorySegment mem = Arena.ofAuto().allocate(4 * 4 * 4);
        mem.set(ValueLayout.JAVA_BYTE, 0, (byte) 7);
        VideoFrame f = FrameBuffer.wrap(mem, released::incrementAndGet).toVideoFrame(
                VideoFrameLayout.of(VideoPixelFormat.RGBA, 4, 4, new long[] {0}, new int[] {16}), 1000, 33_333);
        MemorySegment view = f.plane(0);
        assertEquals(7, view.get(ValueLayout.JAVA_BYTE, 0));
        assertTrue(view.isReadOnly());
        VideoFrame c = f.clone();
        f.close();
        f.close();
        assertEquals(0, released.get(), "the clone still holds the buffer");
        assertThrows(IllegalStateException.class, () -> view.get(ValueLayout.JAVA_BYTE, 0));
        assertThrows(IllegalStateException.class, () -> f.plane(0));
        assertThrows(IllegalStateException.class, () -> f.copyTo(new byte[64]));
        assertThrows(IllegalStateException.class, f::clone);
        assertEquals(7, c.plane(0).get(ValueLayout.JAVA_BYTE, 0));
        c.close();
        assertEquals(1, released.get());
    }

    @Test
    void copyToPacksRowsAndChecksTheDestination() {
        MemorySegment mem = Arena.ofAuto().allocate(3 * 8);
        for (int i = 0; i < 24; i++) {
            mem.set(ValueLayout.JAVA_BYTE, i, (byte) i);
        }
        // 2x3 RGBX-sized rows? use 1 byte/px RGBA at width 1: rows of 4 bytes with stride 8
        try (VideoFrame f = FrameBuffer.wrap(mem, () -> {}).toVideoFrame(
                VideoFrameLayout.of(VideoPixelFormat.RGBA, 1, 3, new long[] {0}, new int[] {8}), 0, -1)) {
            byte[] out = new byte[12];
            assertEquals(12, f.copyTo(out));
            assertEquals(8, out[4]);
            assertEquals(16, out[8]);
            assertThrows(IllegalArgumentException.class, () -> f.copyTo(new byte[11]));
        }
    }

    @Test
    void planesThatDoNotFitAreRejected() {
        MemorySegment mem = Arena.ofAuto().allocate(100);
        assertThrows(IllegalArgumentException.class, () -> FrameBuffer.wrap(mem, () -> {}).toVideoFrame(
                VideoFrameLayout.of(VideoPixelFormat.I420, 10, 10, new long[] {0, 100, 125}, new int[] {10, 5, 5}), 0,
                -1));
        assertThrows(IllegalArgumentException.class, () -> FrameBuffer.wrap(mem, () -> {}).toVideoFrame(
                VideoFrameLayout.of(VideoPixelFormat.RGBA, 10, 1, new long[] {0}, new int[] {20}), 0, -1));
    }

    @Test
    void heapMemoryIsRefusedWhenWrapped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameBuffer.wrap(MemorySegment.ofArray(new byte[64]), () -> {}));
        assertTrue(e.getMessage().contains("Java heap"), e.getMessage());
    }

    @Test
    void audioCopyToConvertsOneChannelToFloat() {
        FrameBuffer buffer = FrameBuffer.allocate(3 * 2 * 2);
        MemorySegment m = buffer.memory();
        short[] samples = {16384, -16384, -32768, 0, 0, 32767};
        for (int i = 0; i < samples.length; i++) {
            m.set(ValueLayout.JAVA_SHORT_UNALIGNED, i * 2L, samples[i]);
        }
        try (AudioData a = buffer.toAudioData(AudioSampleFormat.S16, 48000, 3, 2, 5)) {
            float[] left = new float[3];
            float[] right = new float[3];
            a.copyTo(left, 0);
            a.copyTo(right, 1);
            assertEquals(0.5f, left[0]);
            assertEquals(-1f, left[1]);
            assertEquals(-0.5f, right[0]);
            assertEquals(32767 / 32768f, right[2]);
            assertEquals(63, a.duration());
            assertThrows(IllegalArgumentException.class, () -> a.copyTo(new float[2], 0));
            assertThrows(IllegalArgumentException.class, () -> a.copyTo(new float[3], 2));
        }
    }

    @Test
    void framesDroppedWithoutCloseAreReclaimedAndCounted() throws Exception {
        AtomicInteger released = new AtomicInteger();
        long before = FrameStatistics.reclaimedFrames();
        for (int i = 0; i < 10; i++) {
            FrameBuffer.wrap(Arena.ofAuto().allocate(16), released::incrementAndGet).toVideoFrame(
                    VideoFrameLayout.of(VideoPixelFormat.RGBA, 2, 2, new long[] {0}, new int[] {8}), 0, -1);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (released.get() < 10 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(10, released.get(), "unclosed frames give their buffers back");
        assertTrue(FrameStatistics.reclaimedFrames() - before >= 10);
    }

    @Test
    void steadyCaptureReusesPooledMemory() throws Exception {
        try (MediaDevices devices = MediaDevices.fake()) {
            MediaStreamTrack t = Await.result(devices.getUserMedia(java.util.Map.of("video", true))).getVideoTracks().get(0);
            try (MediaStreamTrackProcessor p = new MediaStreamTrackProcessor(t, 2)) {
                for (int i = 0; i < 5; i++) {
                    p.read(Duration.ofSeconds(5)).close();
                }
                long allocated = FrameStatistics.pooledAllocations();
                for (int i = 0; i < 20; i++) {
                    p.read(Duration.ofSeconds(5)).close();
                }
                assertTrue(FrameStatistics.pooledAllocations() - allocated <= 2,
                        "steady state reuses buffers; fresh allocations: " + (FrameStatistics.pooledAllocations() - allocated));
            } finally {
                t.stop();
            }
        }
    }
}
