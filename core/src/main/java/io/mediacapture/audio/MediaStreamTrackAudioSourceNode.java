package io.mediacapture.audio;

import io.mediacapture.MediaStreamTrack;
import java.util.Objects;

/**
 * Web Audio {@code MediaStreamTrackAudioSourceNode}: the audio of one specific track as a graph source.
 * No inputs, one output whose channel count is the track's ({@link #channelCount()} reports it, and it
 * follows the track if its channel count changes). Samples at another rate are resampled to the context
 * rate. While the track is disabled, and after it ended, the node outputs silence.
 */
public final class MediaStreamTrackAudioSourceNode extends TrackSourceNode {

    /**
     * @throws io.mediacapture.DOMException InvalidStateError when the track's kind is not "audio"
     */
    public MediaStreamTrackAudioSourceNode(AudioContext context, MediaStreamTrackAudioSourceOptions options) {
        super(Objects.requireNonNull(context, "context"), Objects.requireNonNull(options, "options").mediaStreamTrack());
    }

    /** The track this node plays. */
    public MediaStreamTrack mediaStreamTrack() {
        return sourceTrack();
    }
}
