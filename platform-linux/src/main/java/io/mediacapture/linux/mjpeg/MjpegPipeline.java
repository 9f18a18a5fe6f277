package io.mediacapture.linux.mjpeg;

import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The Motion-JPEG path of one capture stream of a fixed negotiated size: {@link #submit} copies the JPEG out of
 * the device's buffer (which the caller gives back at once) into one of a few slots allocated up front, and a
 * decode thread of ours turns it into an I420 frame (I422 for 4:2:2 JPEGs) for the sink, tagged
 * {@link VideoColorSpace#JPEG} (the JPEG's own full-range samples). The device's thread (PipeWire's real-time data
 * thread, the V4L2 pull thread) never decodes, and a slow decode never holds a device buffer.
 *
 * <p>Decoding uses libjpeg-turbo ({@link TurboJpegDecoder}) when {@link TurboJpeg#available()}: into pooled frame
 * memory when a consumer keeps frames, else into one buffer of ours that is {@linkplain SourceSink#lend lent}
 * (no allocation per frame in steady state either way, beyond the frame handle a kept frame needs). Without the
 * library each JPEG goes to core's decoder ({@link SourceSink#deliverCompressed}) on the same decode thread.
 *
 * <p>Frames refused by the decoder (corrupt, truncated, another size), frames larger than a slot, and frames
 * that arrive while every slot waits for the decoder are {@linkplain SourceSink#frameDiscarded discarded}.
 *
 * <p>Threads: one thread submits at a time; {@link #close()} may come from any thread, also while a submit runs
 * (they exclude each other on this object's monitor, held only for the copy). The slot memory is freed by close()
 * after the decode thread has ended.
 */
public final class MjpegPipeline implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.mjpeg");
    // Slots absorb decode-time jitter (a descheduled decode thread on a loaded machine): 8 frame periods, 267 ms
    // at 30 fps. Each starts small and grows to the largest JPEG seen (at most MjpegFrames.bufferBytes), so the
    // memory is what the stream's JPEGs need, not 8 worst cases.
    private static final int SLOTS = 8;
    private static final long FIRST_SLOT_BYTES = 256 << 10;
    private static final long JOIN_MILLIS = 2_000;
    private static final java.util.concurrent.atomic.AtomicLong BEHIND = new java.util.concurrent.atomic.AtomicLong();

    private final SourceSink sink;
    private final int width;
    private final int height;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment[] slotData = new MemorySegment[SLOTS];
    private final long[] slotLength = new long[SLOTS];
    private final long[] slotTimestamp = new long[SLOTS];
    private final long[] slotDuration = new long[SLOTS];
    private final Thread thread;
    private final long maxBytes;
    private final boolean turbo;
    private volatile long head; // next slot to fill (submitter)
    private volatile long tail; // next slot to decode (decode thread)
    private volatile boolean closed;
    private volatile boolean freeOnExit; // close() came from the decode thread itself (a handler stopped the track)

    /**
     * Starts the decode thread.
     *
     * @param name   for the thread's name (the device's label)
     * @param width  the negotiated width
     * @param height the negotiated height
     */
    public MjpegPipeline(String name, SourceSink sink, int width, int height) {
        this(name, sink, width, height, TurboJpeg.available());
    }

    /** @param turbo whether to decode with TurboJPEG (false: core's decoder, as without the library) */
    MjpegPipeline(String name, SourceSink sink, int width, int height, boolean turbo) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("MJPEG frame size " + width + "x" + height);
        }
        this.sink = sink;
        this.width = width;
        this.height = height;
        this.turbo = turbo;
        this.maxBytes = MjpegFrames.bufferBytes(width, height);
        for (int i = 0; i < SLOTS; i++) {
            slotData[i] = arena.allocate(Math.min(FIRST_SLOT_BYTES, maxBytes), 64);
        }
        thread = Thread.ofPlatform().daemon().name("mediacapture-mjpeg " + name).unstarted(this::run);
        thread.start();
    }

    /**
     * Of {@link io.mediacapture.FrameStatistics#discardedFrames()}, the MJPEG frames discarded (process-wide, since
     * start) because the decode thread was all its slots behind: the machine gave it too little CPU, as opposed
     * to bad data.
     */
    public static long discardedBehind() {
        return BEHIND.get();
    }

    /** Whether frames are decoded with libjpeg-turbo (else core's javax.imageio decoder). */
    public boolean usesTurboJpeg() {
        return turbo;
    }

    /**
     * Takes one JPEG (the first {@code length} bytes of {@code jpeg}, read during the call only). Never blocks on
     * the decoder and never throws.
     */
    public void submit(MemorySegment jpeg, long length, long timestamp, long duration) {
        String refused = null;
        synchronized (this) {
            if (closed) {
                return;
            }
            long h = head;
            int i = (int) (h % SLOTS);
            if (h - tail >= SLOTS) {
                refused = "the MJPEG decoder is " + SLOTS + " frames behind";
            } else if (length > maxBytes || length > jpeg.byteSize()) {
                refused = "a JPEG of " + length + " bytes (at most " + maxBytes + " for " + width + "x" + height + ")";
            } else {
                if (length > slotData[i].byteSize()) {
                    // Rare (the first large frames): the old block stays in the arena until close, bounded by the
                    // doubling (under 2 x maxBytes per slot in all).
                    slotData[i] = arena.allocate(Math.min(maxBytes, Math.max(length + (length >> 2),
                            2 * slotData[i].byteSize())), 64);
                }
                MemorySegment.copy(jpeg, 0, slotData[i], 0, length);
                slotLength[i] = length;
                slotTimestamp[i] = timestamp;
                slotDuration[i] = duration;
                head = h + 1;
            }
        }
        if (refused != null) {
            if (refused.endsWith("behind")) {
                BEHIND.incrementAndGet();
            }
            sink.frameDiscarded(refused);
            return;
        }
        LockSupport.unpark(thread);
    }

    private void run() {
        TurboJpegDecoder decoder = null;
        MemorySegment lendable = null;
        // pooled frame memory is sized for the largest format the decoder writes (I422): the pool recycles it
        // whichever subsampling the camera switches to
        Layouts layouts = new Layouts(width, height);
        long frameBytes = VideoPixelFormat.I422.frameBytes(width, height);
        try (Arena own = Arena.ofConfined()) {
            if (turbo) {
                decoder = new TurboJpegDecoder(width, height);
                lendable = own.allocate(frameBytes, 64);
            }
            while (true) {
                long t = tail;
                if (t == head) {
                    if (closed) {
                        return;
                    }
                    LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(100));
                    continue;
                }
                int i = (int) (t % SLOTS);
                try {
                    if (!closed) {
                        decodeOne(decoder, lendable, layouts, frameBytes, slotData[i], slotLength[i],
                                slotTimestamp[i], slotDuration[i]);
                    }
                } catch (Throwable e) {
                    sink.frameDiscarded("decoding a JPEG failed: " + e);
                }
                tail = t + 1;
            }
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.WARNING, "the MJPEG decode thread failed; no more frames from this stream", e);
        } finally {
            if (decoder != null) {
                decoder.close();
            }
            if (freeOnExit) {
                arena.close();
            }
        }
    }

    /** The packed layouts of the two formats the decoder writes, tagged as JPEG samples, made once per stream. */
    private record Layouts(VideoFrameLayout i420, VideoFrameLayout i422) {
        Layouts(int width, int height) {
            this(VideoFrameLayout.packed(VideoPixelFormat.I420, width, height).withColorSpace(VideoColorSpace.JPEG),
                    VideoFrameLayout.packed(VideoPixelFormat.I422, width, height).withColorSpace(VideoColorSpace.JPEG));
        }

        VideoFrameLayout of(VideoPixelFormat format) {
            return format == VideoPixelFormat.I422 ? i422 : i420;
        }
    }

    private void decodeOne(TurboJpegDecoder decoder, MemorySegment lendable, Layouts layouts, long frameBytes,
                           MemorySegment jpeg, long length, long ts, long duration) {
        if (decoder == null) {
            FrameBuffer copy = FrameBuffer.allocate(length);
            MemorySegment.copy(jpeg, 0, copy.memory(), 0, length);
            sink.deliverCompressed(NativeVideoFormat.MJPEG, copy, length, width, height, ts, duration);
            return;
        }
        if (!sink.keepsFrames()) {
            String why = decoder.decode(jpeg, length, lendable);
            if (why != null) {
                sink.frameDiscarded(why);
                return;
            }
            sink.lend(lendable, layouts.of(decoder.format()), ts, duration);
            return;
        }
        FrameBuffer fb = FrameBuffer.allocate(frameBytes);
        VideoFrame frame;
        try {
            String why = decoder.decode(jpeg, length, fb.memory());
            if (why != null) {
                fb.release();
                sink.frameDiscarded(why);
                return;
            }
            frame = fb.toVideoFrame(layouts.of(decoder.format()), ts, duration);
        } catch (RuntimeException e) {
            fb.release();
            throw e;
        }
        sink.deliver(frame);
    }

    /** Stops the decode thread (frames not decoded yet are dropped) and frees the slots. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        LockSupport.unpark(thread);
        if (thread == Thread.currentThread()) {
            freeOnExit = true; // the loop ends after this delivery returns, and frees the slots then
            return;
        }
        {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (thread.isAlive()) {
            // Still inside a delivery (an application handler that does not return): its slot stays mapped.
            LOG.log(System.Logger.Level.WARNING, "the MJPEG decode thread did not stop within " + JOIN_MILLIS
                    + " ms; leaving its memory allocated");
            return;
        }
        arena.close();
    }
}
