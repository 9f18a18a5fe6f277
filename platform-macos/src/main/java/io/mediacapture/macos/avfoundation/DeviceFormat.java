package io.mediacapture.macos.avfoundation;

import io.mediacapture.macos.media.CMTime;
import java.util.List;

/**
 * What one AVCaptureDeviceFormat of a camera offers, read out of Objective-C into plain values so that the
 * mode mapping can be tested anywhere.
 *
 * @param index      position in the device's {@code formats} array (the object to activate)
 * @param subtype    {@code CMFormatDescriptionGetMediaSubType}: a pixel format or codec FourCC
 * @param width      from {@code CMVideoFormatDescriptionGetDimensions}
 * @param height     likewise
 * @param rateRanges the format's {@code videoSupportedFrameRateRanges}
 */
public record DeviceFormat(int index, int subtype, int width, int height, List<RateRange> rateRanges) {
    public DeviceFormat {
        rateRanges = List.copyOf(rateRanges);
    }

    /**
     * One AVFrameRateRange. {@code minFrameDuration} is the exact duration of {@code maxFrameRate} as the
     * device states it (e.g. 1001/30000), or null when not read.
     */
    public record RateRange(double minFrameRate, double maxFrameRate, CMTime minFrameDuration) {
        public boolean contains(double rate) {
            return rate >= minFrameRate - 1e-3 && rate <= maxFrameRate + 1e-3;
        }
    }
}
