package io.mediacapture.internal.view;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Two {@code TYPE_INT_RGB} images taking turns for a Swing view: the capture thread converts each frame straight
 * into the back image's raster ({@code int[]}), then swaps it to the front under a lock; the event thread paints
 * the front under the same lock. Nothing is allocated per frame once both images have the frame's size (a new
 * size allocates new images once).
 *
 * <p>Threads: {@link #put} from one frame-delivering thread at a time; the other methods from any thread.
 */
public final class ImageBuffers {
    private final Object lock = new Object();
    private BufferedImage front; // guarded by lock
    private long frontSequence; // guarded by lock
    private long frontTimestamp; // guarded by lock
    private long paintedTimestamp = -1; // guarded by lock
    private BufferedImage back; // put() only
    private int[] backPixels; // put() only

    /**
     * Converts {@code frame} into the back image and makes it the front one.
     *
     * @return whether the front image changed size (the first frame included)
     */
    public boolean put(VideoFrame frame) {
        int w = frame.codedWidth();
        int h = frame.codedHeight();
        if (back == null || back.getWidth() != w || back.getHeight() != h) {
            back = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            backPixels = ((DataBufferInt) back.getRaster().getDataBuffer()).getData();
        }
        VideoFrameImages.copyToArgb(frame, backPixels);
        BufferedImage old;
        synchronized (lock) {
            old = front;
            front = back;
            frontSequence++;
            frontTimestamp = frame.timestamp();
        }
        back = old;
        backPixels = old == null ? null : ((DataBufferInt) old.getRaster().getDataBuffer()).getData();
        return old == null || old.getWidth() != w || old.getHeight() != h;
    }

    /** The front image's width, or 0 before the first frame. */
    public int width() {
        synchronized (lock) {
            return front == null ? 0 : front.getWidth();
        }
    }

    /** The front image's height, or 0 before the first frame. */
    public int height() {
        synchronized (lock) {
            return front == null ? 0 : front.getHeight();
        }
    }

    /** How many frames have been put so far (a counter, for telling frames apart). */
    public long sequence() {
        synchronized (lock) {
            return frontSequence;
        }
    }

    /**
     * Draws the front image into the box, scaled to fit with its aspect ratio kept and centred (bilinear when
     * scaled, 1:1 when the box has the image's size).
     *
     * @return the sequence number of the frame drawn, or -1 when there is none yet
     */
    public long paint(Graphics2D g, int x, int y, int width, int height) {
        synchronized (lock) {
            if (front == null || width <= 0 || height <= 0) {
                return -1;
            }
            int iw = front.getWidth();
            int ih = front.getHeight();
            double scale = Math.min((double) width / iw, (double) height / ih);
            int dw = (int) Math.round(iw * scale);
            int dh = (int) Math.round(ih * scale);
            if (dw != iw || dh != ih) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            }
            g.drawImage(front, x + (width - dw) / 2, y + (height - dh) / 2, dw, dh, null);
            paintedTimestamp = frontTimestamp;
            return frontSequence;
        }
    }

    /** The timestamp of the frame {@link #paint} drew last, or -1 before it drew one. */
    public long paintedTimestamp() {
        synchronized (lock) {
            return paintedTimestamp;
        }
    }

    /** A copy of the front image, or null before the first frame. */
    public BufferedImage snapshot() {
        synchronized (lock) {
            if (front == null) {
                return null;
            }
            BufferedImage copy = new BufferedImage(front.getWidth(), front.getHeight(), BufferedImage.TYPE_INT_RGB);
            front.copyData(copy.getRaster());
            return copy;
        }
    }
}
