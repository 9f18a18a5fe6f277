package io.mediacapture.windows.mf;

import io.mediacapture.spi.VideoMode;

/**
 * One native media type of a camera: its index in the source reader's list (to select it again, unmodified,
 * when opening) and what it means.
 *
 * @param index     the index for {@code IMFSourceReader::GetNativeMediaType}
 * @param mode      the mode offered to the constraint solver: one size, format and rate
 * @param frameRate the type's packed MF_MT_FRAME_RATE
 */
record NativeType(int index, VideoMode mode, long frameRate) {
    /** Whether opening {@code wanted} at {@code rate} is exactly this type. */
    boolean serves(VideoMode wanted, double rate) {
        return mode.width() == wanted.width() && mode.height() == wanted.height() && mode.format() == wanted.format()
                && Math.abs(rate - mode.maxFrameRate()) <= 1e-6;
    }
}
