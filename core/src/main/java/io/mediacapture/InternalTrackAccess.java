package io.mediacapture;

import io.mediacapture.internal.access.TrackAccess;
import io.mediacapture.spi.DeviceDescriptor;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/** The implementation of {@link TrackAccess}; {@link MediaStreamTrack}'s static initialiser installs it. */
final class InternalTrackAccess extends TrackAccess {
    InternalTrackAccess() {
    }

    @Override
    public AutoCloseable addSink(MediaStreamTrack track, TrackSink sink) {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(sink, "sink");
        AtomicBoolean ended = new AtomicBoolean();
        FrameSink adapter = new FrameSink() {
            @Override
            public void accept(MediaFrame frame) {
                sink.accept(frame);
            }

            @Override
            public void trackEnded() {
                if (ended.compareAndSet(false, true)) {
                    sink.trackEnded();
                }
            }
        };
        track.addSink(adapter);
        return () -> {
            track.removeSink(adapter);
            adapter.trackEnded();
        };
    }

    @Override
    public TrackGenerator newGenerator(DeviceDescriptor model, Runnable onRelease) {
        return new GeneratorSource(model, onRelease, UnaryOperator.identity());
    }

    @Override
    public void sourceAddedTrack(MediaStream stream, MediaStreamTrack track) {
        stream.sourceAddedTrack(track);
    }

    @Override
    public void sourceRemovedTrack(MediaStream stream, MediaStreamTrack track) {
        stream.sourceRemovedTrack(track);
    }
}
