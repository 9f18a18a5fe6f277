package io.mediacapture.macos.avfoundation;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.AudioCapabilities;
import java.util.List;
import java.util.Set;

/**
 * A microphone's capabilities from the stream descriptions of its AVCaptureDeviceFormats. The audio data
 * output converts to any rate and channel count asked for through its {@code audioSettings}, so the range
 * advertised is that of the device's own formats (no upsampling beyond what the hardware does), delivered as
 * interleaved f32 or s16.
 *
 * <p>Latency: AVCaptureAudioDataOutput does not report or accept a buffer size. The figures advertised are
 * the nominal duration of one 1024-frame buffer, which is what the output is documented to deliver in
 * typical configurations; they are an estimate that has not been measured (no macOS machine was available).
 */
public final class AudioFormats {
    /** Frames per buffer the audio data output nominally delivers. */
    public static final int NOMINAL_BUFFER_FRAMES = 1024;
    /**
     * Channels the output is asked for at most: more need an AVChannelLayoutKey, which is not built here
     * ({@link AudioOutputSettings}). A multichannel microphone is offered as stereo.
     */
    public static final int MAX_CHANNELS = 2;

    private AudioFormats() {}

    /** One format's basic description: sample rate and channels per frame. */
    public record Stream(double sampleRate, int channels) {}

    /**
     * @throws IllegalArgumentException when no stream has a positive rate and channel count
     */
    public static AudioCapabilities capabilities(List<Stream> streams) {
        int minRate = Integer.MAX_VALUE;
        int maxRate = 0;
        int minCh = Integer.MAX_VALUE;
        int maxCh = 0;
        int first = 0;
        for (Stream s : streams) {
            int rate = (int) Math.round(s.sampleRate());
            if (rate <= 0 || s.channels() <= 0) {
                continue;
            }
            if (first == 0) {
                first = rate;
            }
            minRate = Math.min(minRate, rate);
            maxRate = Math.max(maxRate, rate);
            minCh = Math.min(minCh, s.channels());
            maxCh = Math.max(maxCh, s.channels());
        }
        if (maxRate == 0) {
            throw new IllegalArgumentException("the microphone reports no usable stream format: " + streams);
        }
        double latency = (double) NOMINAL_BUFFER_FRAMES / first;
        minCh = Math.min(minCh, MAX_CHANNELS);
        maxCh = Math.min(maxCh, MAX_CHANNELS);
        return new AudioCapabilities(minRate, maxRate, first, minCh, maxCh,
                Set.of(AudioSampleFormat.F32, AudioSampleFormat.S16), latency, latency, List.of(false));
    }
}
