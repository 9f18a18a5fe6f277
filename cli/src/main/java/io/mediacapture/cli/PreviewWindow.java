package io.mediacapture.cli;

import io.mediacapture.VideoFrame;
import io.mediacapture.VideoFrameImages;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The preview window: the latest frame, scaled to fit with its aspect ratio kept (1:1 when the window has
 * the frame's size), and an overlay in the bottom-left corner with the frame rate and the latency from
 * capture to screen.
 *
 * <p>Threads: built and painted on the Swing event thread; {@link #show} is called by one reader thread.
 * Two images take turns: the reader converts into the spare one while the other is painted, and they are
 * swapped under a lock.
 */
final class PreviewWindow {
    /** Height of the overlay band at the bottom of the picture. */
    static final int OVERLAY_HEIGHT = 28;

    private final JFrame frame;
    private final View view = new View();
    private final Object lock = new Object();
    private BufferedImage current; // guarded by lock
    private long currentTimestamp; // guarded by lock
    private BufferedImage spare; // reader thread only
    private volatile boolean painted;
    // Statistics over the last second, for the overlay (event thread only).
    private long windowStart = System.nanoTime();
    private int framesInWindow;
    private long latencySumUs;
    private String overlay = "waiting for frames...";

    PreviewWindow(String title, int width, int height, Runnable onClose) {
        frame = new JFrame(title);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClose.run();
            }
        });
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        double fit = Math.min(1.0, Math.min(screen.width * 0.9 / width, screen.height * 0.9 / height));
        view.setPreferredSize(new Dimension((int) (width * fit), (int) (height * fit)));
        frame.getContentPane().add(view);
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    /** Converts the frame for display and asks for a repaint. Reader thread. */
    void show(VideoFrame f) {
        if (spare == null || spare.getWidth() != f.codedWidth() || spare.getHeight() != f.codedHeight()) {
            spare = new BufferedImage(f.codedWidth(), f.codedHeight(), BufferedImage.TYPE_INT_RGB);
        }
        VideoFrameImages.copyToArgb(f, ((DataBufferInt) spare.getRaster().getDataBuffer()).getData());
        synchronized (lock) {
            BufferedImage shown = current;
            current = spare;
            currentTimestamp = f.timestamp();
            spare = shown;
        }
        view.repaint();
    }

    boolean painted() {
        return painted;
    }

    int imageWidth() {
        synchronized (lock) {
            return current == null ? 0 : current.getWidth();
        }
    }

    int imageHeight() {
        synchronized (lock) {
            return current == null ? 0 : current.getHeight();
        }
    }

    /** Where the picture's top-left corner is on the screen. */
    Point contentLocation() {
        Point[] p = new Point[1];
        try {
            SwingUtilities.invokeAndWait(() -> p[0] = view.getLocationOnScreen());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Point(-1, -1);
        } catch (java.lang.reflect.InvocationTargetException e) {
            return new Point(-1, -1);
        }
        return p[0];
    }

    void dispose() {
        frame.dispose();
    }

    private final class View extends JComponent {
        private static final long serialVersionUID = 1L;
        private final Font font = new Font(Font.MONOSPACED, Font.BOLD, 14);

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0;
            g.setColor(Color.DARK_GRAY);
            g.fillRect(0, 0, getWidth(), getHeight());
            long ts;
            synchronized (lock) {
                if (current != null) {
                    int iw = current.getWidth();
                    int ih = current.getHeight();
                    double scale = Math.min((double) getWidth() / iw, (double) getHeight() / ih);
                    int dw = (int) Math.round(iw * scale);
                    int dh = (int) Math.round(ih * scale);
                    if (dw != iw || dh != ih) {
                        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    }
                    g.drawImage(current, (getWidth() - dw) / 2, (getHeight() - dh) / 2, dw, dh, null);
                }
                ts = current == null ? 0 : currentTimestamp;
            }
            if (ts != 0) {
                count(System.nanoTime() / 1000 - ts);
                painted = true;
            }
            drawOverlay(g);
        }

        private void count(long latencyUs) {
            framesInWindow++;
            latencySumUs += Math.max(0, latencyUs);
            long now = System.nanoTime();
            if (now - windowStart >= 1_000_000_000L) {
                double secs = (now - windowStart) / 1e9;
                overlay = String.format(Locale.ROOT, "%.1f fps  latency %.1f ms", framesInWindow / secs,
                        latencySumUs / 1000.0 / framesInWindow);
                windowStart = now;
                framesInWindow = 0;
                latencySumUs = 0;
            }
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
