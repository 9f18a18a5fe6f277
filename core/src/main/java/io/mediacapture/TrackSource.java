package io.mediacapture;

import io.mediacapture.internal.EventLoop;
import io.mediacapture.internal.Log;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where a track's frames come from: an open device, a canvas, a generator. Holds the live tracks on it and
 * fans frames out to them. A source whose last track goes away releases what it holds.
 */
abstract class TrackSource {
    private static final System.Logger LOG = Log.get("source");

    private final MediaDeviceKind kind;
    private final EventLoop events;
    private final CopyOnWriteArrayList<MediaStreamTrack> tracks = new CopyOnWriteArrayList<>();
    // The same tracks as an array for the per-frame fan-out, which then needs no iterator object.
    // Replaced (guarded by tracks) whenever tracks changes.
    private volatile MediaStreamTrack[] deliverTo = new MediaStreamTrack[0];
    private boolean released; // guarded by tracks

    TrackSource(MediaDeviceKind kind, EventLoop events) {
        this.kind = kind;
        this.events = events;
    }

    final MediaDeviceKind kind() {
        return kind;
    }

    final EventLoop events() {
        return events;
    }

    abstract String label();

    abstract MediaTrackCapabilities capabilities();

    /** Re-selects settings for one track; completes when the track runs with them. */
    abstract CompletableFuture<Void> applyConstraints(MediaStreamTrack track, MediaTrackConstraints constraints);

    /**
     * The settings a track of this source reports, given those it was created or last reconfigured with; a
     * source whose device has camera controls puts their current values over them.
     */
    MediaTrackSettings liveSettings(MediaTrackSettings settings) {
        return settings;
    }

    /** Called once, when the last live track detached: release the device, stop threads. */
    protected abstract void release();

    /** A new (not yet attached) track on this source. */
    MediaStreamTrack newTrack(MediaTrackConstraints constraints, MediaTrackSettings settings) {
        return new MediaStreamTrack(this, constraints, settings, events);
    }

    /** A new live track attached to this source. */
    MediaStreamTrack createTrack(MediaTrackConstraints constraints, MediaTrackSettings settings) {
        MediaStreamTrack t = newTrack(constraints, settings);
        attach(t);
        return t;
    }

    /** Attaches a live track; if the source was released meanwhile the track ends at once. */
    void attach(MediaStreamTrack track) {
        synchronized (tracks) {
            if (!released) {
                tracks.add(track);
                deliverTo = tracks.toArray(new MediaStreamTrack[0]);
                return;
            }
        }
        track.sourceEnded(new IllegalStateException("the source was released"));
    }

    void detach(MediaStreamTrack track) {
        boolean last;
        synchronized (tracks) {
            if (!tracks.remove(track)) {
                return;
            }
            deliverTo = tracks.toArray(new MediaStreamTrack[0]);
            if (!tracks.isEmpty() || released) {
                return;
            }
            released = true;
            last = true;
        }
        if (last) {
            release();
        }
    }

    /**
     * Releases a source that never got a track, or whose tracks all left (a source opened for a track that stopped
     * before it could move there). Does nothing while a track is attached.
     */
    final void releaseIfUnused() {
        synchronized (tracks) {
            if (!tracks.isEmpty() || released) {
                return;
            }
            released = true;
        }
        release();
    }

    /** Marks the source released without the last-track path (it ended by itself). */
    final boolean markReleased() {
        synchronized (tracks) {
            boolean was = released;
            released = true;
            return !was;
        }
    }

    final boolean isReleased() {
        synchronized (tracks) {
            return released;
        }
    }

    final List<MediaStreamTrack> tracks() {
        return tracks;
    }

    /** Hands a frame to every track (each adapts and copies handles as needed); does not close it. */
    final void deliverToTracks(MediaFrame frame) {
        for (MediaStreamTrack t : deliverTo) {
            try {
                t.deliver(frame, false);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "frame delivery to " + t + " failed", e);
            }
        }
    }

    /**
     * Like {@link #deliverToTracks}, for a frame the caller owns and would close right after: the last track
     * may keep {@code frame} itself instead of a second handle on it. This saves a handle (and its cleaner
     * registration) per frame in the common case of one track taking the frame as it is.
     *
     * @return true when a track kept {@code frame}: the caller must not close it then; false: the caller still
     *         owns it and closes it
     */
    final boolean handOverToTracks(MediaFrame frame) {
        MediaStreamTrack[] targets = deliverTo;
        int last = targets.length - 1;
        for (int i = 0; i <= last; i++) {
            try {
                if (targets[i].deliver(frame, i == last)) {
                    return true;
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "frame delivery to " + targets[i] + " failed", e);
            }
        }
        return false;
    }

    /** Whether a live track on this source has a consumer that keeps frames (so lent frames must be copied). */
    final boolean anyTrackKeepsFrames() {
        for (MediaStreamTrack t : deliverTo) {
            if (t.keepsFrames()) {
                return true;
            }
        }
        return false;
    }

    final void mutedAll(boolean muted) {
        for (MediaStreamTrack t : tracks) {
            t.sourceMuted(muted);
        }
    }

    /** Ends every track with {@code ended} events. */
    final void endAll(Throwable reason) {
        for (MediaStreamTrack t : tracks) {
            t.sourceEnded(reason);
        }
        synchronized (tracks) {
            tracks.clear();
            deliverTo = new MediaStreamTrack[0];
        }
    }
}
