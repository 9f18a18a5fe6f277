package io.mediacapture.internal.convert;

import io.mediacapture.VideoColorSpace;
import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameLayout;
import io.mediacapture.VideoPixelFormat;
import io.mediacapture.spi.FrameBuffer;
import java.lang.foreign.MemorySegment;

/**
 * A tightly packed frame under construction: pooled memory the converters write into before the
 * {@link VideoFrame} exists (frames themselves only hand out read-only views). One owner: whoever created it
 * either {@linkplain #finish finishes} it, which passes the buffer to the frame, or closes it, which returns
 * the buffer to the pool. Not thread-safe.
 */
final class FrameWriter implements AutoCloseable {
    private final FrameBuffer buffer;
    private final VideoPixelFormat format;
    private final int width;
    private final int height;
    private final long[] offsets;
    private final int[] strides;
    private boolean handedOver;

    private FrameWriter(VideoPixelFormat format, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
        }
        this.format = format;
        this.width = width;
        this.height = height;
        offsets = format.packedOffsets(width, height);
        strides = format.packedStrides(width);
        buffer = FrameBuffer.allocate(format.frameBytes(width, height));
    }

    static FrameWriter packed(VideoPixelFormat format, int width, int height) {
        return new FrameWriter(format, width, height);
    }

    MemorySegment memory() {
        return buffer.memory();
    }

    long offset(int plane) {
        return offsets[plane];
    }

    int stride(int plane) {
        return strides[plane];
    }

    /** The frame over the written memory; the writer gives up the buffer. */
    VideoFrame finish(long timestamp, long duration) {
        return finish(timestamp, duration, VideoColorSpace.UNSPECIFIED);
    }

    /** {@link #finish(long, long)} for samples that mean {@code colorSpace}. */
    VideoFrame finish(long timestamp, long duration, VideoColorSpace colorSpace) {
        if (handedOver) {
            throw new IllegalStateException("frame already finished");
        }
        VideoFrameLayout layout = VideoFrameLayout.of(format, width, height, offsets, strides);
        if (colorSpace != VideoColorSpace.UNSPECIFIED) {
            layout = layout.withColorSpace(colorSpace);
        }
        VideoFrame frame = buffer.toVideoFrame(layout, timestamp, duration);
        handedOver = true;
        return frame;
    }

    /** Returns the buffer to the pool unless a frame took it over. */
    @Override
    public void close() {
        if (!handedOver) {
            handedOver = true;
            buffer.release();
        }
    }
}
