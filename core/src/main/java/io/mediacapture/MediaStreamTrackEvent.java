package io.mediacapture;

import java.util.Objects;

/** Fired at a {@link MediaStream} when its source adds ({@code addtrack}) or removes ({@code removetrack}) a track. */
public class MediaStreamTrackEvent extends Event {
    private final MediaStreamTrack track;

    /** @throws NullPointerException when track is null (the IDL member is required) */
    public MediaStreamTrackEvent(String type, MediaStreamTrack track) {
        super(type);
        this.track = Objects.requireNonNull(track, "track");
    }

    public MediaStreamTrack track() {
        return track;
    }
}
