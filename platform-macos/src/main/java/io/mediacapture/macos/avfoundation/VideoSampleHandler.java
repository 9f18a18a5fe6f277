package io.mediacapture.macos.avfoundation;

import io.mediacapture.VideoFrame;
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
 * Turns video sample buffers into frames. Raw formats: the CVPixelBuffer is locked read-only, retained, and
 * wrapped without copying; closing the frame unlocks and releases it. Because the output has only a small
 * pool of buffers, at most {@value #MAX_HELD} are held at once; beyond that frames are copied and the buffer
 * is given back at once, so an application that keeps frames slows nothing down. MJPEG ('dmb1'): the
 * contiguous block buffer is wrapped likewise (retaining the sample buffer) and handed to core to decode.
 *
 * <p>Runs on the output's dispatch queue only.
 */
final class VideoSampleHandler implements SampleBufferDelegate.Handler {
    static final int MAX_HELD = 3;
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private final CoreMedia cm;
    private final SourceSink sink;
    private final NativeVideoFormat format;
    private final long durationMicros;
    private final AtomicInteger held = new AtomicInteger();
    private final Arena scratch = Arena.ofAuto();
    private final MemorySegment lengths = scratch.allocate(ValueLayout.JAVA_LONG, 2);
    private final MemorySegment dataPointer = scratch.allocate(ValueLayout.ADDRESS);
    private volatile boolean stopped;

    VideoSampleHandler(CoreMedia cm, SourceSink sink, NativeVideoFormat format, double frameRate) {
        this.cm = cm;
        this.sink = sink;
        this.format = format;
        this.durationMicros = Math.round(1_000_000 / frameRate);
    }

    /** No delivery after this; buffers already out stay valid until their frames close. */
    void stop() {
        stopped = true;
    }

    @Override
    public void sampleBuffer(MemorySegment sampleBuffer) {
        if (stopped) {
            return;
        }
        long ts = timestamp(sampleBuffer);
        if (format.isCompressed()) {
            deliverCompressed(sampleBuffer, ts);
        } else {
            deliverRaw(sampleBuffer, ts);
        }
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

    private void deliverCompressed(MemorySegment sampleBuffer, long ts) {
        MemorySegment block = cm.dataBuffer(sampleBuffer);
        if (block.equals(MemorySegment.NULL)
                || cm.blockBufferDataPointer(block, lengths, lengths.asSlice(8), dataPointer) != 0) {
            return;
        }
        long atOffset = lengths.get(ValueLayout.JAVA_LONG, 0);
        long total = lengths.get(ValueLayout.JAVA_LONG, 8);
        MemorySegment data = dataPointer.get(ValueLayout.ADDRESS, 0);
        if (atOffset != total || total == 0) {
            LOG.log(System.Logger.Level.DEBUG, "dropping a non-contiguous MJPEG sample buffer");
            return;
        }
        MemorySegment formatDesc = cm.formatDescription(sampleBuffer);
        int[] wh;
        try (Arena a = Arena.ofConfined()) {
            wh = cm.dimensions(a, formatDesc);
        }
        cm.retain(sampleBuffer);
        FrameBuffer fb = FrameBuffer.wrap(data.reinterpret(total), () -> cm.release(sampleBuffer));
        sink.deliverCompressed(NativeVideoFormat.MJPEG, fb, total, wh[0], wh[1], ts, durationMicros);
    }

    private void deliverRaw(MemorySegment sampleBuffer, long ts) {
        MemorySegment pb = cm.imageBuffer(sampleBuffer);
        if (pb.equals(MemorySegment.NULL) || cm.lockReadOnly(pb) != 0) {
            return;
        }
        boolean handedOver = false;
        try {
            VideoPixelFormat pf = format.pixelFormat().orElseThrow();
            boolean planar = cm.isPlanar(pb);
            int planes = planar ? (int) cm.planeCount(pb) : 1;
            if (planes != pf.numberOfPlanes()) {
                LOG.log(System.Logger.Level.WARNING, "dropping a " + pf + " frame with " + planes + " planes");
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
                LOG.log(System.Logger.Level.WARNING, "dropping a frame whose planes are not in one buffer");
                return;
            }
            int w = (int) cm.width(pb);
            int h = (int) cm.height(pb);
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
                frame = new VideoFrame(fb, pf, w, h, span.offsets(), strides, ts, durationMicros);
            } catch (RuntimeException e) {
                fb.release(); // a wrapped buffer's release action unlocks it; a copy leaves that to finally
                LOG.log(System.Logger.Level.WARNING, "dropping a " + w + "x" + h + " " + pf + " frame that does not fit", e);
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
