package io.mediacapture.windows.mf;

import io.mediacapture.spi.VideoMode;

/**
 * One native media type of a camera: its index in the source reader's list (to select it again when
 * opening) and what it means.
 *
 * @param index      the index for {@code IMFSourceReader::GetNativeMediaType}
 * @param mode       the mode offered to the constraint solver
 * @param frameRates the packed MF_MT_FRAME_RATE, RANGE_MIN and RANGE_MAX values (0 when absent)
 */
record NativeType(int index, VideoMode mode, long[] frameRates) {
    NativeType {
        frameRates = frameRates.clone();
    }

    /** Whether opening {@code wanted} at {@code rate} can use this type. */
    boolean serves(VideoMode wanted, double rate) {
        return mode.width() == wanted.width() && mode.height() == wanted.height() && mode.format() == wanted.format()
                && rate >= mode.minFrameRate() - 1e-6 && rate <= mode.maxFrameRate() + 1e-6;
    }
}
