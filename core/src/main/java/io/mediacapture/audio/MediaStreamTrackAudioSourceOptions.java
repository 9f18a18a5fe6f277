package io.mediacapture.audio;

import io.mediacapture.MediaStreamTrack;
import java.util.Objects;

/** Web Audio {@code MediaStreamTrackAudioSourceOptions}: the (required) track. Immutable. */
public final class MediaStreamTrackAudioSourceOptions {
    private final MediaStreamTrack mediaStreamTrack;

    public MediaStreamTrackAudioSourceOptions(MediaStreamTrack mediaStreamTrack) {
        this.mediaStreamTrack = Objects.requireNonNull(mediaStreamTrack, "mediaStreamTrack");
    }

    public MediaStreamTrack mediaStreamTrack() {
        return mediaStreamTrack;
    }

    @Override
    public String toString() {
        return "MediaStreamTrackAudioSourceOptions[" + mediaStreamTrack + "]";
    }
}
