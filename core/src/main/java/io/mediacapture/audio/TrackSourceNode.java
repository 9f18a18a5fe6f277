package io.mediacapture.audio;

import io.mediacapture.DOMException;
import io.mediacapture.MediaStreamTrack;

/**
 * What the two source nodes share: no inputs, one output carrying the track's samples at the context rate
 * with the track's channel count.
 */
abstract class TrackSourceNode extends AudioNode {
    private final MediaStreamTrack track;
    private final TrackInput input;

    TrackSourceNode(AudioContext context, MediaStreamTrack track) {
        super(context, 0, 1, 2, ChannelCountMode.MAX, ChannelInterpretation.SPEAKERS);
        if (!"audio".equals(track.kind())) {
            throw new DOMException("the track is a " + track.kind() + " track, an audio track is needed",
                    DOMException.INVALID_STATE);
        }
        this.track = track;
        this.input = new TrackInput(track, Math.round(context.sampleRate()));
        context.onClose(input::close);
    }

    final MediaStreamTrack sourceTrack() {
        return track;
    }

    /** The channels of the output: the track's channel count (follows the track when it changes). */
    @Override
    public int channelCount() {
        return input.channels();
    }

    @Override
    void process(float[][][] inputs, float[][][] outputs, long quantum) {
        float[][] out = silence(input.channels());
        input.take(out);
        outputs[0] = out;
    }
}
