package io.mediacapture.macos.avfoundation;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.media.CoreMedia;
import io.mediacapture.macos.media.PlaneSpan;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns video sample buffers into frames, choosing the path per sample ({@link SampleRoute}) from the
 * sample's own format description and buffers. Raw pixel buffers: the CVPixelBuffer is locked read-only,
 * retained, and wrapped without copying; closing the frame unlocks and releases it. Because the output has
 * only a small pool of buffers, at most {@value #MAX_HELD} are held at once; beyond that frames are copied
 * and the buffer is given back at once, so an application that keeps frames slows nothing down. MJPEG
 * ('dmb1') and raw frames in a block buffer (virtual cameras): the contiguous block buffer is wrapped
 * likewise (retaining the sample buffer); MJPEG goes to core to decode. Every sample that cannot be
 * delivered is counted and logged ({@link DropCounter}).
 *
 * <p>Runs on the output's dispatch queue only.
 */
final class VideoSampleHandler implements SampleBufferDelegate.Handler {
    static final int MAX_HELD = 3;
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private final CoreMedia cm;
    private final SourceSink sink;
    private final long durationMicros;
    private final DropCounter drops;
    private final DropCounter late;
    private final DropCounter resized;
    private final int expectedWidth;
    private final int expectedHeight;
    private final AtomicInteger held = new AtomicInteger();
    private final Arena scratch = Arena.ofAuto();
    private final MemorySegment lengths = scratch.allocate(ValueLayout.JAVA_LONG, 2);
    private final MemorySegment dataPointer = scratch.allocate(ValueLayout.ADDRESS);
    private volatile boolean stopped;

    /**
     * @param width  the width of the mode chosen (frames of another size are delivered as they are, and logged)
     * @param height likewise
     */
    VideoSampleHandler(CoreMedia cm, SourceSink sink, int width, int height, double frameRate, String label) {
        this.cm = cm;
        this.sink = sink;
        this.durationMicros = Math.round(1_000_000 / frameRate);
        this.drops = new DropCounter(label, LOG, System.Logger.Level.WARNING);
        this.late = new DropCounter(label, LOG, System.Logger.Level.INFO);
        this.resized = new DropCounter(label, LOG, System.Logger.Level.WARNING, "delivered at another size than chosen");
        this.expectedWidth = width;
        this.expectedHeight = height;
    }

    /** No delivery after this; buffers already out stay valid until their frames close. */
    void stop() {
        stopped = true;
    }

    /** Samples this handler could not deliver, for diagnostics. */
    long droppedSamples() {
        return drops.total();
    }

    @Override
    public void sampleBuffer(MemorySegment sampleBuffer) {
        if (stopped) {
            return;
        }
        long ts = timestamp(sampleBuffer);
        MemorySegment desc = cm.formatDescription(sampleBuffer);
        int subtype = desc.equals(MemorySegment.NULL) ? 0 : cm.mediaSubType(desc);
        MemorySegment pb = cm.imageBuffer(sampleBuffer);
        MemorySegment block = pb.equals(MemorySegment.NULL) ? cm.dataBuffer(sampleBuffer) : MemorySegment.NULL;
        SampleRoute route = SampleRoute.of(subtype, !pb.equals(MemorySegment.NULL), !block.equals(MemorySegment.NULL));
        switch (route.kind()) {
            case PIXEL_BUFFER -> deliverPixelBuffer(pb, route.format().pixelFormat().orElseThrow(), ts);
            case COMPRESSED, PACKED_BLOCK -> deliverBlock(sampleBuffer, block, desc, route.format(), ts);
            case DROP -> drops.drop(route.reason());
        }
    }

    /** The output dropped a sample itself (late, or no buffer free): counted, logged sparingly. */
    @Override
    public void dropped() {
        late.drop("the capture output discarded a late frame (the handler or the application is too slow)");
    }

    /**
     * A frame of another size than the mode chosen (the device or another app changed the format, or the
     * output scales) is still delivered, at its own size, which the frame carries; it is counted and logged so
     * that the track's advertised settings can be seen to be wrong.
     */
    private void checkSize(int w, int h) {
        String m = sizeMismatch(expectedWidth, expectedHeight, w, h);
        if (m != null) {
            resized.drop(m);
        }
    }

    /** Null when the delivered size is the chosen one, else a description of the difference. */
    static String sizeMismatch(int expectedWidth, int expectedHeight, int width, int height) {
        return width == expectedWidth && height == expectedHeight ? null
                : width + "x" + height + " instead of the chosen " + expectedWidth + "x" + expectedHeight;
    }

    /** Capture time on the library clock: the buffer's host-clock time shifted by (library now - host now). */
    private long timestamp(MemorySegment sampleBuffer) {
        long now = System.nanoTime() / 1000;
        try (Arena a = Arena.ofConfined()) {
            CMTime pts = cm.presentationTime(a, sampleBuffer);
            CMTime host = cm.hostTimeNow(a);
            if (!pts.isValid() || !host.isValid()) {
                return now;
            }
            return pts.micros() + (now - host.micros());
        }
    }

    private void deliverBlock(MemorySegment sampleBuffer, MemorySegment block, MemorySegment formatDesc,
                              NativeVideoFormat format, long ts) {
        if (cm.blockBufferDataPointer(block, lengths, lengths.asSlice(8), dataPointer) != 0) {
            drops.drop("CMBlockBufferGetDataPointer failed");
            return;
        }
        long atOffset = lengths.get(ValueLayout.JAVA_LONG, 0);
        long total = lengths.get(ValueLayout.JAVA_LONG, 8);
        MemorySegment data = dataPointer.get(ValueLayout.ADDRESS, 0);
        if (atOffset != total || total == 0) {
            drops.drop("a " + format + " block buffer that is empty or not contiguous");
            return;
        }
        int[] wh;
        try (Arena a = Arena.ofConfined()) {
            wh = cm.dimensions(a, formatDesc);
        }
        checkSize(wh[0], wh[1]);
        if (format.isCompressed()) {
            cm.retain(sampleBuffer);
            FrameBuffer fb = FrameBuffer.wrap(data.reinterpret(total), () -> cm.release(sampleBuffer));
            sink.deliverCompressed(format, fb, total, wh[0], wh[1], ts, durationMicros);
            return;
        }
        VideoPixelFormat pf = format.pixelFormat().orElseThrow();
        if (wh[0] <= 0 || wh[1] <= 0 || total < pf.frameBytes(wh[0], wh[1])) {
            drops.drop("a packed " + pf + " block of " + total + " bytes for " + wh[0] + "x" + wh[1]);
            return;
        }
        cm.retain(sampleBuffer);
        FrameBuffer fb = FrameBuffer.wrap(data.reinterpret(total), () -> cm.release(sampleBuffer));
        VideoFrame frame;
        try {
            frame = fb.toVideoFrame(VideoFrameLayout.packed(pf, wh[0], wh[1]),
                    ts, durationMicros);
        } catch (RuntimeException e) {
            fb.release();
            drops.drop("a packed " + pf + " frame that does not fit: " + e.getMessage());
            return;
        }
        sink.deliver(frame);
    }

    private void deliverPixelBuffer(MemorySegment pb, VideoPixelFormat pf, long ts) {
        if (cm.lockReadOnly(pb) != 0) {
            drops.drop("CVPixelBufferLockBaseAddress failed");
            return;
        }
        boolean handedOver = false;
        try {
            boolean planar = cm.isPlanar(pb);
            int planes = planar ? (int) cm.planeCount(pb) : 1;
            if (planes != pf.numberOfPlanes()) {
                drops.drop("a " + pf + " pixel buffer with " + planes + " planes");
                return;
            }
            long[] addr = new long[planes];
            long[] stride = new long[planes];
            long[] rows = new long[planes];
            for (int p = 0; p < planes; p++) {
                addr[p] = (planar ? cm.planeBaseAddress(pb, p) : cm.baseAddress(pb)).address();
                stride[p] = planar ? cm.planeBytesPerRow(pb, p) : cm.bytesPerRow(pb);
                rows[p] = planar ? cm.planeHeight(pb, p) : cm.height(pb);
            }
            PlaneSpan span = PlaneSpan.of(addr, stride, rows);
            if (span == null) {
                drops.drop("a " + pf + " pixel buffer whose planes are not in one buffer");
                return;
            }
            int w = (int) cm.width(pb);
            int h = (int) cm.height(pb);
            checkSize(w, h);
            int[] strides = new int[planes];
            for (int p = 0; p < planes; p++) {
                strides[p] = Math.toIntExact(stride[p]);
            }
            MemorySegment memory = MemorySegment.ofAddress(span.start()).reinterpret(span.length());
            FrameBuffer fb;
            if (held.incrementAndGet() <= MAX_HELD) {
                cm.retain(pb);
                fb = FrameBuffer.wrap(memory, () -> {
                    cm.unlockReadOnly(pb);
                    cm.release(pb);
                    held.decrementAndGet();
                });
                handedOver = true;
            } else {
                held.decrementAndGet();
                fb = FrameBuffer.allocate(span.length());
                MemorySegment.copy(memory, 0, fb.memory(), 0, span.length());
            }
            VideoFrame frame;
            try {
                frame = fb.toVideoFrame(VideoFrameLayout.of(pf, w, h, span.offsets(), strides), ts, durationMicros);
            } catch (RuntimeException e) {
                fb.release(); // a wrapped buffer's release action unlocks it; a copy leaves that to finally
                drops.drop("a " + w + "x" + h + " " + pf + " frame that does not fit: " + e.getMessage());
                return;
            }
            sink.deliver(frame);
        } finally {
            if (!handedOver) {
                cm.unlockReadOnly(pb);
            }
        }
    }
}
