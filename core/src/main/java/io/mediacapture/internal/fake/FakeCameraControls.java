package io.mediacapture.internal.fake;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.fake.FakeCamera;
import io.mediacapture.fake.FakeControl;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.fake.FakeFramePattern;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.spi.CameraControls;
import java.util.Map;

/**
 * The camera controls of an open fake camera: values live in its {@link FakeDevices} (device state, kept
 * across opens); a change from {@link FakeDevices#setControl} or from {@link #set} recomputes the
 * {@link FakeFramePattern.Look} the camera thread draws with and tells core.
 */
final class FakeCameraControls implements CameraControls, AutoCloseable {
    private final FakeCamera camera;
    private final FakeDevices devices;
    private final AutoCloseable subscription;
    private volatile Runnable listener;
    private volatile FakeFramePattern.Look look;

    FakeCameraControls(FakeCamera camera, FakeDevices devices) {
        this.camera = camera;
        this.devices = devices;
        this.look = lookOf(devices.controlValues(camera.deviceId()));
        this.subscription = devices.onControlChange(id -> {
            if (id.equals(camera.deviceId())) {
                changed();
            }
        });
    }

    /** What the camera thread draws with now. */
    FakeFramePattern.Look look() {
        return look;
    }

    @Override
    public Map<ConstrainableProperty, Object> values() throws BackendException {
        try {
            return devices.controlValues(camera.deviceId());
        } catch (IllegalArgumentException e) {
            throw new BackendException(BackendException.Kind.DEVICE_LOST, "'" + camera.label() + "' was unplugged", e);
        }
    }

    @Override
    public void set(Map<ConstrainableProperty, Object> values) throws BackendException {
        for (Map.Entry<ConstrainableProperty, Object> e : values.entrySet()) {
            try {
                devices.setControl(camera.deviceId(), e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw BackendException.unsupported(e.getKey().toString(), ex.getMessage());
            }
        }
    }

    @Override
    public void onChange(Runnable l) {
        listener = l;
    }

    @Override
    public boolean notifiesChanges() {
        return true;
    }

    private void changed() {
        try {
            look = lookOf(devices.controlValues(camera.deviceId()));
        } catch (IllegalArgumentException unplugged) {
            return;
        }
        Runnable l = listener;
        if (l != null) {
            l.run();
        }
    }

    /**
     * Brightness moves luma by up to ±64 across its range; contrast and saturation are gains of 1 at the
     * middle of their ranges; zoom is the magnification.
     */
    private FakeFramePattern.Look lookOf(Map<ConstrainableProperty, Object> v) {
        int offset = 0;
        double contrast = 1;
        double saturation = 1;
        double zoom = 1;
        for (FakeControl c : camera.controls()) {
            if (!(c.control() instanceof CameraControl.Range r) || !(v.get(c.property()) instanceof Number n)) {
                continue;
            }
            double min = r.range().min();
            double max = r.range().max();
            double mid = (min + max) / 2;
            double x = n.doubleValue();
            switch (c.property()) {
                case BRIGHTNESS -> offset = max > min ? (int) Math.round((x - mid) / (max - min) * 128) : 0;
                case CONTRAST -> contrast = mid > 0 ? x / mid : 1;
                case SATURATION -> saturation = mid > 0 ? x / mid : 1;
                case ZOOM -> zoom = Math.max(1, x);
                default -> {
                    // no visible effect
                }
            }
        }
        return new FakeFramePattern.Look(offset, contrast, saturation, zoom);
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            // unregistering a listener cannot fail
        }
    }
}
