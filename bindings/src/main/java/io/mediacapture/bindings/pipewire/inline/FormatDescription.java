package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaRectangle;

import java.util.List;
import java.util.Optional;

/**
 * One EnumFormat (or Format) param of a node, read into Java values: what a device offers. Each property is
 * present only when the pod has it; choices keep their kind (range, step, enumeration).
 *
 * @param mediaType    {@code SPA_MEDIA_TYPE_*}
 * @param mediaSubtype {@code SPA_MEDIA_SUBTYPE_*}
 * @param videoFormat  {@code SPA_FORMAT_VIDEO_format}: {@code SPA_VIDEO_FORMAT_*} ids
 * @param size         {@code SPA_FORMAT_VIDEO_size}
 * @param framerate    {@code SPA_FORMAT_VIDEO_framerate}
 * @param maxFramerate {@code SPA_FORMAT_VIDEO_maxFramerate}
 * @param audioFormat  {@code SPA_FORMAT_AUDIO_format}: {@code SPA_AUDIO_FORMAT_*} ids
 * @param rate         {@code SPA_FORMAT_AUDIO_rate}
 * @param channels     {@code SPA_FORMAT_AUDIO_channels}
 * @param positions    {@code SPA_FORMAT_AUDIO_position}: {@code SPA_AUDIO_CHANNEL_*} per channel
 * @param pod          the whole object, for properties not listed here
 */
public record FormatDescription(int mediaType, int mediaSubtype,
                                Optional<ParamValue<Integer>> videoFormat,
                                Optional<ParamValue<SpaRectangle>> size,
                                Optional<ParamValue<SpaFraction>> framerate,
                                Optional<ParamValue<SpaFraction>> maxFramerate,
                                Optional<ParamValue<Integer>> audioFormat,
                                Optional<ParamValue<Integer>> rate,
                                Optional<ParamValue<Integer>> channels,
                                Optional<List<Integer>> positions,
                                SpaObject pod) {
}
