package io.mediacapture.internal.access;

import io.mediacapture.MediaFrame;
import io.mediacapture.MediaStream;
import io.mediacapture.MediaStreamTrack;
import io.mediacapture.internal.EventLoop;
import io.mediacapture.spi.DeviceDescriptor;
import java.lang.invoke.MethodHandles;
import java.util.Objects;

/**
 * The library's own door into the package-private track machinery of {@code io.mediacapture}, for the
 * library packages that build on it (audio nodes, the media player). This package is not exported, so
 * applications cannot reach it. The implementation lives in {@code io.mediacapture} and is installed by
 * {@link MediaStreamTrack}'s static initialiser, which {@link #get()} runs when needed.
 *
 * <p>Why a door at all: the audio nodes and the media player are public classes of packages of their own
 * ({@code io.mediacapture.audio}, {@code io.mediacapture.media}) that consume and produce tracks the way a device
 * source does, which the public API deliberately does not offer. Frames need no such door: producers build them
 * through {@code io.mediacapture.spi.FrameBuffer}.
 */
public abstract class TrackAccess {
    private static volatile TrackAccess instance;

    protected TrackAccess() {
    }

    /** Called once, by {@link MediaStreamTrack}'s static initialiser. */
    public static void install(TrackAccess access) {
        if (instance != null) {
            throw new IllegalStateException("already installed");
        }
        instance = Objects.requireNonNull(access);
    }

    public static TrackAccess get() {
        TrackAccess a = instance;
        if (a == null) {
            try {
                MethodHandles.lookup().ensureInitialized(MediaStreamTrack.class); // installs the implementation
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot initialise " + MediaStreamTrack.class, e);
            }
            a = instance;
            if (a == null) { // only while MediaStreamTrack initialises, which never calls here
                throw new IllegalStateException("track access is not installed yet");
            }
        }
        return a;
    }

    /** Registers a consumer of the track's (adapted) frames; closing the registration removes it. */
    public abstract AutoCloseable addSink(MediaStreamTrack track, TrackSink sink);

    /**
     * A source of frames made by the library itself (a canvas, a player, an audio node). {@code model}
     * describes what it produces, as a device would: its capabilities and the settings constraints select.
     */
    public abstract TrackGenerator newGenerator(DeviceDescriptor model, Runnable onRelease);

    /** Adds a track to a stream and fires addtrack; call on the stream's event loop. */
    public abstract void sourceAddedTrack(MediaStream stream, MediaStreamTrack track);

    /** Removes a track from a stream and fires removetrack; call on the stream's event loop. */
    public abstract void sourceRemovedTrack(MediaStream stream, MediaStreamTrack track);

    /** A library-internal frame consumer: called on the source's thread; must not block or throw. */
    public interface TrackSink {
        /** Takes ownership of {@code frame}. */
        void accept(MediaFrame frame);

        /** The track ended or the sink was removed. */
        default void trackEnded() {
        }
    }

    /** The producing side of a generator source. Thread-safe. */
    public interface TrackGenerator {
        /** A new live track on this source with the model's default settings. */
        MediaStreamTrack newTrack();

        /** Hands a frame to every live track; the caller keeps and closes {@code frame}. */
        void deliver(MediaFrame frame);

        /** True while a live track is on this source. */
        boolean hasTracks();

        /** Ends every track (with {@code ended} events) and releases the source. */
        void end(Throwable reason);

        /** The loop on which this source's tracks dispatch events. */
        EventLoop eventLoop();
    }
}
