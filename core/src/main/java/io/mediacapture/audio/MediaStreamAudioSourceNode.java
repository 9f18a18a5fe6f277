package io.mediacapture.audio;

import io.mediacapture.DOMException;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import java.util.Comparator;
import java.util.Objects;

/**
 * Web Audio {@code MediaStreamAudioSourceNode}: plays the stream's audio track whose id sorts first (by
 * UTF-16 code units, as the spec says), chosen once at construction; tracks added to the stream later do
 * not change it. Otherwise as {@link MediaStreamTrackAudioSourceNode}.
 */
public final class MediaStreamAudioSourceNode extends TrackSourceNode {
    private final MediaStream mediaStream;

    /** @throws DOMException InvalidStateError when the stream has no audio track */
    public MediaStreamAudioSourceNode(AudioContext context, MediaStream mediaStream) {
        super(Objects.requireNonNull(context, "context"), firstAudioTrack(mediaStream));
        this.mediaStream = mediaStream;
    }

    private static MediaStreamTrack firstAudioTrack(MediaStream stream) {
        Objects.requireNonNull(stream, "mediaStream");
        return stream.getAudioTracks().stream()
                .min(Comparator.comparing(MediaStreamTrack::id)) // String order is UTF-16 code unit order
                .orElseThrow(() -> new DOMException("the stream has no audio track", DOMException.INVALID_STATE));
    }

    public MediaStream mediaStream() {
        return mediaStream;
    }

    /** The track chosen at construction. */
    public MediaStreamTrack mediaStreamTrack() {
        return sourceTrack();
    }
}
