package io.mediacapture.linux.v4l2;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.spi.CameraControls;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The camera controls of an open {@link V4l2Source}: values read with {@code G_CTRL}, written with {@code S_CTRL},
 * and changes made by other programs ({@code v4l2-ctl}, another application) reported through the
 * {@code V4L2_EVENT_CTRL} events the pull thread dequeues ({@link #eventsArrived()}).
 *
 * <p>Threading: core calls {@link #values()} and {@link #set} from its ops thread; the descriptor stays valid
 * because every ioctl runs under the source's state lock with the source not yet torn down ({@code fd} answers
 * -1 once it is).
 */
final class V4l2CameraControls implements CameraControls {
    private final V4l2ControlMap map;
    private final String node;
    private final Object lock;
    private final IntSupplier fd;
    private final boolean notifies;
    private volatile Runnable listener;

    /** @param fd the open descriptor, or -1 once the source is torn down; read under {@code lock} */
    V4l2CameraControls(V4l2ControlMap map, String node, Object lock, IntSupplier fd) {
        this.map = map;
        this.node = node;
        this.lock = lock;
        this.fd = fd;
        boolean all = true;
        synchronized (lock) {
            int f = fd.getAsInt();
            for (V4l2ControlMap.Binding b : map.bindings().values()) {
                all &= f >= 0 && V4l2ControlIo.subscribe(f, b.info().id());
            }
        }
        this.notifies = all;
    }

    @Override
    public Map<ConstrainableProperty, Object> values() throws BackendException {
        Map<ConstrainableProperty, Object> out = new LinkedHashMap<>();
        synchronized (lock) {
            int f = open();
            for (Map.Entry<ConstrainableProperty, V4l2ControlMap.Binding> e : map.bindings().entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue().toSpec(V4l2ControlIo.get(f, e.getValue().info().id())));
                } catch (ErrnoException ex) {
                    if (V4l2Errors.isDeviceGone(ex.errno())) {
                        throw new BackendException(BackendException.Kind.DEVICE_LOST, "camera " + node + " is gone", ex);
                    }
                    // a write-only or momentarily unreadable control: leave it out of the settings
                }
            }
        }
        return out;
    }

    @Override
    public void set(Map<ConstrainableProperty, Object> values) throws BackendException {
        Map<ConstrainableProperty, Object> ordered = withImpliedModes(values);
        synchronized (lock) {
            int f = open();
            for (Map.Entry<ConstrainableProperty, Object> e : ordered.entrySet()) {
                ConstrainableProperty p = e.getKey();
                V4l2ControlMap.Binding b = map.binding(p).orElseThrow(() -> BackendException.unsupported(p.toString(),
                        "camera " + node + " has no V4L2 control for " + p));
                int raw;
                try {
                    raw = b.toRaw(e.getValue());
                } catch (IllegalArgumentException ex) {
                    throw BackendException.unsupported(p.toString(), ex.getMessage());
                }
                int r = V4l2ControlIo.set(f, b.info().id(), raw);
                if (r == -errno_h.EINVAL() || r == -errno_h.ERANGE() || r == -errno_h.EBUSY() || r == -errno_h.EACCES()) {
                    throw BackendException.unsupported(p.toString(), "camera " + node + " refused " + p + " = "
                            + e.getValue() + " (V4L2 control '" + b.info().name() + "' = " + raw + ": " + Errno.name(-r) + ")");
                }
                if (r < 0) {
                    BackendException.Kind kind = V4l2Errors.isDeviceGone(-r) ? BackendException.Kind.DEVICE_LOST
                            : BackendException.Kind.FAILED;
                    throw new BackendException(kind, "setting " + p + " on camera " + node + " failed: " + Errno.name(-r));
                }
            }
        }
    }

    /**
     * Puts the "manual" mode a value needs before it, unless the request sets that mode itself: asking for an
     * exposureTime means manual exposure, as in browsers.
     */
    private Map<ConstrainableProperty, Object> withImpliedModes(Map<ConstrainableProperty, Object> values) {
        Map<ConstrainableProperty, Object> out = new LinkedHashMap<>();
        for (ConstrainableProperty p : values.keySet()) {
            V4l2ControlMap.modeFor(p).ifPresent(mode -> {
                if (!values.containsKey(mode) && map.binding(mode)
                        .filter(b -> b.control() instanceof CameraControl.Modes m && m.modes().contains(CameraControl.Modes.MANUAL))
                        .isPresent()) {
                    out.put(mode, CameraControl.Modes.MANUAL);
                }
            });
        }
        out.putAll(values);
        return out;
    }

    private int open() throws BackendException {
        int f = fd.getAsInt();
        if (f < 0) {
            throw new BackendException(BackendException.Kind.DEVICE_LOST, "camera " + node + " is closed");
        }
        return f;
    }

    @Override
    public void onChange(Runnable l) {
        listener = l;
    }

    @Override
    public boolean notifiesChanges() {
        return notifies;
    }

    /** The pull thread dequeued control events: tell core. Never throws. */
    void eventsArrived() {
        Runnable l = listener;
        if (l != null) {
            try {
                l.run();
            } catch (RuntimeException e) {
                System.getLogger("io.mediacapture.linux.v4l2").log(System.Logger.Level.WARNING,
                        "a control change listener failed", e);
            }
        }
    }
}
