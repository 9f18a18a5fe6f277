package io.mediacapture.macos.avfoundation;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.BackendException;

/**
 * Checks an AVCaptureAudioDataOutput {@code audioSettings} request before it is sent: an unsupported
 * combination raises NSInvalidArgumentException inside {@code setAudioSettings:}, which would take the JVM
 * down, while a refusal here is an ordinary OverconstrainedError. The bounds are Apple's documented linear PCM
 * ones: 8 to 192 kHz, 16-bit integer or 32-bit float, interleaved. Channels are limited to two, because more
 * than two require an {@code AVChannelLayoutKey} describing the layout, which this backend does not build
 * (and {@link AudioFormats#MAX_CHANNELS} keeps the solver from choosing more).
 */
final class AudioOutputSettings {
    static final int MIN_RATE = 8_000;
    static final int MAX_RATE = 192_000;

    private AudioOutputSettings() {}

    /** @throws BackendException UNSUPPORTED_CONFIGURATION naming the constraint that cannot be met */
    static void check(int sampleRate, int channels, AudioSampleFormat format) throws BackendException {
        if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
            throw BackendException.unsupported("sampleRate", "the microphone output converts to " + MIN_RATE + ".."
                    + MAX_RATE + " Hz, not " + sampleRate);
        }
        if (channels < 1 || channels > AudioFormats.MAX_CHANNELS) {
            throw BackendException.unsupported("channelCount", "the microphone output delivers 1 or "
                    + AudioFormats.MAX_CHANNELS + " channels here, not " + channels);
        }
        if (format != AudioSampleFormat.F32 && format != AudioSampleFormat.S16) {
            throw BackendException.unsupported("sampleSize", "the microphone delivers f32 or s16, not " + format);
        }
    }
}
