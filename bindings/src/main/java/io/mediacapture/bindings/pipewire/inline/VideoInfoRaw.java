package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaRectangle;

import java.util.Objects;

/**
 * {@code struct spa_video_info_raw} ({@code spa/param/video/raw.h}) as a Java value. As in C, zero means "not
 * set": such fields are left out by {@link SpaFormats#spa_format_video_raw_build} and stay zero after parsing.
 *
 * @param format       {@code SPA_VIDEO_FORMAT_*}
 * @param hasModifier  {@code SPA_VIDEO_FLAG_MODIFIER}: the modifier is meaningful even when 0
 */
public record VideoInfoRaw(int format, long modifier, boolean hasModifier, SpaRectangle size, SpaFraction framerate,
                           SpaFraction maxFramerate, int views, int interlaceMode, SpaFraction pixelAspectRatio,
                           int multiviewMode, int multiviewFlags, int chromaSite, int colorRange, int colorMatrix,
                           int transferFunction, int colorPrimaries) {
    public VideoInfoRaw {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(framerate, "framerate");
        Objects.requireNonNull(maxFramerate, "maxFramerate");
        Objects.requireNonNull(pixelAspectRatio, "pixelAspectRatio");
    }

    private static final SpaFraction UNSET = new SpaFraction(0, 0);

    /** A format with size and frame rate and every other field unset. */
    public static VideoInfoRaw of(int format, int width, int height, int framerateNum, int framerateDenom) {
        return new VideoInfoRaw(format, 0, false, new SpaRectangle(width, height),
                new SpaFraction(framerateNum, framerateDenom), UNSET, 0, 0, UNSET, 0, 0, 0, 0, 0, 0, 0);
    }
}
