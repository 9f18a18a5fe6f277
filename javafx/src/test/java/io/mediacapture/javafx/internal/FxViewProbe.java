package io.mediacapture.javafx.internal;

import io.mediacapture.MediaStream;
import io.mediacapture.javafx.VideoView;
import io.mediacapture.testing.ViewProbe;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** The JavaFX VideoViewScreenTest's child JVM: a {@link VideoView} as a window's scene, sized to the video. */
public final class FxViewProbe extends ViewProbe {
    private VideoView view;

    private FxViewProbe() {
    }

    public static void main(String[] args) throws Exception {
        new FxViewProbe().run();
    }

    @Override
    protected void open(MediaStream stream) throws Exception {
        FutureTask<Void> opened = new FutureTask<>(() -> {
            view = new VideoView(stream);
            Stage stage = new Stage(StageStyle.UNDECORATED);
            stage.setScene(new Scene(view));
            view.videoHeightProperty().addListener((o, was, now) -> stage.sizeToScene()); // follow the video's size
            stage.setX(40);
            stage.setY(30);
            stage.show();
            return null;
        });
        Platform.startup(opened);
        opened.get(30, TimeUnit.SECONDS);
    }

    @Override
    protected Shown state() throws Exception {
        FutureTask<Shown> s = new FutureTask<>(() -> {
            Point2D p = view.localToScreen(0, 0);
            return new Shown(view.videoWidth(), view.videoHeight(), p == null ? -1 : (int) Math.round(p.getX()),
                    p == null ? -1 : (int) Math.round(p.getY()), (int) view.getWidth(), (int) view.getHeight(),
                    view.presentedFrames(), view.ended());
        });
        Platform.runLater(s);
        return s.get(30, TimeUnit.SECONDS);
    }
}
