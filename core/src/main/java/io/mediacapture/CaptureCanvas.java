package io.mediacapture;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A Java2D drawing surface that can be captured as video, the counterpart of an HTML canvas with
 * {@code captureStream()} (<i>Media Capture from DOM Elements</i>). Draw through {@link #draw(Consumer)}:
 * it holds the canvas lock so captured frames never show half a drawing, and it marks the canvas painted
 * (what streams without a frame rate capture on). Frames are BGRA, the canvas's own pixel layout, so
 * capture is one copy.
 *
 * <p>Thread-safe. Drawing on {@link #image()} directly also works, but without the lock a frame may be
 * captured mid-drawing, and it does not count as a paint.
 */
public final class CaptureCanvas {
    private static final ValueLayout.OfInt PIXEL = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final BufferedImage image;
    private final int[] pixels;
    private final List<CanvasSource> sources = new CopyOnWriteArrayList<>();

    /**
     * A transparent black canvas ({@code TYPE_INT_ARGB}).
     *
     * @throws IllegalArgumentException when the size is not positive
     */
    public CaptureCanvas(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas size must be positive: " + width + "x" + height);
        }
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** The pixels (TYPE_INT_ARGB). */
    public BufferedImage image() {
        return image;
    }

    /**
     * Runs {@code painter} with a fresh {@link Graphics2D} under the canvas lock, disposes the graphics,
     * then counts as a paint: every stream captured without a frame rate gets a frame.
     */
    public void draw(Consumer<? super Graphics2D> painter) {
        Objects.requireNonNull(painter, "painter");
        synchronized (pixels) {
            Graphics2D g = image.createGraphics();
            try {
                painter.accept(g);
            } finally {
                g.dispose();
            }
        }
        for (CanvasSource s : sources) {
            s.painted();
        }
    }

    /** A stream with one canvas track that captures a frame after every {@link #draw}. */
    public MediaStream captureStream() {
        return capture(-1);
    }

    /**
     * A stream with one canvas track capturing {@code frameRate} frames per second; 0 captures only on
     * {@link CanvasCaptureMediaStreamTrack#requestFrame()}.
     *
     * @throws DOMException NotSupportedError when frameRate is negative or not finite (as the spec says)
     */
    public MediaStream captureStream(double frameRate) {
        if (!(frameRate >= 0) || Double.isInfinite(frameRate)) {
            throw new DOMException("frameRate must be a finite number >= 0, got " + frameRate, DOMException.NOT_SUPPORTED);
        }
        return capture(frameRate);
    }

    private MediaStream capture(double frameRate) {
        CanvasSource source = new CanvasSource(this, frameRate);
        sources.add(source);
        MediaStream stream = new MediaStream(List.of(source.newTrack()));
        source.start();
        return stream;
    }

    void sourceReleased(CanvasSource source) {
        sources.remove(source);
    }

    /** A BGRA frame with the current pixels; the caller owns it. */
    VideoFrame snapshot(long timestamp, long duration) {
        int w = width();
        int h = height();
        io.mediacapture.spi.FrameBuffer buffer = io.mediacapture.spi.FrameBuffer.allocate(4L * w * h);
        synchronized (pixels) {
            MemorySegment.copy(pixels, 0, buffer.memory(), PIXEL, 0, w * h);
        }
        return buffer.toVideoFrame(VideoFrameLayout.of(VideoPixelFormat.BGRA, w, h, new long[] {0}, new int[] {4 * w}),
                timestamp, duration);
    }

    @Override
    public String toString() {
        return "CaptureCanvas[" + width() + "x" + height() + "]";
    }
}
