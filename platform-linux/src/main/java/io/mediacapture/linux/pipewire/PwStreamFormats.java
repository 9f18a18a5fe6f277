package io.mediacapture.linux.pipewire;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.bindings.pipewire.inline.AudioInfoRaw;
import io.mediacapture.bindings.pipewire.inline.SpaFormats;
import io.mediacapture.bindings.pipewire.inline.SpaParams;
import io.mediacapture.bindings.pipewire.inline.VideoInfoMjpg;
import io.mediacapture.bindings.pipewire.inline.VideoInfoRaw;
import io.mediacapture.bindings.spa.pod.SpaArray;
import io.mediacapture.bindings.spa.pod.SpaChoice;
import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaId;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaPod;
import io.mediacapture.bindings.spa.pod.SpaPodBuilder;
import io.mediacapture.bindings.spa.pod.SpaPodParser;
import io.mediacapture.bindings.spa.pod.SpaRectangle;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.bindings.spa.spa_meta_header;
import io.mediacapture.linux.mjpeg.MjpegFrames;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceConfig;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stream offers and what it settled on: the EnumFormat params to connect with, the Buffers/Meta params asked
 * for once a video format is agreed, and the parsing of the agreed Format param.
 */
final class PwStreamFormats {
    private PwStreamFormats() {}

    /** The format the stream settled on. For video {@code video != null}; for audio {@code audio != null}. */
    record Negotiated(NativeVideoFormat video, int width, int height, long frameDurationMicros,
                      AudioSampleFormat audio, int rate, int channels) {}

    /** The EnumFormat params to connect with: exactly the chosen configuration first, then fall-backs. */
    static List<SpaPod> offers(SourceConfig config) {
        List<SpaPod> out = new ArrayList<>();
        if (config instanceof SourceConfig.Video v) {
            SpaRectangle size = new SpaRectangle(v.mode().width(), v.mode().height());
            SpaFraction rate = SpaFormatMapping.fraction(v.frameRate());
            SpaPod anyRate = SpaChoice.range(rate, new SpaFraction(0, 1), new SpaFraction(1000, 1));
            if (v.mode().format() == NativeVideoFormat.MJPEG) {
                out.add(SpaFormats.mjpgEnumFormat(size, rate));
                out.add(SpaFormats.mjpgEnumFormat(size, anyRate));
            } else {
                SpaId fmt = new SpaId(SpaFormatMapping.spaVideoFormat(v.mode().format()));
                out.add(SpaFormats.videoRawEnumFormat(fmt, size, rate));
                out.add(SpaFormats.videoRawEnumFormat(fmt, size, anyRate));
            }
        } else if (config instanceof SourceConfig.Audio a) {
            SpaPod position = switch (a.channelCount()) {
                case 1 -> SpaArray.ofIds(spa_h.SPA_AUDIO_CHANNEL_MONO());
                case 2 -> SpaArray.ofIds(spa_h.SPA_AUDIO_CHANNEL_FL(), spa_h.SPA_AUDIO_CHANNEL_FR());
                default -> null;
            };
            out.add(SpaFormats.audioRawEnumFormat(new SpaId(SpaFormatMapping.spaAudioFormat(a.format())),
                    new SpaInt(a.sampleRate()), new SpaInt(a.channelCount()), position));
        }
        return out;
    }

    /** The Buffers and Meta params for an agreed video format {@code n} (see the MJPEG note inside). */
    static List<SpaPod> videoBufferParams(Negotiated n) {
        int mask = (1 << spa_h.SPA_DATA_MemPtr()) | (1 << spa_h.SPA_DATA_MemFd());
        SpaPod count = SpaChoice.range(new SpaInt(8), new SpaInt(2), new SpaInt(16));
        SpaPod types = SpaChoice.flagsOf(new SpaInt(mask));
        List<SpaPod> params = new ArrayList<>();
        if (n.video() == NativeVideoFormat.MJPEG) {
            // A JPEG's size is not known from the format: without a size of ours PipeWire takes the producer's
            // default, which for GStreamer's pipewiresink is the size of its first JPEG. Every later, larger
            // frame then arrives cut at that size (measured: 2 of 3 frames of a 720p test pattern), which is
            // what made MJPEG nodes deliver about 10 of 30 frames a second. Ask for room for any JPEG of the
            // negotiated size; the second param (no size) is the fall-back for a producer that cannot.
            params.add(SpaParams.buffers(count, null, new SpaInt(MjpegFrames.bufferBytes(n.width(), n.height())),
                    null, null, types));
        }
        params.add(SpaParams.buffers(count, null, null, null, null, types));
        params.add(SpaParams.meta(spa_h.SPA_META_Header(), (int) spa_meta_header.sizeof()));
        return params;
    }

    /**
     * A {@code const struct spa_pod *[]} of {@code pods} in {@code in}: a short-lived arena, since the stream copies
     * the params it is given (they used to go into the source's arena, which then grew on every renegotiation).
     */
    static MemorySegment encode(List<SpaPod> pods, Arena in) {
        MemorySegment array = in.allocate(ValueLayout.ADDRESS, pods.size());
        for (int i = 0; i < pods.size(); i++) {
            array.setAtIndex(ValueLayout.ADDRESS, i, new SpaPodBuilder().add(pods.get(i)).toSegment(in));
        }
        return array;
    }

    /** The agreed format in the Format param at {@code param}; IllegalArgumentException for one we cannot deliver. */
    static Negotiated parse(MemorySegment param) {
        return parseFormat(SpaPodParser.parseNative(param));
    }

    private static Negotiated parseFormat(SpaPod pod) {
        SpaFormats.MediaType mt = SpaFormats.spa_format_parse(pod);
        if (mt.mediaType() == spa_h.SPA_MEDIA_TYPE_video() && mt.mediaSubtype() == spa_h.SPA_MEDIA_SUBTYPE_raw()) {
            VideoInfoRaw v = SpaFormats.spa_format_video_raw_parse(pod);
            NativeVideoFormat f = SpaFormatMapping.videoFormat(v.format()).orElseThrow(
                    () -> new IllegalArgumentException("SPA video format " + v.format() + " is not supported"));
            return new Negotiated(f, v.size().width(), v.size().height(), duration(v.framerate()), null, 0, 0);
        }
        if (mt.mediaType() == spa_h.SPA_MEDIA_TYPE_video() && mt.mediaSubtype() == spa_h.SPA_MEDIA_SUBTYPE_mjpg()) {
            VideoInfoMjpg v = SpaFormats.spa_format_video_mjpg_parse(pod);
            return new Negotiated(NativeVideoFormat.MJPEG, v.size().width(), v.size().height(), duration(v.framerate()),
                    null, 0, 0);
        }
        if (mt.mediaType() == spa_h.SPA_MEDIA_TYPE_audio() && mt.mediaSubtype() == spa_h.SPA_MEDIA_SUBTYPE_raw()) {
            AudioInfoRaw a = SpaFormats.spa_format_audio_raw_parse(pod);
            AudioSampleFormat f = SpaFormatMapping.audioFormat(a.format()).orElseThrow(
                    () -> new IllegalArgumentException("SPA audio format " + a.format() + " is not supported"));
            if (a.rate() <= 0 || a.channels() <= 0) {
                throw new IllegalArgumentException("audio format without rate or channels");
            }
            return new Negotiated(null, 0, 0, -1, f, a.rate(), a.channels());
        }
        throw new IllegalArgumentException("media type " + mt.mediaType() + "/" + mt.mediaSubtype());
    }

    private static long duration(SpaFraction rate) {
        return rate.num() > 0 && rate.denom() > 0 ? Math.round(1e6 * rate.denom() / rate.num()) : -1;
    }
}
