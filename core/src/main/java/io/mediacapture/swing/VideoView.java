package io.mediacapture.swing;

import io.mediacapture.FrameHandler;
import io.mediacapture.FrameTap;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.VideoFrame;
import io.mediacapture.internal.view.ImageBuffers;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * A Swing component that shows the video of a {@link MediaStream}: the Java counterpart of
 * {@code <video srcObject=stream autoplay>}. It shows the stream's first video track, frame by frame at the
 * track's rate, scaled to fit with the aspect ratio kept (1:1 when the component has the video's size).
 *
 * <pre>{@code
 * VideoView view = new VideoView();
 * view.setSrcObject(devices.getUserMedia(Map.of("video", true)).join());
 * frame.add(view);
 * }</pre>
 *
 * <p>Each frame is converted, on the thread that captured it (a {@link FrameTap}), straight into the raster of
 * an image the component paints; two images take turns, so the view's own work allocates nothing per frame in
 * steady state (a new video size allocates new images once; Swing's repaint machinery allocates what it
 * allocates for any repaint).
 *
 * <p>Like a video element, the view follows the track: its {@linkplain #getPreferredSize() preferred size} is
 * the video's size, and it fires property changes {@code "videoWidth"} and {@code "videoHeight"} when the
 * video's size changes (the video element's {@code resize}) and {@code "ended"} when the track ends, whether it
 * was stopped or its device went away (the video element's {@code ended}). After the end it keeps showing the
 * last frame.
 *
 * <p>Lifetime: the view converts the track's frames until the track ends or {@code srcObject} is set to another
 * stream or null, whether or not it is on screen; set it to null when you throw the view away. It never stops
 * the tracks: they are the application's.
 *
 * <p>Threads: like every Swing component, use it on the event dispatch thread; property changes fire there.
 */
public class VideoView extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final Dimension NO_VIDEO_SIZE = new Dimension(320, 240);

    private transient MediaStream srcObject;
    private transient FrameTap tap;
    private transient volatile Source source; // the current one; frames of an older one are ignored
    private int videoWidth;
    private int videoHeight;
    private boolean ended;
    private long lastPainted = -1;
    private long presentedFrames;

    /** A view with nothing to show (call {@link #setSrcObject}). */
    public VideoView() {
        source = new Source();
        setOpaque(true);
        setBackground(java.awt.Color.BLACK);
    }

    /** A view of {@code stream} (see {@link #setSrcObject}). */
    public VideoView(MediaStream stream) {
        this();
        setSrcObject(stream);
    }

    /** The stream shown, or null. */
    public MediaStream srcObject() {
        return srcObject;
    }

    /**
     * Shows {@code stream}'s first video track from now on, or nothing when {@code stream} is null or has no
     * video track. Stops showing the previous stream (its tracks go on). Resets {@link #videoWidth()},
     * {@link #videoHeight()} and {@link #ended()}; a track that has already ended makes the view ended (on the event thread, soon after).
     */
    public void setSrcObject(MediaStream stream) {
        if (tap != null) {
            tap.close();
            tap = null;
        }
        srcObject = stream;
        Source next = new Source();
        source = next;
        lastPainted = -1;
        updateSize(0, 0);
        setEnded(false);
        List<MediaStreamTrack> video = stream == null ? List.of() : stream.getVideoTracks();
        if (!video.isEmpty()) {
            tap = FrameTap.open(video.get(0), next);
        }
        repaint();
    }

    /** The shown track's frame width in pixels, or 0 before its first frame (HTMLVideoElement.videoWidth). */
    public int videoWidth() {
        return videoWidth;
    }

    /** The shown track's frame height in pixels, or 0 before its first frame (HTMLVideoElement.videoHeight). */
    public int videoHeight() {
        return videoHeight;
    }

    /** Whether the shown track has ended. */
    public boolean ended() {
        return ended;
    }

    /** How many distinct frames have been painted so far (counts frames actually shown, not received). */
    public long presentedFrames() {
        return presentedFrames;
    }

    /**
     * The {@linkplain VideoFrame#timestamp() timestamp} (microseconds) of the frame painted last, or -1 before the
     * first paint; with {@code System.nanoTime() / 1000} it gives the latency from capture to screen.
     */
    public long presentedFrameTimestamp() {
        return source.buffers.paintedTimestamp();
    }

    /** A copy of the frame shown now (as converted for display), or null when there is none. */
    public BufferedImage snapshot() {
        return source.buffers.snapshot();
    }

    /** The video's size plus the insets when no preferred size was set; 320x240 before the first frame. */
    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet() || videoWidth == 0) {
            return isPreferredSizeSet() ? super.getPreferredSize() : NO_VIDEO_SIZE;
        }
        Insets in = getInsets();
        return new Dimension(videoWidth + in.left + in.right, videoHeight + in.top + in.bottom);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            if (isOpaque()) {
                g.setColor(getBackground());
                g.fillRect(0, 0, getWidth(), getHeight());
            }
            Insets in = getInsets();
            long shown = source.buffers.paint(g, in.left, in.top, getWidth() - in.left - in.right,
                    getHeight() - in.top - in.bottom);
            if (shown >= 0 && shown != lastPainted) {
                lastPainted = shown;
                presentedFrames++;
            }
        } finally {
            g.dispose();
        }
    }

    private void updateSize(int w, int h) {
        if (w == videoWidth && h == videoHeight) {
            return;
        }
        int oldW = videoWidth;
        int oldH = videoHeight;
        videoWidth = w;
        videoHeight = h;
        firePropertyChange("videoWidth", oldW, w);
        firePropertyChange("videoHeight", oldH, h);
        revalidate();
    }

    private void setEnded(boolean now) {
        boolean old = ended;
        ended = now;
        firePropertyChange("ended", old, now);
    }

    /** One stream's frames: the tap's handler, on the capture thread. */
    private final class Source implements FrameHandler {
        final ImageBuffers buffers = new ImageBuffers();
        // Prebuilt, so that a frame that changes nothing allocates nothing.
        private final Runnable sizeChanged = () -> {
            if (source == this) {
                updateSize(buffers.width(), buffers.height());
            }
        };
        private final Runnable endedNow = () -> {
            if (source == this) {
                setEnded(true);
            }
        };

        @Override
        public void handle(MediaFrame frame) {
            if (!(frame instanceof VideoFrame video) || source != this) {
                return;
            }
            if (buffers.put(video)) {
                SwingUtilities.invokeLater(sizeChanged);
            }
            repaint();
        }

        @Override
        public void trackEnded() {
            SwingUtilities.invokeLater(endedNow);
        }
    }
}
