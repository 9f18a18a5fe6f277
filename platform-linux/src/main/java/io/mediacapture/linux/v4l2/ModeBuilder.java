package io.mediacapture.linux.v4l2;

import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a device enumerates into the {@link VideoMode}s core's solver chooses among: one mode per
 * discrete rate, one ranged mode per interval range; formats core cannot use are left out. Platform-free.
 */
final class ModeBuilder {
    private ModeBuilder() {}

    /**
     * The modes and, for each native format, the fourcc to ask the device for (the first one it listed:
     * a camera that offers both {@code MJPG} and {@code JPEG} gets {@code MJPG} if that came first).
     */
    record Result(List<VideoMode> modes, Map<NativeVideoFormat, Integer> fourccs) {
        Result {
            modes = List.copyOf(modes);
            fourccs = Map.copyOf(fourccs);
        }
    }

    static Result build(List<FormatDescription> formats) {
        Set<VideoMode> modes = new LinkedHashSet<>();
        Map<NativeVideoFormat, Integer> fourccs = new LinkedHashMap<>();
        for (FormatDescription f : formats) {
            var nativeFormat = V4l2PixelFormats.toNative(f.fourcc());
            if (nativeFormat.isEmpty()) {
                continue;
            }
            NativeVideoFormat nf = nativeFormat.get();
            Integer chosen = fourccs.putIfAbsent(nf, f.fourcc());
            if (chosen != null && chosen != f.fourcc()) {
                continue; // a second fourcc for the same format (JPEG after MJPG): the first one serves it
            }
            for (FormatDescription.SizeEntry s : f.sizes()) {
                modes.addAll(modesAt(s, nf));
            }
        }
        return new Result(new ArrayList<>(modes), fourccs);
    }

    static List<VideoMode> modesAt(FormatDescription.SizeEntry s, NativeVideoFormat format) {
        int w = s.size().width();
        int h = s.size().height();
        List<VideoMode> out = new ArrayList<>();
        switch (s.intervals()) {
            case FrameSizes.Intervals.Discrete d -> {
                for (FrameSizes.Fraction f : d.intervals()) {
                    VideoMode m = VideoMode.of(w, h, format, f.rate());
                    if (!out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            case FrameSizes.Intervals.Range r -> out.add(new VideoMode(w, h, format, r.max().rate(), r.min().rate()));
        }
        return out;
    }
}
