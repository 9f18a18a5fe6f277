package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.pod.SpaArray;
import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaLong;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodException;
import io.mediacapture.bindings.spa.pod.SpaProp;
import io.mediacapture.bindings.spa.pod.SpaRectangle;
import io.mediacapture.bindings.spa.pod.SpaType;
import io.mediacapture.bindings.spa.spa_h;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.mediacapture.bindings.spa.spa_h.*;

/**
 * The format helpers of {@code spa/param/format-utils.h}, {@code video/raw-utils.h}, {@code video/mjpg-utils.h}
 * and {@code audio/raw-utils.h}, plus builders for EnumFormat params with choices and a reader that turns a
 * node's EnumFormat into a {@link FormatDescription}. Build results are {@link SpaObject} values; write them with
 * {@code SpaPodBuilder.add}, which gives the bytes the C helpers give.
 *
 * <p>The parse methods are stricter than their C counterparts: a property of the wrong type, or an unfixated
 * choice where a Format needs a single value, raises {@link SpaPodException} instead of being skipped.
 */
public final class SpaFormats {
    private SpaFormats() {}

    /** Media type and subtype of a format ({@code spa_format_parse}). */
    public record MediaType(int mediaType, int mediaSubtype) {}

    // ---- fixed formats: the C build/parse helpers ----

    /** {@code spa_format_video_raw_build(builder, id, info)}. */
    public static SpaObject spa_format_video_raw_build(int id, VideoInfoRaw info) {
        List<SpaProp> p = start(SPA_MEDIA_TYPE_video(), SPA_MEDIA_SUBTYPE_raw());
        if (info.format() != SPA_VIDEO_FORMAT_UNKNOWN()) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_format(), new SpaId(info.format())));
        }
        if (info.size().width() != 0 && info.size().height() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_size(), info.size()));
        }
        if (info.framerate().denom() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_framerate(), info.framerate()));
        }
        if (info.modifier() != 0 || info.hasModifier()) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_modifier(), new SpaLong(info.modifier())));
        }
        if (info.maxFramerate().denom() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_maxFramerate(), info.maxFramerate()));
        }
        addIfSet(p, SPA_FORMAT_VIDEO_views(), new SpaInt(info.views()), info.views());
        addIfSet(p, SPA_FORMAT_VIDEO_interlaceMode(), new SpaId(info.interlaceMode()), info.interlaceMode());
        if (info.pixelAspectRatio().denom() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_pixelAspectRatio(), info.pixelAspectRatio()));
        }
        addIfSet(p, SPA_FORMAT_VIDEO_multiviewMode(), new SpaId(info.multiviewMode()), info.multiviewMode());
        addIfSet(p, SPA_FORMAT_VIDEO_multiviewFlags(), new SpaId(info.multiviewFlags()), info.multiviewFlags());
        addIfSet(p, SPA_FORMAT_VIDEO_chromaSite(), new SpaId(info.chromaSite()), info.chromaSite());
        addIfSet(p, SPA_FORMAT_VIDEO_colorRange(), new SpaId(info.colorRange()), info.colorRange());
        addIfSet(p, SPA_FORMAT_VIDEO_colorMatrix(), new SpaId(info.colorMatrix()), info.colorMatrix());
        addIfSet(p, SPA_FORMAT_VIDEO_transferFunction(), new SpaId(info.transferFunction()), info.transferFunction());
        addIfSet(p, SPA_FORMAT_VIDEO_colorPrimaries(), new SpaId(info.colorPrimaries()), info.colorPrimaries());
        return new SpaObject(SPA_TYPE_OBJECT_Format(), id, p);
    }

    /** {@code spa_format_video_raw_parse(format, info)}. @throws SpaPodException when it is not such a format */
    public static VideoInfoRaw spa_format_video_raw_parse(SpaPod format) {
        SpaObject o = formatObject(format);
        Optional<SpaPod> modifier = o.value(SPA_FORMAT_VIDEO_modifier());
        return new VideoInfoRaw(
                fixedId(o, SPA_FORMAT_VIDEO_format(), "VIDEO_format"),
                modifier.map(v -> fixed(v, "VIDEO_modifier", SpaFormats::asLong)).orElse(0L),
                modifier.isPresent(),
                fixedRect(o, SPA_FORMAT_VIDEO_size(), "VIDEO_size"),
                fixedFraction(o, SPA_FORMAT_VIDEO_framerate(), "VIDEO_framerate"),
                fixedFraction(o, SPA_FORMAT_VIDEO_maxFramerate(), "VIDEO_maxFramerate"),
                fixedInt(o, SPA_FORMAT_VIDEO_views(), "VIDEO_views"),
                fixedId(o, SPA_FORMAT_VIDEO_interlaceMode(), "VIDEO_interlaceMode"),
                fixedFraction(o, SPA_FORMAT_VIDEO_pixelAspectRatio(), "VIDEO_pixelAspectRatio"),
                fixedId(o, SPA_FORMAT_VIDEO_multiviewMode(), "VIDEO_multiviewMode"),
                fixedId(o, SPA_FORMAT_VIDEO_multiviewFlags(), "VIDEO_multiviewFlags"),
                fixedId(o, SPA_FORMAT_VIDEO_chromaSite(), "VIDEO_chromaSite"),
                fixedId(o, SPA_FORMAT_VIDEO_colorRange(), "VIDEO_colorRange"),
                fixedId(o, SPA_FORMAT_VIDEO_colorMatrix(), "VIDEO_colorMatrix"),
                fixedId(o, SPA_FORMAT_VIDEO_transferFunction(), "VIDEO_transferFunction"),
                fixedId(o, SPA_FORMAT_VIDEO_colorPrimaries(), "VIDEO_colorPrimaries"));
    }

    /** {@code spa_format_video_mjpg_build(builder, id, info)}. */
    public static SpaObject spa_format_video_mjpg_build(int id, VideoInfoMjpg info) {
        List<SpaProp> p = start(SPA_MEDIA_TYPE_video(), SPA_MEDIA_SUBTYPE_mjpg());
        if (info.size().width() != 0 && info.size().height() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_size(), info.size()));
        }
        if (info.framerate().denom() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_framerate(), info.framerate()));
        }
        if (info.maxFramerate().denom() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_VIDEO_maxFramerate(), info.maxFramerate()));
        }
        return new SpaObject(SPA_TYPE_OBJECT_Format(), id, p);
    }

    /** {@code spa_format_video_mjpg_parse(format, info)}. */
    public static VideoInfoMjpg spa_format_video_mjpg_parse(SpaPod format) {
        SpaObject o = formatObject(format);
        return new VideoInfoMjpg(fixedRect(o, SPA_FORMAT_VIDEO_size(), "VIDEO_size"),
                fixedFraction(o, SPA_FORMAT_VIDEO_framerate(), "VIDEO_framerate"),
                fixedFraction(o, SPA_FORMAT_VIDEO_maxFramerate(), "VIDEO_maxFramerate"));
    }

    /** {@code spa_format_audio_raw_build(builder, id, info)}. */
    public static SpaObject spa_format_audio_raw_build(int id, AudioInfoRaw info) {
        List<SpaProp> p = start(SPA_MEDIA_TYPE_audio(), SPA_MEDIA_SUBTYPE_raw());
        if (info.format() != SPA_AUDIO_FORMAT_UNKNOWN()) {
            p.add(SpaProp.of(SPA_FORMAT_AUDIO_format(), new SpaId(info.format())));
        }
        if (info.rate() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_AUDIO_rate(), new SpaInt(info.rate())));
        }
        if (info.channels() != 0) {
            p.add(SpaProp.of(SPA_FORMAT_AUDIO_channels(), new SpaInt(info.channels())));
            if ((info.flags() & SPA_AUDIO_FLAG_UNPOSITIONED()) == 0) {
                p.add(SpaProp.of(SPA_FORMAT_AUDIO_position(),
                        SpaArray.ofIds(java.util.Arrays.copyOf(info.position(), info.channels()))));
            }
        }
        return new SpaObject(SPA_TYPE_OBJECT_Format(), id, p);
    }

    /** {@code spa_format_audio_raw_parse(format, info)}: without a position array the result is UNPOSITIONED. */
    public static AudioInfoRaw spa_format_audio_raw_parse(SpaPod format) {
        SpaObject o = formatObject(format);
        int channels = fixedInt(o, SPA_FORMAT_AUDIO_channels(), "AUDIO_channels");
        int[] position = new int[0];
        int flags = 0;
        Optional<SpaPod> pos = o.value(SPA_FORMAT_AUDIO_position());
        if (pos.isPresent() && pos.get() instanceof SpaArray a && a.childType() == SpaType.ID && !a.values().isEmpty()) {
            position = java.util.Arrays.copyOf(a.intValues(), Math.min(a.values().size(), 64));
        } else {
            flags |= SPA_AUDIO_FLAG_UNPOSITIONED();
        }
        if (Integer.compareUnsigned(channels, 64) > 0) {
            throw new SpaPodException("AUDIO_channels: " + Integer.toUnsignedString(channels)
                    + " channels, more than SPA_AUDIO_MAX_CHANNELS");
        }
        if ((flags & SPA_AUDIO_FLAG_UNPOSITIONED()) == 0 && position.length < channels) {
            flags |= SPA_AUDIO_FLAG_UNPOSITIONED();
        }
        return new AudioInfoRaw(fixedId(o, SPA_FORMAT_AUDIO_format(), "AUDIO_format"), flags,
                fixedInt(o, SPA_FORMAT_AUDIO_rate(), "AUDIO_rate"), channels, position);
    }

    /** {@code spa_format_parse(format, &media_type, &media_subtype)}. */
    public static MediaType spa_format_parse(SpaPod format) {
        SpaObject o = formatObject(format);
        return new MediaType(fixedId(o, SPA_FORMAT_mediaType(), "mediaType"),
                fixedId(o, SPA_FORMAT_mediaSubtype(), "mediaSubtype"));
    }

    // ---- EnumFormat params with choices (what a stream offers on connect) ----

    /**
     * An EnumFormat for raw video. Each argument is a plain value or a {@link SpaChoice}; null leaves the
     * property out. Property order is that of the C helpers: format, size, framerate.
     */
    public static SpaObject videoRawEnumFormat(SpaPod format, SpaPod size, SpaPod framerate) {
        List<SpaProp> p = start(SPA_MEDIA_TYPE_video(), SPA_MEDIA_SUBTYPE_raw());
        addIfPresent(p, SPA_FORMAT_VIDEO_format(), format);
        addIfPresent(p, SPA_FORMAT_VIDEO_size(), size);
        addIfPresent(p, SPA_FORMAT_VIDEO_framerate(), framerate);
        return new SpaObject(SPA_TYPE_OBJECT_Format(), SPA_PARAM_EnumFormat(), p);
    }

    /** An EnumFormat for MJPG video; arguments as in {@link #videoRawEnumFormat}. */
    public static SpaObject mjpgEnumFormat(SpaPod size, SpaPod framerate) {
        List<SpaProp> p = start(SPA_MEDIA_TYPE_video(), SPA_MEDIA_SUBTYPE_mjpg());
        addIfPresent(p, SPA_FORMAT_VIDEO_size(), size);
        addIfPresent(p, SPA_FORMAT_VIDEO_framerate(), framerate);
        return new SpaObject(SPA_TYPE_OBJECT_Format(), SPA_PARAM_EnumFormat(), p);
    }

    /** An EnumFormat for raw audio: format, rate, channels, position (an Id array), each optional. */
    public static SpaObject audioRawEnumFormat(SpaPod format, SpaPod rate, SpaPod channels, SpaPod position) {
        List<SpaProp> p = start(SPA_MEDIA_TYPE_audio(), SPA_MEDIA_SUBTYPE_raw());
        addIfPresent(p, SPA_FORMAT_AUDIO_format(), format);
        addIfPresent(p, SPA_FORMAT_AUDIO_rate(), rate);
        addIfPresent(p, SPA_FORMAT_AUDIO_channels(), channels);
        addIfPresent(p, SPA_FORMAT_AUDIO_position(), position);
        return new SpaObject(SPA_TYPE_OBJECT_Format(), SPA_PARAM_EnumFormat(), p);
    }

    /**
     * Reads an EnumFormat (or Format) param of a node into a {@link FormatDescription}.
     *
     * @throws SpaPodException when the pod is not a Format object, lacks media type/subtype, or a known property
     *                         has the wrong type
     */
    public static FormatDescription parseEnumFormat(SpaPod format) {
        SpaObject o = formatObject(format);
        MediaType mt = spa_format_parse(o);
        Optional<List<Integer>> positions = o.value(SPA_FORMAT_AUDIO_position()).map(v -> {
            if (v instanceof SpaArray a) {
                List<Integer> out = new ArrayList<>();
                for (int i : a.intValues()) {
                    out.add(i);
                }
                return List.copyOf(out);
            }
            throw new SpaPodException("AUDIO_position: expected an Array of Id, got " + v);
        });
        return new FormatDescription(mt.mediaType(), mt.mediaSubtype(),
                choice(o, SPA_FORMAT_VIDEO_format(), "VIDEO_format", SpaFormats::asId),
                choice(o, SPA_FORMAT_VIDEO_size(), "VIDEO_size", SpaFormats::asRect),
                choice(o, SPA_FORMAT_VIDEO_framerate(), "VIDEO_framerate", SpaFormats::asFraction),
                choice(o, SPA_FORMAT_VIDEO_maxFramerate(), "VIDEO_maxFramerate", SpaFormats::asFraction),
                choice(o, SPA_FORMAT_AUDIO_format(), "AUDIO_format", SpaFormats::asId),
                choice(o, SPA_FORMAT_AUDIO_rate(), "AUDIO_rate", SpaFormats::asInt),
                choice(o, SPA_FORMAT_AUDIO_channels(), "AUDIO_channels", SpaFormats::asInt),
                positions, o);
    }

    // ---- helpers ----

    private static List<SpaProp> start(int mediaType, int mediaSubtype) {
        List<SpaProp> p = new ArrayList<>();
        p.add(SpaProp.of(SPA_FORMAT_mediaType(), new SpaId(mediaType)));
        p.add(SpaProp.of(SPA_FORMAT_mediaSubtype(), new SpaId(mediaSubtype)));
        return p;
    }

    private static void addIfSet(List<SpaProp> p, int key, SpaPod value, int raw) {
        if (raw != 0) {
            p.add(SpaProp.of(key, value));
        }
    }

    private static void addIfPresent(List<SpaProp> p, int key, SpaPod value) {
        if (value != null) {
            p.add(SpaProp.of(key, value));
        }
    }

    static SpaObject formatObject(SpaPod format) {
        if (!(format instanceof SpaObject o) || o.objectType() != spa_h.SPA_TYPE_OBJECT_Format()) {
            throw new SpaPodException("expected a Format object (SPA_TYPE_OBJECT_Format), got " + describe(format));
        }
        return o;
    }

    static String describe(SpaPod pod) {
        if (pod instanceof SpaObject o) {
            return "an Object of type " + Integer.toUnsignedString(o.objectType());
        }
        return pod == null ? "null" : "a " + SpaType.name(pod.podType()) + " pod";
    }

    private static <T> Optional<ParamValue<T>> choice(SpaObject o, int key, String what, Function<SpaPod, T> conv) {
        return o.value(key).map(v -> ParamValue.of(v, what, p -> convert(p, what, conv)));
    }

    private static <T> T convert(SpaPod p, String what, Function<SpaPod, T> conv) {
        T value = conv.apply(p);
        if (value == null) {
            throw new SpaPodException(what + ": unexpected " + describe(p));
        }
        return value;
    }

    /** The single value of a property of a fixated format: a plain value or a None choice. */
    static <T> T fixed(SpaPod v, String what, Function<SpaPod, T> conv) {
        ParamValue<T> pv = ParamValue.of(v, what, p -> convert(p, what, conv));
        if (pv instanceof ParamValue.Fixed<T> f) {
            return f.value();
        }
        throw new SpaPodException(what + ": expected a single value in a fixated format, got a choice " + pv);
    }

    private static int fixedId(SpaObject o, int key, String what) {
        return o.value(key).map(v -> fixed(v, what, SpaFormats::asId)).orElse(0);
    }

    private static int fixedInt(SpaObject o, int key, String what) {
        return o.value(key).map(v -> fixed(v, what, SpaFormats::asInt)).orElse(0);
    }

    private static SpaRectangle fixedRect(SpaObject o, int key, String what) {
        return o.value(key).map(v -> fixed(v, what, SpaFormats::asRect)).orElse(new SpaRectangle(0, 0));
    }

    private static SpaFraction fixedFraction(SpaObject o, int key, String what) {
        return o.value(key).map(v -> fixed(v, what, SpaFormats::asFraction)).orElse(new SpaFraction(0, 0));
    }

    static Integer asId(SpaPod p) {
        return p instanceof SpaId id ? id.value() : null;
    }

    static Integer asInt(SpaPod p) {
        return p instanceof SpaInt i ? i.value() : null;
    }

    static Long asLong(SpaPod p) {
        return p instanceof SpaLong l ? l.value() : null;
    }

    static SpaRectangle asRect(SpaPod p) {
        return p instanceof SpaRectangle r ? r : null;
    }

    static SpaFraction asFraction(SpaPod p) {
        return p instanceof SpaFraction f ? f : null;
    }
}
