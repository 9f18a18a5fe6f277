package io.mediacapture.linux.pipewire;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.bindings.libc.Errno;
import io.mediacapture.bindings.spa.pod.SpaInt;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaProp;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.linux.v4l2.V4l2ControlMap;
import io.mediacapture.linux.v4l2.V4l2ControlValues;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.CameraControl;
import io.mediacapture.spi.CameraControls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The camera controls of a PipeWire camera node with V4L2 controls (PipeWire's V4L2 source): set through the
 * node, with {@code pw_node_set_param(SPA_PARAM_Props)} holding the controls' SPA ids and Int values, which the
 * V4L2 source applies with {@code VIDIOC_S_CTRL}.
 *
 * <p>Reading is where PipeWire 0.3 falls short: its V4L2 source's {@code Props} param carries only the device
 * path, name and fd, never a control's value, and it emits no param change when a control changes. So values are
 * read from the V4L2 device node itself ({@code api.v4l2.path}, {@code VIDIOC_G_CTRL}), which shows changes made
 * by other programs too; core re-reads them on every getSettings() ({@link #notifiesChanges()} is false). When
 * the device node cannot be opened (a sandbox with only the PipeWire socket), the node's Props param is asked
 * for (PipeWire 1.x's V4L2 source puts the control values there); without values there either (0.3), they are
 * the last ones set and else the controls' defaults, and changes made elsewhere stay unseen. The V4L2 source also ignores the
 * result of {@code S_CTRL} (set_param answers 0 whatever the driver said): with the device node readable, a
 * value the driver did not take is read back and refused here.
 */
final class PwCameraControls implements CameraControls {
    private static final Duration SET_TIMEOUT = Duration.ofSeconds(5);
    private static final long READ_BACK_WINDOW_MS = 500;
    private static final Duration PROPS_TIMEOUT = Duration.ofSeconds(2);

    private final PipeWireBackend backend;
    private final PwEnumerator.NodeInfo node;
    private final V4l2ControlMap map;
    private final Map<ConstrainableProperty, Object> known = new ConcurrentHashMap<>();
    private final NodeProps nodeProps;

    /** The node's current Props param, asked for over the connection; empty when it does not answer. */
    interface NodeProps {
        java.util.Optional<SpaObject> read() throws InterruptedException;
    }

    PwCameraControls(PipeWireBackend backend, PwEnumerator.NodeInfo node) {
        this(backend, node, () -> backend.nodeProps(node.id(), PROPS_TIMEOUT));
    }

    PwCameraControls(PipeWireBackend backend, PwEnumerator.NodeInfo node, NodeProps nodeProps) {
        this.backend = backend;
        this.node = node;
        this.nodeProps = nodeProps;
        this.map = node.controls();
        for (var e : map.bindings().entrySet()) {
            known.put(e.getKey(), e.getValue().toSpec(e.getValue().info().defaultValue()));
        }
    }

    @Override
    public Map<ConstrainableProperty, Object> values() throws BackendException {
        Map<ConstrainableProperty, Object> out = new LinkedHashMap<>();
        Map<Integer, Integer> raw = readDevice();
        if (raw == null) {
            raw = readNode();
        }
        for (var e : map.bindings().entrySet()) {
            Integer v = raw == null ? null : raw.get(e.getValue().info().id());
            out.put(e.getKey(), v != null ? e.getValue().toSpec(v) : known.get(e.getKey()));
        }
        return out;
    }

    /** The values the node's Props param carries (PipeWire 1.x; none from 0.3), or null. */
    private Map<Integer, Integer> readNode() throws BackendException {
        try {
            Map<Integer, Integer> v = nodeProps.read().map(PwControlMapping::values).orElse(Map.of());
            return v.isEmpty() ? null : v;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendException(BackendException.Kind.FAILED, "interrupted while reading the controls of '"
                    + node.name() + "'", e);
        }
    }

    /** The raw values on the device node, or null when there is none we can open. */
    private Map<Integer, Integer> readDevice() {
        if (node.devicePath() == null) {
            return null;
        }
        try {
            return V4l2ControlValues.read(node.devicePath(),
                    map.bindings().values().stream().map(b -> b.info().id()).toList());
        } catch (BackendException e) {
            return null;
        }
    }

    @Override
    public void set(Map<ConstrainableProperty, Object> values) throws BackendException {
        Map<ConstrainableProperty, Object> ordered = withImpliedModes(values);
        List<SpaProp> props = new ArrayList<>();
        Map<Integer, Integer> wanted = new LinkedHashMap<>();
        for (var e : ordered.entrySet()) {
            ConstrainableProperty p = e.getKey();
            V4l2ControlMap.Binding b = map.binding(p).orElseThrow(() -> BackendException.unsupported(p.toString(),
                    "PipeWire node '" + node.name() + "' has no control for " + p));
            int raw;
            try {
                raw = b.toRaw(e.getValue());
            } catch (IllegalArgumentException ex) {
                throw BackendException.unsupported(p.toString(), ex.getMessage());
            }
            int cid = b.info().id();
            props.add(SpaProp.of(PwControlMapping.propIdOf(cid), new SpaInt(raw)));
            wanted.put(cid, raw);
        }
        if (props.isEmpty()) {
            return;
        }
        SpaObject pod = new SpaObject(spa_h.SPA_TYPE_OBJECT_Props(), spa_h.SPA_PARAM_Props(), props);
        int r;
        try {
            r = backend.setNodeParam(node.id(), spa_h.SPA_PARAM_Props(), pod, SET_TIMEOUT);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new BackendException(BackendException.Kind.FAILED, "interrupted while setting controls on '" + node.name() + "'", ex);
        }
        if (r < 0) {
            throw new BackendException(r == -io.mediacapture.bindings.libc.errno_h.ENOENT() ? BackendException.Kind.DEVICE_LOST
                    : BackendException.Kind.FAILED, "setting " + values.keySet() + " on PipeWire node '" + node.name()
                    + "' failed: " + Errno.name(-r));
        }
        Map<Integer, Integer> now = readBack(wanted);
        for (var e : ordered.entrySet()) {
            V4l2ControlMap.Binding b = map.binding(e.getKey()).orElseThrow();
            int cid = b.info().id();
            Integer got = now == null ? null : now.get(cid);
            if (got != null && got.intValue() != wanted.get(cid)) {
                throw BackendException.unsupported(e.getKey().toString(), "PipeWire node '" + node.name() + "' did not take "
                        + e.getKey() + " = " + e.getValue() + " (V4L2 control '" + b.info().name() + "' is " + got
                        + ", not " + wanted.get(cid) + ")");
            }
            known.put(e.getKey(), got != null ? b.toSpec(got) : e.getValue());
        }
    }

    /**
     * The device's values once they are the wanted ones, or after {@link #READ_BACK_WINDOW_MS} as they are then:
     * the sync only says the daemon handled the message, and a node hosted by another client (a session manager's
     * local node) applies it a moment later. Null without a readable device node.
     */
    private Map<Integer, Integer> readBack(Map<Integer, Integer> wanted) throws BackendException {
        long deadline = System.nanoTime() + READ_BACK_WINDOW_MS * 1_000_000L;
        while (true) {
            Map<Integer, Integer> now = readDevice();
            if (now == null || wanted.entrySet().stream().allMatch(w -> !now.containsKey(w.getKey())
                    || now.get(w.getKey()).equals(w.getValue())) || System.nanoTime() > deadline) {
                return now;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new BackendException(BackendException.Kind.FAILED, "interrupted while setting controls on '"
                        + node.name() + "'", ex);
            }
        }
    }

    /** As the V4L2 backend: a value that needs a "manual" mode gets it first unless the request sets the mode. */
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
}
