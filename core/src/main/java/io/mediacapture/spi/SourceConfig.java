package io.mediacapture.spi;

/**
 * What core asks a backend to open: the native configuration the constraint solver chose. Anything the
 * application asked for beyond it (a smaller size, a lower rate, another sample rate) core derives from
 * the native stream itself.
 */
public sealed interface SourceConfig permits SourceConfig.Video, SourceConfig.Audio {

    /**
     * @param mode      the native mode to open
     * @param frameRate the native frame rate to request, within the mode's range
     */
    record Video(VideoMode mode, double frameRate) implements SourceConfig {
        public Video {
            if (frameRate < mode.minFrameRate() - 1e-9 || frameRate > mode.maxFrameRate() + 1e-9) {
                throw new IllegalArgumentException("frame rate " + frameRate + " outside mode " + mode);
            }
        }
    }

    /**
     * @param sampleRate       native rate to open (Hz)
     * @param channelCount     native channel count
     * @param format           native sample format (interleaved)
     * @param latency          buffering latency to aim for, in seconds
     * @param echoCancellation whether to turn on the device's echo cancellation (if it has any)
     * @param autoGainControl  likewise for automatic gain control
     * @param noiseSuppression likewise for noise suppression
     */
    record Audio(int sampleRate, int channelCount, io.mediacapture.AudioSampleFormat format, double latency,
                 boolean echoCancellation, boolean autoGainControl, boolean noiseSuppression)
            implements SourceConfig {
        public Audio {
            if (sampleRate <= 0 || channelCount <= 0 || latency < 0) {
                throw new IllegalArgumentException("bad audio config " + sampleRate + " Hz, " + channelCount
                        + " ch, latency " + latency);
            }
        }
    }
}
