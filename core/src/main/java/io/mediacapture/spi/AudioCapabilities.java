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
 * @param processing         the values the processing switches autoGainControl and noiseSuppression can take
 *                           on this device; {@code [false]} when it has none
 * @param echoCancellation   the values echoCancellation can take: Booleans, and the modes "all" and
 *                           "remote-only" the device can be asked for; {@code [false]} when it has none
 * @param voiceIsolation     the values voiceIsolation (Media Capture Extensions) can take; {@code [false]}
 *                           when the device has no such processing
 */
public record AudioCapabilities(int minSampleRate, int maxSampleRate, int defaultSampleRate,
                                int minChannelCount, int maxChannelCount,
                                Set<AudioSampleFormat> formats,
                                double minLatency, double maxLatency,
                                List<Boolean> processing,
                                List<Object> echoCancellation,
                                List<Boolean> voiceIsolation) {
    /** The echoCancellation modes beside true and false (Media Capture and Streams' EchoCancellationModeEnum). */
    public static final List<String> ECHO_CANCELLATION_MODES = List.of("all", "remote-only");

    /**
     * A device whose echoCancellation takes the {@code processing} values (no modes) and that has no voice
     * isolation: what every backend can report without asking the platform for more.
     */
    public AudioCapabilities(int minSampleRate, int maxSampleRate, int defaultSampleRate,
                             int minChannelCount, int maxChannelCount, Set<AudioSampleFormat> formats,
                             double minLatency, double maxLatency, List<Boolean> processing) {
        this(minSampleRate, maxSampleRate, defaultSampleRate, minChannelCount, maxChannelCount, formats, minLatency,
                maxLatency, processing, List.copyOf(processing), List.of(false));
    }

    public AudioCapabilities {
        Objects.requireNonNull(formats, "formats");
        formats = Set.copyOf(formats);
        processing = List.copyOf(processing);
        echoCancellation = List.copyOf(echoCancellation);
        voiceIsolation = List.copyOf(voiceIsolation);
        for (Object v : echoCancellation) {
            if (!(v instanceof Boolean) && !ECHO_CANCELLATION_MODES.contains(v)) {
                throw new IllegalArgumentException("echoCancellation values are Booleans, \"all\" and \"remote-only\", got "
                        + (v instanceof String ? "\"" + v + "\"" : v.getClass().getName()));
            }
        }
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
