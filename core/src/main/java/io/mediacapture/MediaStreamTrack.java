package io.mediacapture;

import io.mediacapture.internal.EventLoop;
import io.mediacapture.internal.access.TrackAccess;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.Arrays;

/**
 * A single audio or video track from a source (a device, a canvas, a generator).
 *
 * <p>State changes the application makes ({@link #stop()}, {@link #setEnabled}) take effect at once on the
 * calling thread. Changes from the source (ended, mute, unmute) are applied and fired on the event thread of
 * the owning {@link MediaDevices} (see {@link EventTarget}), one at a time and in order. Thread-safe.
 *
 * <p>{@link #stop()} (or {@link #close()}) releases the device when it was the last live track on it: when
 * it returns, the camera or microphone is free for other applications.
 */
public class MediaStreamTrack extends EventTarget implements AutoCloseable {
    static {
        TrackAccess.install(new InternalTrackAccess()); // the audio nodes' and media player's door (see TrackAccess)
    }

    private static final Set<String> AUDIO_HINTS = Set.of("", "speech", "speech-recognition", "music");
    private static final Set<String> VIDEO_HINTS = Set.of("", "motion", "detail", "text");

    private final String id = UUID.randomUUID().toString();
    // Changes only when applyConstraints moves the track to a source of its own (moveTo), under stateLock.
    private volatile TrackSource source;
    private final EventLoop events;
    private static final FrameSink[] NO_SINKS = {};
    private volatile FrameSink[] sinks = NO_SINKS; // copy-on-write under stateLock
    private final Object stateLock = new Object();
    private volatile MediaStreamTrackState readyState = MediaStreamTrackState.LIVE;
    private volatile boolean enabled = true;
    private volatile boolean muted;
    private volatile String contentHint = "";
    private volatile MediaTrackConstraints constraints;
    private volatile MediaTrackSettings settings;
    private volatile TrackAdapter adapter;
    private volatile Throwable endedReason;

    MediaStreamTrack(TrackSource source, MediaTrackConstraints constraints, MediaTrackSettings settings, EventLoop events) {
        this.source = Objects.requireNonNull(source);
        this.events = Objects.requireNonNull(events);
        this.constraints = Objects.requireNonNull(constraints);
        this.settings = Objects.requireNonNull(settings);
        this.adapter = new TrackAdapter(settings);
    }

    /** "audio" or "video". */
    public String kind() {
        return source.kind().trackKind();
    }

    public String id() {
        return id;
    }

    public String label() {
        return source.label();
    }

    public boolean enabled() {
        return enabled;
    }

    /** A disabled track renders black frames or silence; the device stays open. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** True while the source is not delivering for a reason of its own (suspended, paused by the OS). */
    public boolean muted() {
        return muted;
    }

    public MediaStreamTrackState readyState() {
        return readyState;
    }

    public String contentHint() {
        return contentHint;
    }

    /** Sets the content hint; a value not valid for this kind is ignored (as the spec says). */
    public void setContentHint(String hint) {
        if (hint != null && ("audio".equals(kind()) ? AUDIO_HINTS : VIDEO_HINTS).contains(hint)) {
            contentHint = hint;
        }
    }

    /**
     * Why the source ended this track (device unplugged, backend failure), or empty when it is live or was
     * stopped by the application. An extension to the spec, which only fires {@code ended}.
     */
    public Optional<Throwable> endedReason() {
        return Optional.ofNullable(endedReason);
    }

    /**
     * A new track on the same source, with a new id and this track's constraints, settings, content hint,
     * enabled state and readyState.
     */
    @Override
    public MediaStreamTrack clone() {
        MediaStreamTrack copy = source.newTrack(constraints, settings);
        copy.enabled = enabled;
        copy.contentHint = contentHint;
        copy.muted = muted;
        synchronized (stateLock) {
            if (readyState == MediaStreamTrackState.ENDED) {
                copy.readyState = MediaStreamTrackState.ENDED;
                return copy;
            }
        }
        source.attach(copy);
        return copy;
    }

    /**
     * Ends the track now: readyState becomes "ended" before this returns, no {@code ended} event fires, and
     * the device is released if no other live track uses it.
     */
    public void stop() {
        TrackSource from;
        synchronized (stateLock) {
            if (readyState == MediaStreamTrackState.ENDED) {
                return;
            }
            readyState = MediaStreamTrackState.ENDED;
            from = source;
        }
        endSinks();
        from.detach(this);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    public MediaTrackCapabilities getCapabilities() {
        return source.capabilities();
    }

    public MediaTrackConstraints getConstraints() {
        return constraints;
    }

    /** The current settings; on an ended track only deviceId, groupId and facingMode. */
    public MediaTrackSettings getSettings() {
        MediaTrackSettings s = settings;
        return readyState == MediaStreamTrackState.ENDED ? s.onlyIdentity() : source.liveSettings(s);
    }

    /**
     * Applies new constraints: on success the source is reconfigured and {@link #getConstraints()} returns
     * them; on failure the future fails with {@link OverconstrainedError} and nothing changes. On an ended
     * track it completes and does nothing.
     */
    public CompletableFuture<Void> applyConstraints(MediaTrackConstraints constraints) {
        Objects.requireNonNull(constraints, "constraints");
        if (readyState == MediaStreamTrackState.ENDED) {
            return CompletableFuture.completedFuture(null);
        }
        return source.applyConstraints(this, constraints);
    }

    /** applyConstraints with no constraints: back to the source's defaults. */
    public CompletableFuture<Void> applyConstraints() {
        return applyConstraints(MediaTrackConstraints.empty());
    }

    public void setOnended(EventListener<? super Event> l) {
        setEventHandler("ended", l);
    }

    public EventListener<? super Event> getOnended() {
        return getEventHandler("ended");
    }

    public void setOnmute(EventListener<? super Event> l) {
        setEventHandler("mute", l);
    }

    public EventListener<? super Event> getOnmute() {
        return getEventHandler("mute");
    }

    public void setOnunmute(EventListener<? super Event> l) {
        setEventHandler("unmute", l);
    }

    public EventListener<? super Event> getOnunmute() {
        return getEventHandler("unmute");
    }

    @Override
    public String toString() {
        return "MediaStreamTrack[" + kind() + " \"" + label() + "\" " + readyState + (muted ? " muted" : "") + "]";
    }

    // ---- library side ---------------------------------------------------------------------------

    TrackSource source() {
        return source;
    }

    EventLoop events() {
        return events;
    }

    boolean isLive() {
        return readyState == MediaStreamTrackState.LIVE;
    }

    /**
     * Moves this live track to another source (applyConstraints gave it a configuration of its own): attached there
     * and detached here, atomically with respect to {@link #stop()}, so that a stop racing the move detaches the
     * track from the source that really holds it.
     *
     * @return false when the track had ended: nothing moved, {@code to} did not get the track
     */
    boolean moveTo(TrackSource to) {
        TrackSource from;
        synchronized (stateLock) {
            if (readyState == MediaStreamTrackState.ENDED) {
                return false;
            }
            from = source;
            to.attach(this);
            source = to;
        }
        from.detach(this);
        return true;
    }

    /** New constraints and settings after a successful applyConstraints. */
    void update(MediaTrackConstraints c, MediaTrackSettings s) {
        constraints = c;
        settings = s;
        adapter = new TrackAdapter(s);
    }

    void addSink(FrameSink sink) {
        synchronized (stateLock) {
            if (readyState != MediaStreamTrackState.ENDED) {
                FrameSink[] next = Arrays.copyOf(sinks, sinks.length + 1);
                next[sinks.length] = sink;
                sinks = next;
                return;
            }
        }
        sink.trackEnded();
    }

    void removeSink(FrameSink sink) {
        synchronized (stateLock) {
            sinks = Arrays.stream(sinks).filter(s -> s != sink).toArray(FrameSink[]::new);
        }
    }

    /** Whether a sink keeps frames past the delivery call (a processor, an audio node); taps only borrow them. */
    boolean keepsFrames() {
        for (FrameSink s : sinks) {
            if (!s.borrows()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A native frame from the source (source delivery thread). The track adapts it, lends it to the sinks that
     * only borrow frames (taps, first) and hands each other sink a handle of its own. With {@code mayKeep} the
     * caller offers {@code frame} itself (it would close it right after): when the frame goes on unchanged, the last
     * keeping sink gets it instead of a second handle. A lent frame (never offered) is copied once for the keepers.
     *
     * @return true when {@code frame} itself went to a sink (the caller no longer owns it); false when the
     *         caller still owns it
     */
    boolean deliver(MediaFrame frame, boolean mayKeep) {
        FrameSink[] targets = sinks;
        if (targets.length == 0 || readyState != MediaStreamTrackState.LIVE) {
            return false;
        }
        MediaFrame out = switch (frame) {
            case VideoFrame v -> adapter.adapt(v, enabled, true);
            case AudioData a -> adapter.adapt(a, enabled, true);
        };
        if (out == null) {
            return false;
        }
        int keepers = 0;
        for (FrameSink s : targets) {
            if (s.borrows()) {
                s.accept(out);
            } else {
                keepers++;
            }
        }
        boolean ownOut = out != frame; // the adapter made a new frame: ours to hand on or close
        if (keepers == 0) {
            if (ownOut) {
                out.close();
            }
            return false;
        }
        // One handle that the keepers may take over: `out` itself when we own it or the caller offered it;
        // otherwise a clone (for a lent frame, a copy of its pixels).
        MediaFrame handle = ownOut || mayKeep ? out : out.clone();
        for (FrameSink s : targets) {
            if (!s.borrows()) {
                s.accept(--keepers == 0 ? handle : handle.clone());
            }
        }
        return handle == frame;
    }

    /** The source ended for good: queue "ended" (spec: set readyState, then fire, in one task). */
    void sourceEnded(Throwable reason) {
        events.post(() -> {
            synchronized (stateLock) {
                if (readyState == MediaStreamTrackState.ENDED) {
                    return;
                }
                readyState = MediaStreamTrackState.ENDED;
                endedReason = reason;
            }
            endSinks();
            dispatchEvent(new Event("ended"));
        });
    }

    void sourceMuted(boolean nowMuted) {
        events.post(() -> {
            if (readyState == MediaStreamTrackState.ENDED || muted == nowMuted) {
                return;
            }
            muted = nowMuted;
            dispatchEvent(new Event(nowMuted ? "mute" : "unmute"));
        });
    }

    private void endSinks() {
        FrameSink[] ended;
        synchronized (stateLock) {
            ended = sinks;
            sinks = NO_SINKS;
        }
        for (FrameSink s : ended) {
            try {
                s.trackEnded();
            } catch (RuntimeException e) {
                // sinks are library code; keep ending the others
            }
        }
    }
}
