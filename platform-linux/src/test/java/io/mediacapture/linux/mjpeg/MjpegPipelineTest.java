package io.mediacapture.linux.mjpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.FrameStatistics;
import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The decode thread of MJPEG streams: every frame submitted arrives once, bad ones are discarded and counted. */
class MjpegPipelineTest {

    /** Records what a source delivers (the pipeline's consumer, as core's DeviceSource would be). */
    static final class Recorder implements SourceSink {
        final List<String> formats = new CopyOnWriteArrayList<>();
        final List<VideoColorSpace> colorSpaces = new CopyOnWriteArrayList<>();
        final List<Long> timestamps = new CopyOnWriteArrayList<>();
        final List<String> discarded = new CopyOnWriteArrayList<>();
        final AtomicInteger compressed = new AtomicInteger();
        volatile boolean keeps = true;

        @Override
        public void deliver(VideoFrame frame) {
            formats.add(frame.format() + " " + frame.codedWidth() + "x" + frame.codedHeight());
            colorSpaces.add(frame.colorSpace());
            timestamps.add(frame.timestamp());
            frame.close();
        }

        @Override
        public boolean keepsFrames() {
            return keeps;
        }

        @Override
        public void lend(MemorySegment memory, VideoPixelFormat format, int w, int h, long[] offsets, int[] strides,
                         long timestamp, long duration) {
            formats.add(format + " " + w + "x" + h + " lent");
            timestamps.add(timestamp);
        }

        @Override
        public void lend(MemorySegment memory, VideoFrameLayout layout, long timestamp, long duration) {
            colorSpaces.add(layout.colorSpace());
            SourceSink.super.lend(memory, layout, timestamp, duration); // records through the method above
        }

        @Override
        public void deliver(AudioData data) {
            data.close();
        }

        @Override
        public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                      long timestamp, long duration) {
            compressed.incrementAndGet();
            data.release();
        }

        @Override
        public void frameDiscarded(String why) {
            discarded.add(why);
            SourceSink.super.frameDiscarded(why);
        }

        @Override
        public void muted(boolean muted) {
        }

        @Override
        public void ended(BackendException reason) {
        }
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    /** 4:2:2 JPEGs become I422 frames, lent or kept, and every frame says it holds the JPEG's full-range samples. */
    @Test
    void a422StreamArrivesAsI422TaggedJpeg() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TurboJpeg.available(), "TurboJPEG missing");
        byte[] jpeg422 = TestJpegs.encode(TestJpegs.blocks(320, 240), 2, 1);
        byte[] jpeg420 = TestJpegs.encode(TestJpegs.blocks(320, 240), 2, 2);
        Recorder r = new Recorder();
        try (Arena a = Arena.ofConfined(); MjpegPipeline p = new MjpegPipeline("test-422", r, 320, 240)) {
            MemorySegment in422 = a.allocateFrom(ValueLayout.JAVA_BYTE, jpeg422);
            MemorySegment in420 = a.allocateFrom(ValueLayout.JAVA_BYTE, jpeg420);
            for (int i = 0; i < 6; i++) {
                r.keeps = i % 2 == 0;
                boolean is422 = i < 4;
                p.submit(is422 ? in422 : in420, is422 ? jpeg422.length : jpeg420.length, 1_000 + i, 33_333);
                int expected = i + 1;
                await(() -> r.formats.size() + r.discarded.size() >= expected);
            }
        }
        assertEquals(List.of("I422 320x240", "I422 320x240 lent", "I422 320x240", "I422 320x240 lent", "I420 320x240",
                "I420 320x240 lent"), r.formats, "discarded: " + r.discarded);
        assertEquals(6, r.colorSpaces.size());
        assertTrue(r.colorSpaces.stream().allMatch(VideoColorSpace.JPEG::equals), r.colorSpaces.toString());
    }

    @Test
    void everyFrameArrivesInOrderAndBadOnesAreCounted() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TurboJpeg.available(), "TurboJPEG missing");
        byte[] good = TestJpegs.encode(TestJpegs.blocks(320, 240), 2, 2);
        byte[] other = TestJpegs.encode(TestJpegs.blocks(160, 120), 2, 2);
        Recorder r = new Recorder();
        long discardedBefore = FrameStatistics.discardedFrames();
        try (Arena a = Arena.ofConfined(); MjpegPipeline p = new MjpegPipeline("test", r, 320, 240)) {
            MemorySegment in = a.allocate(good.length + other.length);
            MemorySegment.copy(good, 0, in, ValueLayout.JAVA_BYTE, 0, good.length);
            MemorySegment.copy(other, 0, in, ValueLayout.JAVA_BYTE, good.length, other.length);
            MemorySegment otherSeg = in.asSlice(good.length);
            for (int i = 0; i < 60; i++) {
                r.keeps = i % 2 == 0;
                if (i == 10) {
                    p.submit(in, good.length / 2, 10_000 + i, 33_333); // truncated
                } else if (i == 20) {
                    p.submit(otherSeg, other.length, 10_000 + i, 33_333); // another size
                } else {
                    p.submit(in, good.length, 10_000 + i, 33_333);
                }
                Thread.sleep(3); // slower than the decoder: nothing may be dropped for being behind
                int expected = i + 1;
                await(() -> r.timestamps.size() + r.discarded.size() >= expected);
            }
            await(() -> r.timestamps.size() + r.discarded.size() >= 60);
        }
        assertEquals(58, r.timestamps.size(), "frames delivered; discarded: " + r.discarded);
        assertEquals(2, r.discarded.size(), r.discarded.toString());
        assertTrue(r.discarded.get(1).contains("160x120"), r.discarded.get(1));
        assertEquals(2, FrameStatistics.discardedFrames() - discardedBefore);
        List<Long> sorted = new ArrayList<>(r.timestamps);
        sorted.sort(null);
        assertEquals(sorted, r.timestamps, "in submission order");
        assertTrue(r.formats.stream().allMatch(f -> f.startsWith("I420 320x240")), r.formats.toString());
        assertTrue(r.formats.stream().anyMatch(f -> f.endsWith("lent")), "lent when nobody keeps frames");
    }

    @Test
    void aBurstLargerThanTheSlotsIsDiscardedNotQueuedWithoutBound() throws Exception {
        byte[] good = TestJpegs.encode(TestJpegs.blocks(1280, 720), 2, 2);
        Recorder r = new Recorder();
        try (Arena a = Arena.ofConfined(); MjpegPipeline p = new MjpegPipeline("burst", r, 1280, 720)) {
            MemorySegment in = a.allocateFrom(ValueLayout.JAVA_BYTE, good);
            for (int i = 0; i < 40; i++) {
                p.submit(in, good.length, i, -1);
            }
            await(() -> r.timestamps.size() + r.compressed.get() + r.discarded.size() >= 40);
        }
        int got = r.timestamps.size() + r.compressed.get();
        assertEquals(40, got + r.discarded.size());
        assertTrue(got >= 4, "at least the slots' worth decoded: " + got);
        assertTrue(r.discarded.stream().allMatch(d -> d.contains("behind")), r.discarded.toString());
        System.out.println("MjpegPipelineTest burst: " + got + " decoded, " + r.discarded.size() + " discarded");
        assertTrue(Arrays.asList(1).size() == 1);
    }

    @Test
    void withoutTheLibraryJpegsGoToCoresDecoderOnTheDecodeThread() throws Exception {
        byte[] good = TestJpegs.encode(TestJpegs.blocks(320, 240), 2, 2);
        Recorder r = new Recorder();
        try (Arena a = Arena.ofConfined(); MjpegPipeline p = new MjpegPipeline("fallback", r, 320, 240, false)) {
            MemorySegment in = a.allocateFrom(ValueLayout.JAVA_BYTE, good);
            for (int i = 0; i < 5; i++) {
                p.submit(in, good.length, i, -1);
                int expected = i + 1;
                await(() -> r.compressed.get() >= expected);
            }
            assertTrue(!p.usesTurboJpeg());
        }
        assertEquals(5, r.compressed.get());
        assertEquals(0, r.timestamps.size());
    }

    @Test
    void theBackendsAvailabilityNamesTheDecoder() {
        String reason = new io.mediacapture.linux.v4l2.V4l2BackendProvider().availability().reason();
        assertTrue(reason.contains("MJPEG decoder: "), reason);
        assertTrue(reason.contains(TurboJpeg.available() ? "libjpeg-turbo" : "javax.imageio"), reason);
    }
}
