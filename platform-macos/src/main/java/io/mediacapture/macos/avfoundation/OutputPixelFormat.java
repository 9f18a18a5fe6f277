package io.mediacapture.macos.avfoundation;

import io.mediacapture.macos.media.PixelFormats;
import java.util.List;
import java.util.OptionalInt;

/**
 * The pixel format to put in an AVCaptureVideoDataOutput's {@code videoSettings}. Setting a format the output
 * does not list in {@code availableVideoCVPixelFormatTypes} raises NSInvalidArgumentException, which would
 * take the JVM down (see the objc package notes), and that list is only meaningful once the output is
 * connected to the device in a session. So the choice is made there: the device's own format when listed,
 * else the first listed raw format this library delivers, in a fixed order of preference, else none (leave
 * the settings alone: the output then delivers its default, which the per-sample path handles or counts as
 * dropped).
 */
final class OutputPixelFormat {
    /** Raw formats in order of preference: NV12 first (no conversion in core for most consumers), BGRA last. */
    static final List<Integer> PREFERENCE = List.of(PixelFormats.NV12_VIDEO_RANGE, PixelFormats.NV12_FULL_RANGE,
            PixelFormats.UYVY, PixelFormats.YUY2, PixelFormats.I420, PixelFormats.BGRA);

    private OutputPixelFormat() {}

    static OptionalInt choose(int deviceSubtype, List<Integer> available) {
        if (available.contains(deviceSubtype) && PixelFormats.of(deviceSubtype).isPresent()) {
            return OptionalInt.of(deviceSubtype);
        }
        for (int f : PREFERENCE) {
            if (available.contains(f)) {
                return OptionalInt.of(f);
            }
        }
        return OptionalInt.empty();
    }
}
