package io.mediacapture.cli;

import io.mediacapture.MediaStream;
import io.mediacapture.swing.VideoView;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The preview window: the library's {@link VideoView} (the latest frame, scaled to fit with its aspect ratio
 * kept, 1:1 when the window has the frame's size), with an overlay in the bottom-left corner: the frame rate
 * and the latency from capture to screen.
 *
 * <p>Threads: built, used and painted on the Swing event thread, except {@link #painted()}.
 */
final class PreviewWindow {
    /** Height of the overlay band at the bottom of the picture. */
    static final int OVERLAY_HEIGHT = 28;

    private final JFrame frame;
    private final OverlayView view;
    private volatile boolean painted;

    /**
     * Opens the window on {@code stream}'s video ({@code width x height}, shrunk to fit the screen).
     * {@code onEnd} runs on the event thread when the window is closed or the track ends.
     */
    PreviewWindow(String title, MediaStream stream, int width, int height, Runnable onEnd) {
        frame = new JFrame(title);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onEnd.run();
            }
        });
        view = new OverlayView();
        view.addPropertyChangeListener("ended", e -> {
            if (Boolean.TRUE.equals(e.getNewValue())) {
                onEnd.run();
            }
        });
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        double fit = Math.min(1.0, Math.min(screen.width * 0.9 / width, screen.height * 0.9 / height));
        view.setPreferredSize(new Dimension((int) (width * fit), (int) (height * fit)));
        view.setBackground(Color.DARK_GRAY);
        view.setSrcObject(stream);
        frame.getContentPane().add(view);
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    /** Whether a frame has been painted. Any thread. */
    boolean painted() {
        return painted;
    }

    int imageWidth() {
        return view.videoWidth();
    }

    int imageHeight() {
        return view.videoHeight();
    }

    /** Where the picture's top-left corner is on the screen. */
    Point contentLocation() {
        return view.getLocationOnScreen();
    }

    /**
     * Where the picture's top-left corner is in the window's own area (the X window, without the window
     * manager's decorations): from Swing's layout alone, so it holds even when the screen position that the
     * toolkit reports is not yet the one the window ends up at.
     */
    Point contentInWindow() {
        Point p = SwingUtilities.convertPoint(view, 0, 0, frame);
        Insets in = frame.getInsets();
        return new Point(p.x - in.left, p.y - in.top);
    }

    String title() {
        return frame.getTitle();
    }

    void dispose() {
        view.setSrcObject(null);
        frame.dispose();
    }

    private final class OverlayView extends VideoView {
        private static final long serialVersionUID = 1L;
        private final Font font = new Font(Font.MONOSPACED, Font.BOLD, 14);
        // Statistics over the last second, for the overlay.
        private long windowStart = System.nanoTime();
        private long framesAtStart;
        private long latencySumUs;
        private long lastCounted = -1;
        private String overlay = "waiting for frames...";

        @Override
        protected void paintComponent(Graphics g0) {
            super.paintComponent(g0);
            long frames = presentedFrames();
            if (frames > 0 && frames != lastCounted) {
                lastCounted = frames;
                latencySumUs += Math.max(0, System.nanoTime() / 1000 - presentedFrameTimestamp());
                painted = true;
                long now = System.nanoTime();
                if (now - windowStart >= 1_000_000_000L) {
                    double secs = (now - windowStart) / 1e9;
                    long n = frames - framesAtStart;
                    overlay = String.format(Locale.ROOT, "%.1f fps  latency %.1f ms", n / secs, latencySumUs / 1000.0 / Math.max(1, n));
                    windowStart = now;
                    framesAtStart = frames;
                    latencySumUs = 0;
                }
            }
            drawOverlay((Graphics2D) g0);
        }

        private void drawOverlay(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int boxW = fm.stringWidth(overlay) + 16;
            int y = getHeight() - OVERLAY_HEIGHT;
            g.setColor(new Color(0, 0, 0, 170));
            g.fillRect(0, y, boxW, OVERLAY_HEIGHT);
            g.setColor(Color.WHITE);
            g.drawString(overlay, 8, y + (OVERLAY_HEIGHT + fm.getAscent() - fm.getDescent()) / 2);
        }
    }
}
