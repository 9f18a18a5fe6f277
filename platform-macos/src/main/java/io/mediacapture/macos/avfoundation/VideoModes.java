package io.mediacapture.macos.avfoundation;

import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.media.FourCc;
import io.mediacapture.macos.media.PixelFormats;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Camera formats to modes and back: what the solver chooses among, and which format realises its choice. */
public final class VideoModes {
    private VideoModes() {}

    /** The device format and frame duration that deliver a chosen mode and rate. */
    public record Choice(DeviceFormat format, CMTime frameDuration) {}

    /**
     * One mode per (size, pixel format, rate range), in the device's order, skipping formats whose pixel
     * format this library cannot use and ranges that are empty or not positive. 420v and 420f both map to
     * NV12; the first one listed wins.
     */
    public static List<VideoMode> modes(List<DeviceFormat> formats) {
        Set<VideoMode> out = new LinkedHashSet<>();
        for (DeviceFormat f : formats) {
            Optional<NativeVideoFormat> nf = PixelFormats.of(f.subtype());
            if (nf.isEmpty() || f.width() <= 0 || f.height() <= 0) {
                continue;
            }
            for (DeviceFormat.RateRange r : f.rateRanges()) {
                if (r.minFrameRate() > 0 && r.maxFrameRate() >= r.minFrameRate()) {
                    out.add(new VideoMode(f.width(), f.height(), nf.get(), r.minFrameRate(), r.maxFrameRate()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The first device format matching {@code mode} whose rate ranges contain {@code frameRate}, with the frame
     * duration to set: the device's own exact duration when the rate is a range's maximum (so 29.97 stays
     * 1001/30000), else {@code 1000 / round(rate * 1000)}.
     *
     * @throws BackendException UNSUPPORTED_CONFIGURATION naming width/height/frameRate when none matches
     */
    public static Choice choose(List<DeviceFormat> formats, VideoMode mode, double frameRate) throws BackendException {
        List<DeviceFormat> sized = new ArrayList<>();
        for (DeviceFormat f : formats) {
            if (f.width() == mode.width() && f.height() == mode.height()
                    && PixelFormats.of(f.subtype()).filter(mode.format()::equals).isPresent()) {
                sized.add(f);
            }
        }
        if (sized.isEmpty()) {
            throw BackendException.unsupported("width", "the camera has no " + mode.width() + "x" + mode.height() + " "
                    + mode.format() + " format any more; it has " + describe(formats));
        }
        for (DeviceFormat f : sized) {
            for (DeviceFormat.RateRange r : f.rateRanges()) {
                if (r.contains(frameRate)) {
                    CMTime d = Math.abs(frameRate - r.maxFrameRate()) < 1e-3 && r.minFrameDuration() != null
                            && r.minFrameDuration().isValid()
                            ? r.minFrameDuration() : CMTime.frameDuration(frameRate);
                    return new Choice(f, d);
                }
            }
        }
        throw BackendException.unsupported("frameRate", "no " + mode.width() + "x" + mode.height() + " " + mode.format()
                + " format of the camera runs at " + frameRate + " fps");
    }

    private static String describe(List<DeviceFormat> formats) {
        List<String> s = new ArrayList<>();
        for (DeviceFormat f : formats) {
            s.add(f.width() + "x" + f.height() + " " + FourCc.toString(f.subtype()));
        }
        return s.toString();
    }
}
