package io.mediacapture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An ordered set of tracks. Adding or removing tracks through {@link #addTrack}/{@link #removeTrack} fires
 * no event (as the spec says); {@code addtrack}/{@code removetrack} fire only when the source of the stream
 * changes its tracks (a player loading a new file). Thread-safe.
 */
public class MediaStream extends EventTarget {
    private final String id;
    private final LinkedHashSet<MediaStreamTrack> tracks = new LinkedHashSet<>();

    public MediaStream() {
        this.id = UUID.randomUUID().toString();
    }

    /** A new stream with the same tracks (not clones) as {@code stream}. */
    public MediaStream(MediaStream stream) {
        this(Objects.requireNonNull(stream, "stream").getTracks());
    }

    /** A new stream with these tracks; duplicates are added once. */
    public MediaStream(Collection<MediaStreamTrack> tracks) {
        this();
        for (MediaStreamTrack t : tracks) {
            this.tracks.add(Objects.requireNonNull(t, "track"));
        }
    }

    /** A 36-character UUID. */
    public String id() {
        return id;
    }

    /** True while at least one track is not ended. */
    public boolean active() {
        synchronized (tracks) {
            return tracks.stream().anyMatch(t -> t.readyState() == MediaStreamTrackState.LIVE);
        }
    }

    public List<MediaStreamTrack> getTracks() {
        synchronized (tracks) {
            return List.copyOf(tracks);
        }
    }

    public List<MediaStreamTrack> getAudioTracks() {
        return byKind("audio");
    }

    public List<MediaStreamTrack> getVideoTracks() {
        return byKind("video");
    }

    private List<MediaStreamTrack> byKind(String kind) {
        List<MediaStreamTrack> out = new ArrayList<>();
        synchronized (tracks) {
            for (MediaStreamTrack t : tracks) {
                if (t.kind().equals(kind)) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The track with this id, or null. */
    public MediaStreamTrack getTrackById(String trackId) {
        synchronized (tracks) {
            for (MediaStreamTrack t : tracks) {
                if (t.id().equals(trackId)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Adds a track; a track already in the stream is ignored. Fires no event. */
    public void addTrack(MediaStreamTrack track) {
        Objects.requireNonNull(track, "track");
        synchronized (tracks) {
            tracks.add(track);
        }
    }

    /** Removes a track; a track not in the stream is ignored. Fires no event. */
    public void removeTrack(MediaStreamTrack track) {
        Objects.requireNonNull(track, "track");
        synchronized (tracks) {
            tracks.remove(track);
        }
    }

    /** A new stream (new id) holding a clone of every track. */
    @Override
    public MediaStream clone() {
        List<MediaStreamTrack> clones = new ArrayList<>();
        for (MediaStreamTrack t : getTracks()) {
            clones.add(t.clone());
        }
        return new MediaStream(clones);
    }

    public void setOnaddtrack(EventListener<? super MediaStreamTrackEvent> l) {
        setEventHandler("addtrack", l);
    }

    public EventListener<? super MediaStreamTrackEvent> getOnaddtrack() {
        return getEventHandler("addtrack");
    }

    public void setOnremovetrack(EventListener<? super MediaStreamTrackEvent> l) {
        setEventHandler("removetrack", l);
    }

    public EventListener<? super MediaStreamTrackEvent> getOnremovetrack() {
        return getEventHandler("removetrack");
    }

    /**
     * The stream's source added a track (e.g. a player loaded a new file): adds it and fires
     * {@code addtrack} on the given thread's terms -- call it from the event thread of the source.
     */
    void sourceAddedTrack(MediaStreamTrack track) {
        boolean added;
        synchronized (tracks) {
            added = tracks.add(track);
        }
        if (added) {
            dispatchEvent(new MediaStreamTrackEvent("addtrack", track));
        }
    }

    /** The stream's source removed a track: removes it and fires {@code removetrack}. */
    void sourceRemovedTrack(MediaStreamTrack track) {
        boolean removed;
        synchronized (tracks) {
            removed = tracks.remove(track);
        }
        if (removed) {
            dispatchEvent(new MediaStreamTrackEvent("removetrack", track));
        }
    }

    @Override
    public String toString() {
        return "MediaStream[" + id + " " + getTracks() + "]";
    }
}
