package io.mediacapture.spi;

import io.mediacapture.AudioSampleFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a microphone can deliver natively. Core converts to any rate, channel count or sample format the
 * constraint solver selects within what it advertises to the application.
 *
 * @param minSampleRate      lowest native rate (Hz)
 * @param maxSampleRate      highest native rate (Hz)
 * @param defaultSampleRate  the rate the device prefers (PipeWire's graph rate, a fixed hardware rate)
 * @param minChannelCount    fewest channels
 * @param maxChannelCount    most channels
 * @param formats            native sample formats (interleaved); never empty
 * @param minLatency         lowest buffering latency in seconds
 * @param maxLatency         highest buffering latency in seconds
 * @param processing         the values each processing switch (echoCancellation, autoGainControl,
 *                           noiseSuppression) can take on this device; {@code [false]} when it has none
 */
public record AudioCapabilities(int minSampleRate, int maxSampleRate, int defaultSampleRate,
                                int minChannelCount, int maxChannelCount,
                                Set<AudioSampleFormat> formats,
                                double minLatency, double maxLatency,
                                List<Boolean> processing) {
    public AudioCapabilities {
        Objects.requireNonNull(formats, "formats");
        formats = Set.copyOf(formats);
        processing = List.copyOf(processing);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("an audio device needs at least one sample format");
        }
        if (minSampleRate <= 0 || maxSampleRate < minSampleRate
                || defaultSampleRate < minSampleRate || defaultSampleRate > maxSampleRate) {
            throw new IllegalArgumentException("bad sample rates " + minSampleRate + ".." + maxSampleRate
                    + " default " + defaultSampleRate);
        }
        if (minChannelCount <= 0 || maxChannelCount < minChannelCount) {
            throw new IllegalArgumentException("bad channel counts " + minChannelCount + ".." + maxChannelCount);
        }
        if (minLatency < 0 || maxLatency < minLatency) {
            throw new IllegalArgumentException("bad latency range " + minLatency + ".." + maxLatency);
        }
    }

    /** The largest native sample size in bits. */
    public int maxSampleSize() {
        return formats.stream().mapToInt(AudioSampleFormat::sampleSize).max().orElseThrow();
    }

    public int minSampleSize() {
        return formats.stream().mapToInt(AudioSampleFormat::sampleSize).min().orElseThrow();
    }
}
