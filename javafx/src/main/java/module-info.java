/**
 * A JavaFX node that shows the video of a {@link io.mediacapture.MediaStream}:
 * {@link io.mediacapture.javafx.VideoView}.
 */
module io.mediacapture.javafx {
    requires transitive io.mediacapture.core;
    requires transitive javafx.graphics;

    exports io.mediacapture.javafx;
}
