package io.mediacapture.bindings.pipewire.inline;

import io.mediacapture.bindings.spa.spa_h;

import java.util.Arrays;

/**
 * {@code struct spa_audio_info_raw} ({@code spa/param/audio/raw.h}); zero means "not set", as in C.
 *
 * @param format   {@code SPA_AUDIO_FORMAT_*}
 * @param flags    {@code SPA_AUDIO_FLAG_*}; with {@code SPA_AUDIO_FLAG_UNPOSITIONED} no position is written
 * @param position {@code SPA_AUDIO_CHANNEL_*} per channel (the first {@code channels} entries are used)
 */
public record AudioInfoRaw(int format, int flags, int rate, int channels, int[] position) {
    public AudioInfoRaw {
        position = position.clone();
        if (Integer.compareUnsigned(channels, 64) > 0) {
            throw new IllegalArgumentException("at most SPA_AUDIO_MAX_CHANNELS (64) channels, got "
                    + Integer.toUnsignedString(channels));
        }
        if (position.length < channels && (flags & spa_h.SPA_AUDIO_FLAG_UNPOSITIONED()) == 0) {
            throw new IllegalArgumentException(channels + " channels need " + channels + " positions, got "
                    + position.length + " (or set SPA_AUDIO_FLAG_UNPOSITIONED)");
        }
    }

    @Override
    public int[] position() {
        return position.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioInfoRaw a && format == a.format && flags == a.flags && rate == a.rate
                && channels == a.channels && Arrays.equals(position, a.position);
    }

    @Override
    public int hashCode() {
        return ((format * 31 + flags) * 31 + rate) * 31 + channels + Arrays.hashCode(position);
    }

    @Override
    public String toString() {
        return "AudioInfoRaw[format=" + format + ", flags=" + flags + ", rate=" + rate + ", channels=" + channels
                + ", position=" + Arrays.toString(position) + "]";
    }
}
