package io.mediacapture.testing;

import io.mediacapture.MediaStream;
import io.mediacapture.swing.VideoView;
import java.awt.Point;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** The Swing VideoViewScreenTest's child JVM: a {@link VideoView} in a window packed to the video's size. */
public final class SwingViewProbe extends ViewProbe {
    private JFrame frame;
    private VideoView view;

    private SwingViewProbe() {
    }

    public static void main(String[] args) throws Exception {
        new SwingViewProbe().run();
    }

    @Override
    protected void open(MediaStream stream) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("VideoView");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            view = new VideoView(stream);
            view.addPropertyChangeListener("videoHeight", e -> frame.pack()); // follow the video's size
            frame.add(view);
            frame.pack();
            frame.setLocation(40, 30);
            frame.setVisible(true);
        });
    }

    @Override
    protected Shown state() throws Exception {
        AtomicReference<Shown> s = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Point p = view.isShowing() ? view.getLocationOnScreen() : new Point(-1, -1);
            s.set(new Shown(view.videoWidth(), view.videoHeight(), p.x, p.y, view.getWidth(), view.getHeight(),
                    view.presentedFrames(), view.ended()));
        });
        return s.get();
    }
}
