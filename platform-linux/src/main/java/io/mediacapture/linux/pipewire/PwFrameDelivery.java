package io.mediacapture.linux.pipewire;

import static io.mediacapture.bindings.pipewire.pipewire_h.pw_stream_queue_buffer;

import io.mediacapture.AudioData;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.linux.mjpeg.MjpegPipeline;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns one dequeued {@code pw_buffer} into a delivery: a video frame lent or handed out zero-copy, an MJPEG frame
 * handed to its decode pipeline, or audio data copied out; and queues the buffer back unless a frame now owns it.
 * Process callback only (under the source's process lock); the counters are read by anyone.
 */
final class PwFrameDelivery {
    private final String nodeName;
    private final SourceSink sink;
    private final PwBufferReturns returns;
    private final boolean zeroCopy;
    private final PwPlaneLayout layout = new PwPlaneLayout();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong copied = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    // Whether the buffer being processed now was queued back or belongs to a FrameBuffer (so it is not queued twice).
    private boolean handedOn;

    PwFrameDelivery(String nodeName, SourceSink sink, PwBufferReturns returns, boolean zeroCopy) {
        this.nodeName = nodeName;
        this.sink = sink;
        this.returns = returns;
        this.zeroCopy = zeroCopy;
    }

    /**
     * Delivers one buffer of {@code stream} in format {@code n} (null: none agreed yet); false when it carried nothing
     * deliverable (the caller queues it back). {@code slot} is the buffer's live slot, or null for one the stream
     * never announced; {@code mjpeg} the decode path of an MJPEG stream.
     */
    boolean deliver(MemorySegment stream, MemorySegment pwBuf, PwBufferSlot slot, PwStreamFormats.Negotiated n,
                    MjpegPipeline mjpeg) {
        handedOn = false;
        if (n == null) {
            return false;
        }
        PwBufferView view = slot != null ? slot.view : new PwBufferView(pwBuf);
        if (!view.readFirstData()) {
            return false;
        }
        if (view.corrupted()) {
            sink.frameDiscarded("a PipeWire buffer of '" + nodeName + "' the producer marked corrupted");
            return false;
        }
        long maxsize = view.maxsize();
        long offset = view.chunkOffset() % maxsize;
        long declared = view.chunkSize();
        long size = Math.min(declared, maxsize - offset);
        if (size == 0) {
            return false;
        }
        if (declared > size && n.video() == NativeVideoFormat.MJPEG) {
            // The producer wrote more than the buffer holds: the JPEG is cut. Never decode half a picture.
            sink.frameDiscarded("a " + declared + "-byte JPEG in a " + (maxsize - offset) + "-byte PipeWire buffer");
            return false;
        }
        MemorySegment region = view.region(offset, size);
        if (n.video() != null) {
            return deliverVideo(stream, n, mjpeg, pwBuf, slot, view, region);
        }
        return deliverAudio(stream, n, pwBuf, region);
    }

    /** Whether the buffer of the last {@link #deliver} call was queued back or is owned by a frame. */
    boolean handedOn() {
        return handedOn;
    }

    private boolean deliverVideo(MemorySegment stream, PwStreamFormats.Negotiated n, MjpegPipeline mjpeg,
                                 MemorySegment pwBuf, PwBufferSlot slot, PwBufferView view, MemorySegment region) {
        long pts = view.headerPts();
        long ts = pts > 0 ? pts / 1_000 : System.nanoTime() / 1_000;
        if (n.video() == NativeVideoFormat.MJPEG) {
            // Copied out for our decode thread and given straight back: this (real-time) thread never decodes.
            if (mjpeg == null) {
                return false;
            }
            mjpeg.submit(region, region.byteSize(), ts, n.frameDurationMicros());
            pw_stream_queue_buffer(stream, pwBuf);
            handedOn = true;
            delivered.incrementAndGet();
            return true;
        }
        layout.update(n, view.chunkStride());
        VideoPixelFormat pf = layout.frameLayout().format();
        if (pf.numberOfPlanes() > 1 && view.dataBlocks() > 1) {
            return false; // planes in separate memory blocks: not produced by the sources we support
        }
        if (layout.bytes() > region.byteSize()) {
            // a short or mis-sized buffer (renegotiation in flight): not the negotiated size, so not delivered
            sink.frameDiscarded("a " + region.byteSize() + "-byte " + pf + " buffer where " + n.width() + "x"
                    + n.height() + " needs " + layout.bytes());
            return false;
        }
        if (!zeroCopy || !returns.mayHold()) {
            // Lent for the call and queued back right after: consumers that keep frames get a copy (made in core,
            // once), taps read the mapped buffer itself. Either way the producer gets its buffer back at once.
            sink.lend(region, pf, n.width(), n.height(), layout.offsets(), layout.strides(), ts,
                    n.frameDurationMicros());
            pw_stream_queue_buffer(stream, pwBuf);
            handedOn = true;
            delivered.incrementAndGet();
            return true;
        }
        FrameBuffer fb = take(stream, region, pwBuf, slot);
        VideoFrame frame;
        try {
            frame = fb.toVideoFrame(layout.frameLayout(), ts, n.frameDurationMicros());
        } catch (RuntimeException e) {
            fb.release(); // the frame never took the buffer: give it back
            throw e;
        }
        sink.deliver(frame);
        delivered.incrementAndGet();
        return true;
    }

    private boolean deliverAudio(MemorySegment stream, PwStreamFormats.Negotiated n, MemorySegment pwBuf,
                                 MemorySegment region) {
        int frameBytes = n.channels() * n.audio().bytesPerSample();
        int frames = (int) (region.byteSize() / frameBytes);
        if (frames == 0) {
            return false;
        }
        // Audio buffers carry no header with these sources: stamp the first sample as captured one buffer ago.
        long ts = System.nanoTime() / 1_000 - frames * 1_000_000L / n.rate();
        // Audio streams have as few as two small buffers and a producer that stalls when both are held, so audio
        // is always copied and its buffer goes straight back.
        FrameBuffer fb = copy(stream, region.asSlice(0, (long) frames * frameBytes), pwBuf);
        AudioData data;
        try {
            data = fb.toAudioData(n.audio(), n.rate(), frames, n.channels(), ts);
        } catch (RuntimeException e) {
            fb.release();
            throw e;
        }
        sink.deliver(data);
        delivered.incrementAndGet();
        return true;
    }

    /**
     * The frame memory for {@code region} of {@code pwBuf} (whose live slot is {@code slot}, or null): the buffer
     * itself while the producer keeps at least {@link PwBufferReturns#PRODUCER_RESERVE} free buffers, else a pooled
     * copy (and the buffer goes straight back).
     */
    private FrameBuffer take(MemorySegment stream, MemorySegment region, MemorySegment pwBuf, PwBufferSlot slot) {
        handedOn = true;
        if (zeroCopy && returns.mayHold() && slot != null) {
            return returns.hold(region, slot);
        }
        return copy(stream, region, pwBuf);
    }

    private FrameBuffer copy(MemorySegment stream, MemorySegment region, MemorySegment pwBuf) {
        handedOn = true;
        FrameBuffer copy = FrameBuffer.allocate(region.byteSize());
        MemorySegment.copy(region, 0, copy.memory(), 0, region.byteSize());
        pw_stream_queue_buffer(stream, pwBuf);
        copied.incrementAndGet();
        return copy;
    }

    /** A buffer that carried nothing, or failed to deliver. */
    void countDropped() {
        dropped.incrementAndGet();
    }

    /** For the log line when the stream closes. */
    String summary() {
        return delivered.get() + " frames delivered, " + copied.get() + " copied, " + dropped.get() + " dropped";
    }
}
