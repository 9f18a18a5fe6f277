package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaRectangle;

import java.util.Objects;

/** {@code struct spa_video_info_mjpg} ({@code spa/param/video/mjpg.h}); zero means "not set", as in C. */
public record VideoInfoMjpg(SpaRectangle size, SpaFraction framerate, SpaFraction maxFramerate) {
    public VideoInfoMjpg {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(framerate, "framerate");
        Objects.requireNonNull(maxFramerate, "maxFramerate");
    }
}
