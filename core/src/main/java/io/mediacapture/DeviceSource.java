package io.mediacapture;

import io.mediacapture.internal.Log;
import io.mediacapture.internal.constraints.ControlRequest;
import io.mediacapture.internal.constraints.Selection;
import io.mediacapture.internal.constraints.SettingsSelector;
import io.mediacapture.internal.convert.MjpegDecoder;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControls;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.PullSource;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.MemorySegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One open device of a backend, shared by the tracks that use it in the same native configuration. It is
 * the {@link SourceSink} the backend delivers into; frames are fanned out to the tracks on the backend's
 * delivery thread (or on this source's pull thread for {@link PullSource}s), never on the event thread.
 */
final class DeviceSource extends TrackSource implements SourceSink {
    private static final System.Logger LOG = Log.get("source");
    private static final long PULL_TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final MediaDevices owner;
    private final Backend backend;
    private volatile DeviceDescriptor device;
    private volatile SourceConfig config;
    // handle and puller change under handleLock: a handle opened while the source is released (applyConstraints
    // racing the last track's stop()) is closed by whichever of the two comes second, never by nobody.
    private final Object handleLock = new Object();
    private volatile SourceHandle handle;
    private volatile Thread puller;
    private volatile boolean running;
    // The lent frame object of lend(): one for every frame of the same layout. Touched only by the delivering
    // thread (a backend delivers from one thread at a time).
    private VideoFrame lendable;
    // The camera controls of the open handle and their values as last read: refreshed after every set and on
    // the backend's change notification, read by getSettings(). Empty when the device has no controls.
    private volatile CameraControls controls;
    private volatile Map<ConstrainableProperty, Object> controlValues = Map.of();
    private volatile boolean controlValuesStale = true;

    private DeviceSource(MediaDevices owner, Backend backend, DeviceDescriptor device, SourceConfig config) {
        super(device.kind(), owner.events());
        this.owner = owner;
        this.backend = backend;
        this.device = device;
        this.config = config;
    }

    /** Opens the device and starts it. @throws BackendException as the backend reports it */
    static DeviceSource open(MediaDevices owner, Backend backend, DeviceDescriptor device, SourceConfig config)
            throws BackendException {
        DeviceSource s = new DeviceSource(owner, backend, device, config);
        s.start(config); // a new source has no track yet, so it cannot have been released
        return s;
    }

    /**
     * Opens and starts the device in {@code cfg}.
     *
     * @return false when the source was released while the device opened: the new handle is closed again
     */
    private boolean start(SourceConfig cfg) throws BackendException {
        SourceHandle h = backend.open(device, cfg, this);
        Thread t = null;
        try {
            running = true;
            h.start();
            attachControls(h);
            if (h instanceof PullSource p) {
                t = Thread.ofPlatform().daemon().name("mediacapture-pull " + device.label()).unstarted(() -> pullLoop(p));
            }
        } catch (BackendException | RuntimeException e) {
            running = false;
            h.close();
            throw e;
        }
        synchronized (handleLock) {
            if (!isReleased()) {
                handle = h;
                puller = t;
                if (t != null) {
                    t.start();
                }
                return true;
            }
        }
        // The last track stopped while the device opened: release() closes the handle it finds, not this one.
        running = false;
        closeQuietly(h);
        return false;
    }

    private void pullLoop(PullSource p) {
        try {
            while (running && p.pull(PULL_TIMEOUT_NANOS)) {
                // frames were delivered into this sink
            }
        } catch (Throwable t) {
            if (running) {
                ended(new BackendException(BackendException.Kind.FAILED, "reading " + device.label() + " failed: " + t, t));
            }
        }
    }

    DeviceDescriptor device() {
        return device;
    }

    SourceConfig config() {
        return config;
    }

    Backend backend() {
        return backend;
    }

    @Override
    String label() {
        return device.label();
    }

    @Override
    MediaTrackCapabilities capabilities() {
        return SettingsSelector.capabilitiesOf(device);
    }

    @Override
    CompletableFuture<Void> applyConstraints(MediaStreamTrack track, MediaTrackConstraints constraints) {
        return owner.runOp(() -> {
            if (!track.isLive()) {
                return null;
            }
            DeviceDescriptor current = owner.currentDescriptor(backend, device.deviceId()).orElse(device);
            Selection sel = SettingsSelector.select(List.of(current), constraints);
            if (sel.config().equals(config)) {
                applyControls(sel.controls());
                track.update(constraints, sel.settings());
                return null;
            }
            boolean alone = tracks().size() == 1 && tracks().contains(track);
            if (alone) {
                switchInPlace(current, sel.config());
                applyControls(sel.controls());
                track.update(constraints, sel.settings());
                return null;
            }
            // Others use the current configuration: this track moves to a source of its own.
            DeviceSource other = owner.openSource(backend, current, sel.config());
            other.applyControls(sel.controls());
            if (track.moveTo(other)) {
                track.update(constraints, sel.settings());
            } else {
                other.releaseIfUnused(); // the track stopped meanwhile: do not leave the new source open
            }
            return null;
        });
    }

    // ---- camera controls (MediaStream Image Capture) --------------------------------------------

    private void attachControls(io.mediacapture.spi.SourceHandle h) {
        CameraControls c = h.controls().orElse(null);
        controls = c;
        controlValuesStale = true;
        if (c != null) {
            c.onChange(() -> controlValuesStale = true);
        }
    }

    /**
     * Moves the device's camera controls to what SelectSettings asked for: each request resolves against the
     * current value (kept when it already meets the constraints). Ops thread.
     *
     * @throws BackendException when the device refuses a value
     */
    void applyControls(Map<ConstrainableProperty, ControlRequest> requests) throws BackendException {
        CameraControls c = controls;
        if (requests.isEmpty() || c == null) {
            return;
        }
        Map<ConstrainableProperty, Object> current = c.values();
        Map<ConstrainableProperty, Object> changes = new LinkedHashMap<>();
        for (ControlRequest r : requests.values()) {
            Object v = r.resolve(current.get(r.property()));
            if (v != null) {
                changes.put(r.property(), v);
            }
        }
        try {
            if (!changes.isEmpty()) {
                c.set(changes);
            }
        } finally {
            controlValuesStale = true;
        }
    }

    /**
     * The track's settings with the camera controls' current values over them: a control changed by another
     * program shows here. Values are re-read after a change notification (or every time, for a backend
     * without notifications).
     */
    @Override
    MediaTrackSettings liveSettings(MediaTrackSettings settings) {
        CameraControls c = controls;
        if (c == null) {
            return settings;
        }
        Map<ConstrainableProperty, Object> values = controlValues;
        if (controlValuesStale || !c.notifiesChanges()) {
            controlValuesStale = false;
            try {
                values = Map.copyOf(c.values());
            } catch (BackendException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "reading the controls of " + device.label() + " failed", e);
                controlValuesStale = true;
            }
            controlValues = values;
        }
        if (values.isEmpty()) {
            return settings;
        }
        MediaTrackSettings.Builder b = settings.toBuilder();
        values.forEach(b::set);
        return b.build();
    }

    /** The open handle's still-image mode, if the device has one (for ImageCapture.takePhoto). */
    java.util.Optional<io.mediacapture.spi.StillImageCapture> stillImage() {
        io.mediacapture.spi.SourceHandle h = handle;
        return h == null ? java.util.Optional.empty() : h.stillImage();
    }

    /** The open handle's camera controls, if the device has any (for ImageCapture). */
    java.util.Optional<CameraControls> controls() {
        return java.util.Optional.ofNullable(controls);
    }

    /** Reconfigures the open device (only this source's tracks are affected). Runs on the ops thread. */
    private void switchInPlace(DeviceDescriptor current, SourceConfig next) throws BackendException {
        SourceHandle h = handle;
        if (h == null || isReleased()) {
            return; // the track stopped meanwhile: nothing to reconfigure
        }
        try {
            h.reconfigure(next);
            config = next;
            device = current;
            return;
        } catch (BackendException e) {
            if (e.kind() != BackendException.Kind.UNSUPPORTED_CONFIGURATION) {
                throw e;
            }
        }
        SourceConfig previous = config;
        stopHandle();
        try {
            device = current;
            if (start(next)) {
                config = next;
            }
        } catch (BackendException e) {
            LOG.log(System.Logger.Level.DEBUG, "reopening " + device.label() + " in " + next + " failed; restoring", e);
            start(previous);
            throw e;
        }
    }

    @Override
    protected void release() {
        stopHandle();
        owner.sourceReleased(this);
    }

    private void stopHandle() {
        running = false;
        SourceHandle h;
        Thread t;
        synchronized (handleLock) {
            h = handle;
            handle = null;
            t = puller;
            puller = null;
        }
        if (h != null) {
            closeQuietly(h);
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                LOG.log(System.Logger.Level.WARNING, "pull thread of " + device.label() + " did not stop within 2 s");
            }
        }
    }

    private void closeQuietly(SourceHandle h) {
        try {
            h.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing " + device.label() + " failed", e);
        }
    }

    // ---- SourceSink: called by the backend on its own threads; never throws ----------------------

    @Override
    public void deliver(VideoFrame frame) {
        boolean kept = false;
        try {
            if (running) {
                kept = handOverToTracks(frame);
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "video delivery failed", t);
        } finally {
            if (!kept) {
                frame.close();
            }
        }
    }

    @Override
    public boolean keepsFrames() {
        return anyTrackKeepsFrames();
    }

    @Override
    public void lend(MemorySegment memory, VideoPixelFormat format, int codedWidth, int codedHeight, long[] offsets,
                     int[] strides, long timestamp, long duration) {
        if (!running) {
            return;
        }
        try {
            VideoFrame lent = lendable;
            if (lent == null || !lent.hasLayout(format, codedWidth, codedHeight, offsets, strides)) {
                lent = VideoFrame.lendable(format, codedWidth, codedHeight, offsets, strides);
                lendable = lent;
            }
            lent.beginLoan(memory, timestamp, duration);
            try {
                if (anyTrackKeepsFrames()) {
                    // One copy (the lent frame's clone) that every keeper shares and the taps read too.
                    deliver(lent.clone());
                } else {
                    deliverToTracks(lent);
                }
            } finally {
                lent.endLoan();
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "video delivery failed", t);
        }
    }

    @Override
    public void lend(MemorySegment memory, VideoFrameLayout layout, long timestamp, long duration) {
        if (!running) {
            return;
        }
        try {
            VideoFrame lent = lendable;
            if (lent == null || !lent.hasLayout(layout)) {
                lent = VideoFrame.lendable(layout);
                lendable = lent;
            }
            lent.beginLoan(memory, timestamp, duration);
            try {
                if (anyTrackKeepsFrames()) {
                    // One copy (the lent frame's clone) that every keeper shares and the taps read too.
                    deliver(lent.clone());
                } else {
                    deliverToTracks(lent);
                }
            } finally {
                lent.endLoan();
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "video delivery failed", t);
        }
    }

    @Override
    public void deliver(AudioData data) {
        boolean kept = false;
        try {
            if (running) {
                kept = handOverToTracks(data);
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "audio delivery failed", t);
        } finally {
            if (!kept) {
                data.close();
            }
        }
    }

    @Override
    public void deliverCompressed(NativeVideoFormat format, FrameBuffer data, long length, int width, int height,
                                  long timestamp, long duration) {
        try {
            if (running && format == NativeVideoFormat.MJPEG) {
                VideoFrame decoded = MjpegDecoder.decode(data.memory().asSlice(0, length), width, height, timestamp,
                        duration);
                deliver(decoded);
            }
        } catch (Throwable t) {
            frameDiscarded("a " + format + " frame that does not decode: " + t.getMessage());
        } finally {
            data.release();
        }
    }

    @Override
    public void muted(boolean muted) {
        try {
            mutedAll(muted);
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "mute notification failed", t);
        }
    }

    @Override
    public void ended(BackendException reason) {
        try {
            if (!markReleased()) {
                return;
            }
            running = false;
            LOG.log(System.Logger.Level.DEBUG, device.label() + " ended: " + reason.getMessage());
            endAll(reason);
            owner.sourceEnded(this);
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "ending " + device.label() + " failed", t);
        }
    }

    /** After the source ended by itself: release the backend's handle (ops thread, never a backend thread). */
    void closeAfterEnd() {
        stopHandle();
    }

    /** Closes the device from the owner (MediaDevices.close()); tracks end with an error. */
    void shutdown(Throwable reason) {
        if (markReleased()) {
            endAll(reason);
            stopHandle();
        }
    }

    @Override
    public String toString() {
        return "DeviceSource[" + device.label() + " " + config + "]";
    }
}
