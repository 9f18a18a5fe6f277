package io.mediacapture.javafx;

import io.mediacapture.FrameHandler;
import io.mediacapture.FrameTap;
import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.VideoFrame;
import io.mediacapture.javafx.internal.FrameSlots;
import java.nio.IntBuffer;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.util.Callback;

/**
 * A JavaFX node that shows the video of a {@link MediaStream}: the counterpart of
 * {@code <video srcObject=stream autoplay>}. It shows the stream's first video track, scaled to fit with the aspect
 * ratio kept (1:1 at its preferred size, which is the video's size).
 *
 * <pre>{@code
 * VideoView view = new VideoView();
 * view.setSrcObject(devices.getUserMedia(Map.of("video", true)).join());
 * stage.setScene(new Scene(new StackPane(view)));
 * }</pre>
 *
 * <p>Each frame is converted, on the thread that captured it (a {@link FrameTap}), straight into the memory of a
 * JavaFX {@link PixelBuffer} (a direct buffer): no copy after the conversion, and in steady state the view's own
 * work allocates nothing per frame (JavaFX's rendering allocates what it allocates for any image update).
 * On each pulse the newest frame is shown, so the view follows the track's rate up to the display's (a frame that
 * comes before the previous one was shown replaces it).
 *
 * <p>Like a video element, the view follows the track: {@link #videoWidthProperty()} and
 * {@link #videoHeightProperty()} change with the frames' size (the video element's {@code resize}), and
 * {@link #endedProperty()} becomes true when the track ends, whether it was stopped or its device went away. After
 * the end it keeps showing the last frame. Needs a little-endian machine (every platform JavaFX runs on).
 *
 * <p>Lifetime: the view converts the track's frames until the track ends or {@code srcObject} is set to another
 * stream or null, whether or not it is in a scene; set it to null when you throw the view away. It never stops the
 * tracks: they are the application's.
 *
 * <p>Threads: like every node, use it on the JavaFX Application Thread; its properties change there.
 */
public class VideoView extends Region {
    private static final double NO_VIDEO_WIDTH = 320;
    private static final double NO_VIDEO_HEIGHT = 240;
    /** The whole buffer changed (a null dirty region means the whole image). */
    private static final Callback<PixelBuffer<IntBuffer>, Rectangle2D> WHOLE = b -> null;

    private final ImageView imageView = new ImageView();
    private final ReadOnlyIntegerWrapper videoWidth = new ReadOnlyIntegerWrapper(this, "videoWidth");
    private final ReadOnlyIntegerWrapper videoHeight = new ReadOnlyIntegerWrapper(this, "videoHeight");
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(this, "ended");
    private final ObjectProperty<MediaStream> srcObject = new SimpleObjectProperty<>(this, "srcObject") {
        @Override
        protected void invalidated() {
            attach(get());
        }
    };
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            present();
        }
    };
    private Source source = new Source();
    private FrameTap tap;
    private long presentedFrames;
    private long presentedFrameTimestamp = -1;

    /** A view with nothing to show (set {@link #srcObjectProperty()}). */
    public VideoView() {
        getStyleClass().add("video-view");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        getChildren().add(imageView);
    }

    /** A view of {@code stream}. */
    public VideoView(MediaStream stream) {
        this();
        setSrcObject(stream);
    }

    /**
     * The stream shown, or null. Setting it shows the stream's first video track from now on (nothing when it has
     * none), stops showing the previous stream (its tracks go on), and resets the video size and {@code ended}.
     */
    public final ObjectProperty<MediaStream> srcObjectProperty() {
        return srcObject;
    }

    public final MediaStream srcObject() {
        return srcObject.get();
    }

    public final void setSrcObject(MediaStream stream) {
        srcObject.set(stream);
    }

    /** The shown track's frame width in pixels, 0 before its first frame (HTMLVideoElement.videoWidth). */
    public final ReadOnlyIntegerProperty videoWidthProperty() {
        return videoWidth.getReadOnlyProperty();
    }

    public final int videoWidth() {
        return videoWidth.get();
    }

    /** The shown track's frame height in pixels, 0 before its first frame (HTMLVideoElement.videoHeight). */
    public final ReadOnlyIntegerProperty videoHeightProperty() {
        return videoHeight.getReadOnlyProperty();
    }

    public final int videoHeight() {
        return videoHeight.get();
    }

    /** Whether the shown track has ended. */
    public final ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    public final boolean ended() {
        return ended.get();
    }

    /** How many frames have been shown so far (frames replaced before a pulse showed them are not counted). */
    public final long presentedFrames() {
        return presentedFrames;
    }

    /** The timestamp (microseconds) of the frame shown last, or -1 before the first. */
    public final long presentedFrameTimestamp() {
        return presentedFrameTimestamp;
    }

    private void attach(MediaStream stream) {
        if (tap != null) {
            tap.close();
            tap = null;
        }
        source = new Source();
        imageView.setImage(null);
        presentedFrameTimestamp = -1;
        setVideoSize(0, 0);
        ended.set(false);
        List<MediaStreamTrack> video = stream == null ? List.of() : stream.getVideoTracks();
        if (video.isEmpty()) {
            pulse.stop();
            return;
        }
        tap = FrameTap.open(video.getFirst(), source);
        pulse.start();
    }

    /** On each pulse: show the newest frame, if one came; notice the end. */
    private void present() {
        FrameSlots.Slot slot = source.slots.take();
        if (slot == null) {
            if (source.ended) {
                ended.set(true);
                pulse.stop();
            }
            return;
        }
        WritableImage image;
        if (slot.toolkitImage instanceof FxImage known) {
            image = known.image();
            known.buffer().updateBuffer(WHOLE); // the pixels changed
        } else {
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(slot.width, slot.height, slot.pixels, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
            slot.toolkitImage = new FxImage(buffer, image);
        }
        if (imageView.getImage() != image) {
            imageView.setImage(image);
        }
        setVideoSize(slot.width, slot.height);
        presentedFrames++;
        presentedFrameTimestamp = slot.timestamp();
    }

    private void setVideoSize(int w, int h) {
        if (w != videoWidth.get() || h != videoHeight.get()) {
            videoWidth.set(w);
            videoHeight.set(h);
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        imageView.setFitWidth(w);
        imageView.setFitHeight(h);
        layoutInArea(imageView, in.getLeft(), in.getTop(), w, h, 0, HPos.CENTER, VPos.CENTER);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return (videoWidth() > 0 ? videoWidth() : NO_VIDEO_WIDTH) + in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return (videoHeight() > 0 ? videoHeight() : NO_VIDEO_HEIGHT) + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    /** A slot's JavaFX objects: the image over its pixels, made once per slot. */
    private record FxImage(PixelBuffer<IntBuffer> buffer, WritableImage image) {}

    /** One stream's frames: the tap's handler, on the capture thread. */
    private static final class Source implements FrameHandler {
        final FrameSlots slots = new FrameSlots();
        volatile boolean ended;

        @Override
        public void handle(MediaFrame frame) {
            if (frame instanceof VideoFrame video) {
                slots.put(video);
            }
        }

        @Override
        public void trackEnded() {
            ended = true;
        }
    }
}
