package io.mediacapture.linux.alsa;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.bindings.alsa.asoundlib_h;
import java.util.List;
import java.util.Optional;

/** The interleaved sample formats core understands, as ALSA names them (little-endian hosts only). */
final class AlsaFormats {
    private AlsaFormats() {}

    /** Core's interleaved formats in the order they are offered. */
    static final List<AudioSampleFormat> SUPPORTED =
            List.of(AudioSampleFormat.S16, AudioSampleFormat.F32, AudioSampleFormat.S32, AudioSampleFormat.U8);

    /** {@code SND_PCM_FORMAT_*} for a core format; empty for planar formats (this backend reads interleaved). */
    static Optional<Integer> toAlsa(AudioSampleFormat f) {
        return Optional.ofNullable(switch (f) {
            case U8 -> asoundlib_h.SND_PCM_FORMAT_U8();
            case S16 -> asoundlib_h.SND_PCM_FORMAT_S16_LE();
            case S32 -> asoundlib_h.SND_PCM_FORMAT_S32_LE();
            case F32 -> asoundlib_h.SND_PCM_FORMAT_FLOAT_LE();
            default -> null;
        });
    }
}
