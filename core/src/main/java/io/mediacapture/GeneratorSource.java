package io.mediacapture;

import io.mediacapture.internal.EventLoop;
import io.mediacapture.internal.Log;
import io.mediacapture.internal.access.TrackAccess;
import io.mediacapture.internal.constraints.SettingsSelector;
import io.mediacapture.spi.DeviceDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * A source whose frames the library makes itself: a canvas, a media player, an audio destination node.
 * {@code model} describes what it produces as a device descriptor would, so constraints are solved exactly
 * as for a camera or microphone (crop-and-scale, frame-rate decimation, audio conversion) by the track's
 * adapter. Its tracks dispatch events on the shared event loop. Thread-safe.
 */
class GeneratorSource extends TrackSource implements TrackAccess.TrackGenerator {
    private static final System.Logger LOG = Log.get("source");

    private final DeviceDescriptor model;
    private final Runnable onRelease;
    private final UnaryOperator<MediaTrackSettings> settingsFilter;

    /**
     * @param onRelease      run once when the last track detached or the source ended
     * @param settingsFilter adjusts selected settings (e.g. drops a frame rate the source does not keep)
     */
    GeneratorSource(DeviceDescriptor model, Runnable onRelease, UnaryOperator<MediaTrackSettings> settingsFilter) {
        super(model.kind(), EventLoop.shared());
        this.model = Objects.requireNonNull(model, "model");
        this.onRelease = Objects.requireNonNull(onRelease, "onRelease");
        this.settingsFilter = Objects.requireNonNull(settingsFilter, "settingsFilter");
    }

    @Override
    String label() {
        return model.label();
    }

    @Override
    MediaTrackCapabilities capabilities() {
        return SettingsSelector.capabilitiesOf(model);
    }

    /** Settings for these constraints. @throws OverconstrainedError when the model cannot satisfy them */
    final MediaTrackSettings settingsFor(MediaTrackConstraints constraints) {
        MediaTrackSettings selected = SettingsSelector.select(List.of(model), constraints).settings();
        return settingsFilter.apply(selected.toBuilder()
                .set(ConstrainableProperty.DEVICE_ID, null)
                .set(ConstrainableProperty.GROUP_ID, null)
                .build());
    }

    @Override
    CompletableFuture<Void> applyConstraints(MediaStreamTrack track, MediaTrackConstraints constraints) {
        try {
            track.update(constraints, settingsFor(constraints));
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    protected void release() {
        try {
            onRelease.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "releasing " + model.label() + " failed", e);
        }
    }

    // ---- TrackAccess.TrackGenerator ---------------------------------------------------------------

    @Override
    public MediaStreamTrack newTrack() {
        MediaTrackConstraints none = MediaTrackConstraints.empty();
        return createTrack(none, settingsFor(none));
    }

    @Override
    public void deliver(MediaFrame frame) {
        deliverToTracks(frame);
    }

    @Override
    public boolean hasTracks() {
        return !tracks().isEmpty();
    }

    @Override
    public void end(Throwable reason) {
        if (markReleased()) {
            endAll(reason);
            release();
        }
    }

    @Override
    public EventLoop eventLoop() {
        return events();
    }

    @Override
    public String toString() {
        return "GeneratorSource[" + model.label() + "]";
    }
}
