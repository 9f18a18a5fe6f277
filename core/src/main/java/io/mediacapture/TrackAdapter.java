package io.mediacapture;

import io.mediacapture.internal.convert.AudioConverter;
import io.mediacapture.internal.convert.VideoFrames;
import io.mediacapture.internal.convert.VideoScaler;
import io.mediacapture.spi.FrameBuffer;

/**
 * Turns a source's native frames into what one track's settings say: drops frames down to the track's
 * frame rate, crops and scales to its size, converts audio rate/channels/format, and renders black frames
 * or silence while the track is disabled (as the spec requires). One per track; called only on the
 * source's delivery thread.
 */
final class TrackAdapter {
    private final int width;
    private final int height;
    private final double frameRate;
    private final int sampleRate;
    private final int channelCount;
    private final AudioSampleFormat sampleFormat;
    private final double periodMicros;
    private double nextDue = Double.NaN;
    private AudioConverter converter; // for input of converterRate/converterChannels/converterFormat
    private float converterRate;
    private int converterChannels;
    private AudioSampleFormat converterFormat;

    TrackAdapter(MediaTrackSettings s) {
        width = (int) s.width().orElse(0);
        height = (int) s.height().orElse(0);
        frameRate = s.frameRate().orElse(0);
        sampleRate = (int) s.sampleRate().orElse(0);
        channelCount = (int) s.channelCount().orElse(0);
        sampleFormat = s.sampleSize().orElse(16) >= 32 ? AudioSampleFormat.F32 : AudioSampleFormat.S16;
        periodMicros = frameRate > 0 ? 1_000_000.0 / frameRate : 0;
    }

    /**
     * The frame to hand on, or null to skip this one. Never closes {@code in}. The result is a new handle the
     * caller owns, or, when {@code mayKeep} and the frame goes on unchanged, {@code in} itself.
     */
    VideoFrame adapt(VideoFrame in, boolean enabled, boolean mayKeep) {
        if (!keepForRate(in.timestamp())) {
            return null;
        }
        int w = width > 0 ? width : in.codedWidth();
        int h = height > 0 ? height : in.codedHeight();
        if (!enabled) {
            return VideoFrames.black(in.format(), w, h, in.timestamp(), in.duration().orElse(-1));
        }
        if (w == in.codedWidth() && h == in.codedHeight()) {
            return mayKeep ? in : in.clone();
        }
        return VideoScaler.cropAndScale(in, w, h);
    }

    /** As {@link #adapt(VideoFrame, boolean, boolean)}, for audio. */
    AudioData adapt(AudioData in, boolean enabled, boolean mayKeep) {
        int outRate = sampleRate > 0 ? sampleRate : Math.round(in.sampleRate());
        int outChannels = channelCount > 0 ? channelCount : in.numberOfChannels();
        AudioData out;
        if (outRate == Math.round(in.sampleRate()) && outChannels == in.numberOfChannels()
                && sampleFormat == in.format()) {
            out = mayKeep ? in : in.clone();
        } else {
            // Compared field by field (not through a key string): this runs for every audio buffer.
            if (converter == null || converterRate != in.sampleRate() || converterChannels != in.numberOfChannels()
                    || converterFormat != in.format()) {
                converter = new AudioConverter(Math.round(in.sampleRate()), in.numberOfChannels(), in.format(),
                        outRate, outChannels, sampleFormat);
                converterRate = in.sampleRate();
                converterChannels = in.numberOfChannels();
                converterFormat = in.format();
            }
            out = converter.convert(in);
            if (out == null) {
                return null;
            }
        }
        if (!enabled) {
            // The frame's memory may be shared with other tracks: render silence into a fresh buffer.
            FrameBuffer zeros = FrameBuffer.allocate(
                    (long) out.numberOfFrames() * out.numberOfChannels() * out.format().bytesPerSample());
            zeros.memory().fill((byte) 0);
            AudioData silent = zeros.toAudioData(out.format(), out.sampleRate(), out.numberOfFrames(),
                    out.numberOfChannels(), out.timestamp());
            if (out != in) {
                out.close();
            }
            return silent;
        }
        return out;
    }

    private boolean keepForRate(long ts) {
        if (periodMicros <= 0) {
            return true;
        }
        if (Double.isNaN(nextDue) || ts > nextDue + 2 * periodMicros) {
            nextDue = ts; // first frame, or resync after a gap
        }
        if (ts + periodMicros * 0.25 < nextDue) {
            return false;
        }
        nextDue += periodMicros;
        return true;
    }
}
