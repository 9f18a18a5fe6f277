package io.mediacapture.linux.pipewire;

import static io.mediacapture.bindings.spa.spa_h.*;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.bindings.pipewire.inline.FormatDescription;
import io.mediacapture.bindings.pipewire.inline.ParamValue;
import io.mediacapture.bindings.spa.pod.SpaFraction;
import io.mediacapture.bindings.spa.pod.SpaRectangle;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a node's EnumFormat params into the SPI's {@link VideoMode}s and {@link AudioCapabilities}, and the
 * SPI's formats back into SPA ids. Continuous choices (a size Range from 1x1 to 2^31, as videotestsrc offers)
 * become the common sizes inside the range; unbounded rate and channel ranges are clamped to what a capture
 * application can use.
 *
 * <p>Params come from any client that may publish a node, so what they expand into is bounded: at most
 * {@link #MAX_CHOICE_VALUES} values of one enumerated choice and {@link #MAX_MODES} modes per node (one 48 KB param
 * of many sizes and rates used to become 9 million modes on the PipeWire thread). What was left out is reported
 * ({@link VideoModes#capped()}) for the log.
 */
final class SpaFormatMapping {
    /** Sizes listed for a camera that offers a continuous size range: the ones applications ask for. */
    static final List<SpaRectangle> COMMON_SIZES = List.of(new SpaRectangle(160, 120), new SpaRectangle(320, 240),
            new SpaRectangle(640, 360), new SpaRectangle(640, 480), new SpaRectangle(1280, 720),
            new SpaRectangle(1920, 1080));
    /** Values read from one enumerated choice (formats, sizes or rates); real cameras list a few dozen. */
    static final int MAX_CHOICE_VALUES = 64;
    /** Modes listed per node, over all its params (a UVC camera with every size and rate has a few hundred). */
    static final int MAX_MODES = 1024;
    static final double MAX_FRAME_RATE = 120;
    static final double MIN_FRAME_RATE = 1;
    static final int MIN_SAMPLE_RATE = 8_000;
    static final int MAX_SAMPLE_RATE = 192_000;
    static final int MAX_CHANNELS = 8;
    static final double MIN_LATENCY = 0.005;
    static final double MAX_LATENCY = 0.5;

    private SpaFormatMapping() {}

    private static Map<Integer, NativeVideoFormat> videoFormats() {
        return Map.of(SPA_VIDEO_FORMAT_I420(), NativeVideoFormat.I420, SPA_VIDEO_FORMAT_NV12(), NativeVideoFormat.NV12,
                SPA_VIDEO_FORMAT_YUY2(), NativeVideoFormat.YUY2, SPA_VIDEO_FORMAT_UYVY(), NativeVideoFormat.UYVY,
                SPA_VIDEO_FORMAT_RGBA(), NativeVideoFormat.RGBA, SPA_VIDEO_FORMAT_RGBx(), NativeVideoFormat.RGBX,
                SPA_VIDEO_FORMAT_BGRA(), NativeVideoFormat.BGRA, SPA_VIDEO_FORMAT_BGRx(), NativeVideoFormat.BGRX,
                SPA_VIDEO_FORMAT_RGB(), NativeVideoFormat.RGB24, SPA_VIDEO_FORMAT_BGR(), NativeVideoFormat.BGR24);
    }

    /** The SPI format of a raw {@code SPA_VIDEO_FORMAT_*}, if we deliver it. */
    static Optional<NativeVideoFormat> videoFormat(int spaFormat) {
        return Optional.ofNullable(videoFormats().get(spaFormat));
    }

    /** The {@code SPA_VIDEO_FORMAT_*} of a raw format. @throws IllegalArgumentException for MJPEG */
    static int spaVideoFormat(NativeVideoFormat f) {
        return videoFormats().entrySet().stream().filter(e -> e.getValue() == f).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(f + " is not a raw SPA video format"));
    }

    /** The sample format of an interleaved native-endian {@code SPA_AUDIO_FORMAT_*}, if we deliver it. */
    static Optional<AudioSampleFormat> audioFormat(int spaFormat) {
        if (spaFormat == SPA_AUDIO_FORMAT_F32()) {
            return Optional.of(AudioSampleFormat.F32);
        } else if (spaFormat == SPA_AUDIO_FORMAT_S16()) {
            return Optional.of(AudioSampleFormat.S16);
        } else if (spaFormat == SPA_AUDIO_FORMAT_S32()) {
            return Optional.of(AudioSampleFormat.S32);
        }
        return Optional.empty();
    }

    static int spaAudioFormat(AudioSampleFormat f) {
        return switch (f) {
            case F32 -> SPA_AUDIO_FORMAT_F32();
            case S16 -> SPA_AUDIO_FORMAT_S16();
            case S32 -> SPA_AUDIO_FORMAT_S32();
            default -> throw new IllegalArgumentException("PipeWire capture does not deliver " + f);
        };
    }

    /** A frame rate as the fraction PipeWire expects: whole rates n/1, NTSC-style rates n*1000/1001. */
    static SpaFraction fraction(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("frame rate must be positive: " + rate);
        }
        if (Math.abs(rate - Math.rint(rate)) < 1e-6) {
            return new SpaFraction((int) Math.rint(rate), 1);
        }
        double ntsc = rate * 1001 / 1000;
        if (Math.abs(ntsc - Math.rint(ntsc)) < 1e-3) {
            return new SpaFraction((int) Math.rint(ntsc) * 1000, 1001);
        }
        return new SpaFraction((int) Math.round(rate * 1000), 1000);
    }

    /**
     * The camera modes of a node's EnumFormat params, distinct, in param order.
     *
     * @param capped whether the params offered more than {@link #MAX_CHOICE_VALUES} values in a choice or more than
     *               {@link #MAX_MODES} modes, so that some were left out
     */
    record VideoModes(List<VideoMode> modes, boolean capped) {}

    /** The camera modes a node's EnumFormat params offer, within the limits (see the class comment). */
    static VideoModes videoModes(List<FormatDescription> params) {
        Cap cap = new Cap();
        LinkedHashSet<VideoMode> modes = new LinkedHashSet<>();
        for (FormatDescription d : params) {
            if (!addVideoModes(d, modes, cap)) {
                break;
            }
        }
        return new VideoModes(List.copyOf(modes), cap.hit);
    }

    /** The camera modes one EnumFormat param offers (empty for audio or formats we cannot deliver). */
    static List<VideoMode> videoModes(FormatDescription d) {
        return videoModes(List.of(d)).modes();
    }

    /** Adds the modes of {@code d}; false when {@link #MAX_MODES} is reached (the cap is then hit). */
    private static boolean addVideoModes(FormatDescription d, Set<VideoMode> modes, Cap cap) {
        if (d.mediaType() != SPA_MEDIA_TYPE_video()) {
            return true;
        }
        List<NativeVideoFormat> formats = new ArrayList<>();
        if (d.mediaSubtype() == SPA_MEDIA_SUBTYPE_mjpg()) {
            formats.add(NativeVideoFormat.MJPEG);
        } else if (d.mediaSubtype() == SPA_MEDIA_SUBTYPE_raw() && d.videoFormat().isPresent()) {
            for (int f : discrete(d.videoFormat().get(), cap)) {
                videoFormat(f).ifPresent(formats::add);
            }
        }
        if (formats.isEmpty() || d.size().isEmpty()) {
            return true;
        }
        List<SpaRectangle> sizes = sizes(d.size().get(), cap);
        List<double[]> rates = rates(d.framerate(), cap);
        for (NativeVideoFormat f : formats) {
            for (SpaRectangle s : sizes) {
                for (double[] r : rates) {
                    if (modes.size() >= MAX_MODES) {
                        cap.hit = true;
                        return false;
                    }
                    modes.add(new VideoMode(s.width(), s.height(), f, r[0], r[1]));
                }
            }
        }
        return true;
    }

    /** Whether a limit left values out. */
    private static final class Cap {
        boolean hit;
    }

    /** The values of a choice to list: all of an enumeration, up to {@link #MAX_CHOICE_VALUES}; else the default. */
    private static <T> List<T> discrete(ParamValue<T> v, Cap cap) {
        return switch (v) {
            case ParamValue.Fixed<T> f -> List.of(f.value());
            case ParamValue.Enumerated<T> e -> firstDistinct(e, cap);
            case ParamValue.Flags<T> f -> List.of(f.defaultValue());
            case ParamValue.Range<T> r -> List.of(r.defaultValue());
            case ParamValue.Step<T> s -> List.of(s.defaultValue());
        };
    }

    private static <T> List<T> firstDistinct(ParamValue.Enumerated<T> e, Cap cap) {
        LinkedHashSet<T> out = new LinkedHashSet<>();
        out.add(e.defaultValue());
        for (T t : e.alternatives()) {
            if (out.size() == MAX_CHOICE_VALUES && !out.contains(t)) {
                cap.hit = true;
                break;
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    private static List<SpaRectangle> sizes(ParamValue<SpaRectangle> v, Cap cap) {
        LinkedHashSet<SpaRectangle> out = new LinkedHashSet<>();
        switch (v) {
            case ParamValue.Range<SpaRectangle> r -> {
                addIfValid(out, r.defaultValue());
                for (SpaRectangle s : COMMON_SIZES) {
                    if (within(s, r.min(), r.max(), null)) {
                        out.add(s);
                    }
                }
            }
            case ParamValue.Step<SpaRectangle> st -> {
                addIfValid(out, st.defaultValue());
                for (SpaRectangle s : COMMON_SIZES) {
                    if (within(s, st.min(), st.max(), st.step())) {
                        out.add(s);
                    }
                }
            }
            default -> discrete(v, cap).forEach(s -> addIfValid(out, s));
        }
        return List.copyOf(out);
    }

    private static void addIfValid(Set<SpaRectangle> out, SpaRectangle s) {
        if (s.width() > 0 && s.height() > 0) {
            out.add(s);
        }
    }

    private static boolean within(SpaRectangle s, SpaRectangle min, SpaRectangle max, SpaRectangle step) {
        long w = s.width();
        long h = s.height();
        boolean in = w >= Integer.toUnsignedLong(min.width()) && w <= Integer.toUnsignedLong(max.width())
                && h >= Integer.toUnsignedLong(min.height()) && h <= Integer.toUnsignedLong(max.height());
        if (!in || step == null) {
            return in;
        }
        long sw = Math.max(1, Integer.toUnsignedLong(step.width()));
        long sh = Math.max(1, Integer.toUnsignedLong(step.height()));
        return (w - Integer.toUnsignedLong(min.width())) % sw == 0 && (h - Integer.toUnsignedLong(min.height())) % sh == 0;
    }

    /** [min, max] pairs: one per discrete rate, or one clamped range. */
    private static List<double[]> rates(Optional<ParamValue<SpaFraction>> value, Cap cap) {
        if (value.isEmpty()) {
            return List.of(new double[] {30, 30});
        }
        List<double[]> out = new ArrayList<>();
        switch (value.get()) {
            case ParamValue.Range<SpaFraction> r -> addRange(out, r.min().toDouble(), r.max().toDouble());
            case ParamValue.Step<SpaFraction> s -> addRange(out, s.min().toDouble(), s.max().toDouble());
            case ParamValue<SpaFraction> other -> {
                for (SpaFraction f : discrete(other, cap)) {
                    double d = f.toDouble();
                    if (d > 0 && Double.isFinite(d)) {
                        out.add(new double[] {d, d});
                    }
                }
            }
        }
        return out;
    }

    private static void addRange(List<double[]> out, double min, double max) {
        double lo = Double.isFinite(min) ? Math.max(min, MIN_FRAME_RATE) : MIN_FRAME_RATE;
        double hi = Double.isFinite(max) ? Math.min(max, MAX_FRAME_RATE) : MAX_FRAME_RATE;
        if (hi >= lo) {
            out.add(new double[] {lo, hi});
        }
    }

    /** The audio capabilities the EnumFormat params of a microphone add up to, or empty if none is usable. */
    static Optional<AudioCapabilities> audioCapabilities(List<FormatDescription> params) {
        Set<AudioSampleFormat> formats = EnumSet.noneOf(AudioSampleFormat.class);
        int minRate = Integer.MAX_VALUE;
        int maxRate = 0;
        int defRate = 0;
        int minCh = Integer.MAX_VALUE;
        int maxCh = 0;
        for (FormatDescription d : params) {
            if (d.mediaType() != SPA_MEDIA_TYPE_audio() || d.mediaSubtype() != SPA_MEDIA_SUBTYPE_raw()
                    || d.audioFormat().isEmpty()) {
                continue;
            }
            for (int f : discrete(d.audioFormat().get(), new Cap())) { // no product here: nothing to report
                audioFormat(f).ifPresent(formats::add);
            }
            int[] rate = intRange(d.rate(), 48_000);
            minRate = Math.min(minRate, Math.max(rate[0], MIN_SAMPLE_RATE));
            maxRate = Math.max(maxRate, Math.min(rate[1], MAX_SAMPLE_RATE));
            if (defRate == 0) {
                defRate = rate[2];
            }
            int[] ch = intRange(d.channels(), 2);
            minCh = Math.min(minCh, Math.max(ch[0], 1));
            // An unbounded channel range (a converter in front of the device) is not a 64-channel microphone.
            int top = ch[1] >= 64 ? Math.max(ch[2], 1) : ch[1];
            maxCh = Math.max(maxCh, Math.min(top, MAX_CHANNELS));
        }
        if (formats.isEmpty() || maxRate < minRate || maxCh < minCh) {
            return Optional.empty();
        }
        defRate = Math.min(Math.max(defRate, minRate), maxRate);
        return Optional.of(new AudioCapabilities(minRate, maxRate, defRate, minCh, maxCh, formats,
                MIN_LATENCY, MAX_LATENCY, List.of(false)));
    }

    /** {min, max, default} of an Int property; {@code fallback} when absent. */
    private static int[] intRange(Optional<ParamValue<Integer>> value, int fallback) {
        if (value.isEmpty()) {
            return new int[] {fallback, fallback, fallback};
        }
        return switch (value.get()) {
            case ParamValue.Range<Integer> r -> new int[] {r.min(), r.max(), r.defaultValue()};
            case ParamValue.Step<Integer> s -> new int[] {s.min(), s.max(), s.defaultValue()};
            case ParamValue<Integer> other -> {
                List<Integer> all = other instanceof ParamValue.Enumerated<Integer> e ? e.distinctValues()
                        : discrete(other, new Cap()); // min and max of all values: linear, never a product
                yield new int[] {all.stream().min(Integer::compare).orElseThrow(),
                        all.stream().max(Integer::compare).orElseThrow(), other.defaultValue()};
            }
        };
    }
}
