package io.mediacapture.audio;

import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * Whether this machine has an audio output {@code javax.sound.sampled} can play to, and why not when it has
 * none (no mixer at all, or no mixer accepts the format). Immutable; {@link #probe} asks the system anew.
 */
public final class SystemAudioOutput {
    private final String mixerName; // null when unavailable
    private final String reason;

    private SystemAudioOutput(String mixerName, String reason) {
        this.mixerName = mixerName;
        this.reason = reason;
    }

    /** Looks for a mixer with a line for 16-bit signed little-endian PCM at this rate and channel count. */
    public static SystemAudioOutput probe(float sampleRate, int channels) {
        AudioFormat format = pcm16(sampleRate, channels);
        DataLine.Info info = new DataLine.Info(SourceDataLine.class, format);
        Mixer.Info[] mixers;
        try {
            mixers = AudioSystem.getMixerInfo();
        } catch (RuntimeException e) {
            return new SystemAudioOutput(null, "javax.sound.sampled cannot list mixers: " + e);
        }
        for (Mixer.Info m : mixers) {
            try {
                if (AudioSystem.getMixer(m).isLineSupported(info)) {
                    return new SystemAudioOutput(m.getName(), "");
                }
            } catch (RuntimeException e) {
                // this mixer cannot be opened; try the next
            }
        }
        return new SystemAudioOutput(null, mixers.length == 0
                ? "no audio output: javax.sound.sampled finds no mixer (no sound card or sound server)"
                : "no audio output: none of " + mixers.length + " mixers plays " + format);
    }

    public boolean available() {
        return mixerName != null;
    }

    /** The mixer that would play, when available. */
    public Optional<String> mixerName() {
        return Optional.ofNullable(mixerName);
    }

    /** Why there is no output ("" when available). */
    public String reason() {
        return reason;
    }

    /** Opens and starts a line on the found mixer. @throws LineUnavailableException as javax.sound reports it */
    SourceDataLine open(float sampleRate, int channels, int bufferFrames) throws LineUnavailableException {
        if (mixerName == null) {
            throw new LineUnavailableException(reason);
        }
        AudioFormat format = pcm16(sampleRate, channels);
        for (Mixer.Info m : AudioSystem.getMixerInfo()) {
            if (m.getName().equals(mixerName)) {
                SourceDataLine line = (SourceDataLine) AudioSystem.getMixer(m)
                        .getLine(new DataLine.Info(SourceDataLine.class, format));
                line.open(format, bufferFrames * format.getFrameSize());
                line.start();
                return line;
            }
        }
        throw new LineUnavailableException("mixer " + mixerName + " went away");
    }

    static AudioFormat pcm16(float sampleRate, int channels) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, sampleRate, 16, channels, 2 * channels, sampleRate, false);
    }

    @Override
    public String toString() {
        return available() ? "SystemAudioOutput[" + mixerName + "]" : "SystemAudioOutput[none: " + reason + "]";
    }
}
