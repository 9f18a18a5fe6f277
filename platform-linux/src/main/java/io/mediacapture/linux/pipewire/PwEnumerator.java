package io.mediacapture.linux.pipewire;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.bindings.pipewire.inline.FormatDescription;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.linux.v4l2.V4l2ControlMap;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The capture devices of one connection, from what {@link PwWatcher} has learnt of the registry: which capture
 * nodes exist, their properties, the EnumFormat and PropInfo params they and their output ports answered, and the
 * devices they belong to. {@link #update} turns that into device descriptors (ids, labels, groups, defaults,
 * modes or audio capabilities, camera controls); the current list is an immutable snapshot that
 * {@link #devices()} and {@link #find} return from any thread.
 *
 * <p>{@link #update} runs on the loop thread (or with the loop lock held), like everything in {@link PwWatcher}.
 */
final class PwEnumerator {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.pipewire");

    /**
     * A capture node as the sources need it.
     *
     * @param controls   the camera controls of its PropInfo params (PipeWire's V4L2 source has them), else none
     * @param devicePath the V4L2 device node behind it ({@code api.v4l2.path} or {@code object.path} v4l2:...), or null
     */
    record NodeInfo(int id, String name, String serial, String mediaClass, DeviceDescriptor descriptor,
                    V4l2ControlMap controls, String devicePath) {}

    /**
     * What the registry said about one capture node whose queries have all been answered.
     *
     * @param formats   the EnumFormat params of the node and its output ports
     * @param propInfos the PropInfo params of the node (cameras only)
     * @param capped    more than {@link PwWatcher#MAX_PARAMS} EnumFormat params came from one of its proxies
     */
    record NodeState(int id, Map<String, String> props, List<FormatDescription> formats, List<SpaObject> propInfos,
                     boolean capped) {}

    private volatile List<NodeInfo> snapshot = List.of();
    private final Set<Integer> cappedLogged = new HashSet<>(); // nodes the log said once offer more than is listed

    /** The capture devices, microphones first, each kind's default (highest priority.session) first. Any thread. */
    List<DeviceDescriptor> devices() {
        return snapshot.stream().map(NodeInfo::descriptor).toList();
    }

    Optional<NodeInfo> find(String deviceId) {
        return snapshot.stream().filter(n -> n.descriptor().deviceId().equals(deviceId)).findFirst();
    }

    /**
     * Rebuilds the device list from the answered capture nodes present now.
     *
     * @param present     the ids of every capture node present, answered or not
     * @param deviceNames device.name by device global id
     * @param devicePaths the V4L2 device node by device global id
     * @return whether the device list (the descriptors) changed
     */
    boolean update(List<NodeState> answered, Set<Integer> present, Map<Integer, String> deviceNames,
                   Map<Integer, String> devicePaths) {
        cappedLogged.retainAll(present);
        List<NodeInfo> infos = new ArrayList<>();
        List<NodeState> ordered = new ArrayList<>(answered);
        ordered.sort(Comparator.comparingInt((NodeState n) -> -priority(n)).thenComparingInt(n -> n.id()));
        Set<String> ids = new LinkedHashSet<>();
        boolean[] haveDefault = new boolean[2];
        for (NodeState n : ordered) {
            String mediaClass = n.props().get("media.class");
            boolean video = mediaClass.startsWith("Video/");
            V4l2ControlMap controls = PwControlMapping.map(video ? n.propInfos() : List.of());
            String deviceId = deviceId(n, ids);
            String label = firstOf(n.props(), "node.description", "node.nick", "node.name");
            if (label == null) {
                label = "PipeWire node " + n.id();
            }
            String group = groupId(n, deviceNames);
            int k = video ? 1 : 0;
            DeviceDescriptor d;
            if (video) {
                SpaFormatMapping.VideoModes offered = SpaFormatMapping.videoModes(n.formats());
                List<VideoMode> modes = offered.modes();
                if ((offered.capped() || n.capped()) && cappedLogged.add(n.id())) {
                    LOG.log(System.Logger.Level.WARNING, "PipeWire node " + n.id() + " ('" + label + "') offers more "
                            + "formats than are listed: kept " + modes.size() + " modes (at most "
                            + SpaFormatMapping.MAX_CHOICE_VALUES + " values per choice, " + SpaFormatMapping.MAX_MODES
                            + " modes per node, " + PwWatcher.MAX_PARAMS + " params per object)");
                }
                if (modes.isEmpty()) {
                    continue;
                }
                d = DeviceDescriptor.camera(deviceId, label, group, !haveDefault[k], null, modes)
                        .withControls(controls.controls());
            } else {
                Optional<AudioCapabilities> caps = SpaFormatMapping.audioCapabilities(n.formats());
                if (caps.isEmpty()) {
                    continue;
                }
                d = DeviceDescriptor.microphone(deviceId, label, group, !haveDefault[k], caps.get());
            }
            haveDefault[k] = true;
            ids.add(deviceId);
            infos.add(new NodeInfo(n.id(), n.props().get("node.name"), n.props().get("object.serial"), mediaClass, d,
                    controls, devicePath(n, devicePaths)));
        }
        infos.sort(Comparator.comparingInt((NodeInfo i) -> i.descriptor().kind() == MediaDeviceKind.AUDIOINPUT ? 0 : 1));
        List<NodeInfo> next = List.copyOf(infos);
        if (next.equals(snapshot)) {
            return false;
        }
        boolean listChanged = !next.stream().map(NodeInfo::descriptor).toList().equals(devices());
        snapshot = next;
        return listChanged;
    }

    /**
     * The V4L2 device node in a global's properties: {@code api.v4l2.path}, else an {@code object.path} of
     * {@code v4l2:/dev/...} (PipeWire's V4L2 udev monitor names devices so; the registry's global properties
     * are a subset of the object's, which need not include {@code api.v4l2.path}).
     */
    static String v4l2Path(Map<String, String> props) {
        String p = props.get("api.v4l2.path");
        if (p != null && p.startsWith("/dev/")) {
            return p;
        }
        String o = props.get("object.path");
        return o != null && o.startsWith("v4l2:/dev/") ? o.substring("v4l2:".length()) : null;
    }

    /** The V4L2 device node of a camera node: from its own properties, else from its device's. */
    private static String devicePath(NodeState n, Map<Integer, String> devicePaths) {
        String p = v4l2Path(n.props());
        if (p == null && n.props().get("device.id") != null) {
            try {
                p = devicePaths.get(Integer.parseInt(n.props().get("device.id")));
            } catch (NumberFormatException ignored) {
                // no device: no path
            }
        }
        return p;
    }

    private static int priority(NodeState n) {
        try {
            return Integer.parseInt(n.props().getOrDefault("priority.session", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Stable across runs: the node's name (what the session manager keeps), never its reused numeric id. */
    private static String deviceId(NodeState n, Set<String> taken) {
        String base = firstOf(n.props(), "node.name", "object.path");
        if (base == null) {
            base = "pipewire-node-" + n.props().getOrDefault("object.serial", String.valueOf(n.id()));
        }
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "#" + i;
        }
        return id;
    }

    /** Nodes of one device share its name; a node without a device is a group of its own. */
    private static String groupId(NodeState n, Map<Integer, String> deviceNames) {
        String dev = n.props().get("device.id");
        if (dev != null) {
            try {
                String name = deviceNames.get(Integer.parseInt(dev));
                if (name != null) {
                    return name;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the node's own identity
            }
        }
        return firstOf(n.props(), "device.name", "object.path", "node.name") != null
                ? firstOf(n.props(), "device.name", "object.path", "node.name") : "pipewire-node-" + n.id();
    }

    private static String firstOf(Map<String, String> props, String... keys) {
        for (String k : keys) {
            String v = props.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
