package io.mediacapture.linux.pipewire;

import static io.mediacapture.bindings.pipewire.pipewire_h.*;

import io.mediacapture.bindings.pipewire.inline.FormatDescription;
import io.mediacapture.bindings.pipewire.inline.PwCore;
import io.mediacapture.bindings.pipewire.inline.PwLink;
import io.mediacapture.bindings.pipewire.inline.PwNode;
import io.mediacapture.bindings.pipewire.inline.PwPort;
import io.mediacapture.bindings.pipewire.inline.SpaFormats;
import io.mediacapture.bindings.pipewire.inline.SpaHooks;
import io.mediacapture.bindings.pipewire.pw_link_events;
import io.mediacapture.bindings.pipewire.pw_link_info;
import io.mediacapture.bindings.pipewire.pw_node_events;
import io.mediacapture.bindings.pipewire.pw_port_events;
import io.mediacapture.bindings.pipewire.pw_registry_events;
import io.mediacapture.bindings.spa.pod.SpaPodException;
import io.mediacapture.bindings.spa.pod.SpaObject;
import io.mediacapture.bindings.spa.pod.SpaPodParser;
import io.mediacapture.bindings.spa.spa_h;
import io.mediacapture.bindings.spa.spa_hook;
import io.mediacapture.spi.DeviceDescriptor;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Watches one connection's registry: which capture nodes, output ports and devices exist. Globals arrive on the
 * loop thread; each capture node and port is bound and asked for its EnumFormat params (cameras also for their
 * PropInfo params), followed by a core sync whose {@code done} marks the answer complete. Then, and when a
 * global leaves, the answered nodes go to {@link PwEnumerator}, which makes the device list; when that list
 * changed the connection hears {@code devicesChanged} (the backend's {@code devicechange}), and a capture node
 * that left the graph is reported with {@code nodeRemoved}. The bound node proxies also carry the camera
 * controls' Props queries and {@code set_param} calls. Links out of capture nodes are bound too, only to hear
 * {@code linkFailed} when one goes to state "error" (the one sign of a node that cannot start for a stream).
 *
 * <p>Everything but {@link #devices()} and {@link #find} runs on the loop thread or with the loop lock held.
 */
final class PwWatcher {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.pipewire");
    /** EnumFormat params kept per node or port proxy; a real camera has one per pixel format (a handful). */
    static final int MAX_PARAMS = 256;
    static final Set<String> CAPTURE_CLASSES = Set.of("Video/Source", "Audio/Source", "Audio/Source/Virtual");

    /** What the watcher needs from its connection. */
    interface Connection {
        /** Sends a core sync; {@code whenDone} runs on the loop thread once the daemon has answered everything before. */
        void sync(Runnable whenDone);

        /** The device list changed. */
        void devicesChanged();

        /** A capture node left the graph. */
        void nodeRemoved(int nodeId);

        /**
         * A link from capture node {@code outputNode} to node {@code inputNode} went to state "error" (PipeWire could
         * not agree on or allocate its buffers, e.g. "can't negotiate buffers on port"); {@code error} is PipeWire's
         * message, or null.
         */
        void linkFailed(int outputNode, int inputNode, String error);
    }

    private final Connection connection;
    private final PwEnumerator enumerator = new PwEnumerator();
    private final Arena arena = Arena.ofShared(); // events tables and the registry hook: live as long as this
    private final MemorySegment registry;
    private final MemorySegment registryHook;
    private final MemorySegment nodeEvents;
    private final MemorySegment portEvents;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<Integer, Bound> bound = new HashMap<>(); // node and port proxies by global id
    private final MemorySegment linkEvents;
    private final Map<Integer, Bound> links = new HashMap<>(); // link proxies by global id, links out of capture nodes
    private final Map<Integer, Map<String, String>> outputPorts = new HashMap<>(); // port id -> props
    private final Map<Integer, String> deviceNames = new HashMap<>();
    private final Map<Integer, String> devicePaths = new HashMap<>(); // device id -> api.v4l2.path

    private static final class Node {
        final int id;
        final Map<String, String> props;
        int pendingQueries;
        boolean answered;

        Node(int id, Map<String, String> props) {
            this.id = id;
            this.props = props;
        }
    }

    /** A bound node or port proxy and the EnumFormat params it reported. */
    private static final class Bound {
        final int nodeId;
        final MemorySegment proxy;
        final MemorySegment hook;
        final Arena arena = Arena.ofAuto();
        final List<FormatDescription> formats = new ArrayList<>();
        final List<SpaObject> propInfos = new ArrayList<>();
        volatile SpaObject props; // the last Props param the node answered (PropsQuery)
        boolean capped; // more than MAX_PARAMS EnumFormat params came: the rest were ignored

        Bound(int nodeId, MemorySegment proxy) {
            this.nodeId = nodeId;
            this.proxy = proxy;
            this.hook = spa_hook.allocate(arena);
        }
    }

    /** Creates the registry proxy and starts listening; call with the loop lock held. */
    PwWatcher(MemorySegment core, Connection connection) {
        this.connection = connection;
        this.registry = PwCore.pw_core_get_registry(core, PW_VERSION_REGISTRY(), 0);
        if (registry.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("pw_core_get_registry failed");
        }
        MemorySegment events = pw_registry_events.allocate(arena);
        pw_registry_events.version(events, PW_VERSION_REGISTRY_EVENTS());
        pw_registry_events.global(events, pw_registry_events.global.allocate(this::onGlobal, arena));
        pw_registry_events.global_remove(events, pw_registry_events.global_remove.allocate(this::onGlobalRemove, arena));
        nodeEvents = pw_node_events.allocate(arena);
        pw_node_events.version(nodeEvents, PW_VERSION_NODE_EVENTS());
        pw_node_events.param(nodeEvents, pw_node_events.param.allocate(this::onParam, arena));
        linkEvents = pw_link_events.allocate(arena);
        pw_link_events.version(linkEvents, PW_VERSION_LINK_EVENTS());
        pw_link_events.info(linkEvents, pw_link_events.info.allocate(this::onLinkInfo, arena));
        portEvents = pw_port_events.allocate(arena);
        pw_port_events.version(portEvents, PW_VERSION_PORT_EVENTS());
        pw_port_events.param(portEvents, pw_port_events.param.allocate(this::onParam, arena));
        registryHook = spa_hook.allocate(arena);
        PwCore.pw_registry_add_listener(registry, registryHook, events, MemorySegment.NULL);
    }

    /** The capture devices, microphones first, each kind's default (highest priority.session) first. Any thread. */
    List<DeviceDescriptor> devices() {
        return enumerator.devices();
    }

    Optional<PwEnumerator.NodeInfo> find(String deviceId) {
        return enumerator.find(deviceId);
    }

    // ---- registry events (loop thread) ----------------------------------------------------------------

    private void onGlobal(MemorySegment data, int id, int permissions, MemorySegment type, int version, MemorySegment props) {
        try {
            String t = PwProperties.string(type);
            Map<String, String> p = PwProperties.read(props);
            String mediaClass = p.get("media.class");
            if ("PipeWire:Interface:Node".equals(t) && mediaClass != null && CAPTURE_CLASSES.contains(mediaClass)) {
                addNode(id, p);
            } else if ("PipeWire:Interface:Port".equals(t) && "out".equals(p.get("port.direction"))) {
                addPort(id, p);
            } else if ("PipeWire:Interface:Link".equals(t)) {
                addLink(id, p);
            } else if ("PipeWire:Interface:Device".equals(t) && p.containsKey("device.name")) {
                deviceNames.put(id, p.get("device.name"));
                String path = PwEnumerator.v4l2Path(p);
                if (path != null) {
                    devicePaths.put(id, path);
                }
            }
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.WARNING, "handling PipeWire global " + id + " failed", e);
        }
    }

    private void onGlobalRemove(MemorySegment data, int id) {
        try {
            deviceNames.remove(id);
            devicePaths.remove(id);
            outputPorts.remove(id);
            Bound link = links.remove(id);
            if (link != null) {
                unbind(link);
            }
            Bound b = bound.remove(id);
            if (b != null) {
                unbind(b);
            }
            Node n = nodes.remove(id);
            if (n != null) {
                for (var it = bound.entrySet().iterator(); it.hasNext();) {
                    var e = it.next();
                    if (e.getValue().nodeId == id) {
                        unbind(e.getValue());
                        it.remove();
                    }
                }
                connection.nodeRemoved(id);
            }
            if (n != null || b != null) {
                rebuild();
            }
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.WARNING, "handling the removal of PipeWire global " + id + " failed", e);
        }
    }

    /**
     * A bound link's info. When PipeWire cannot give a link its buffers (seen with PipeWire 0.3.65's V4L2 node over
     * v4l2loopback: "can't allocate enough buffers", then "can't negotiate buffers on port"), the link goes to state
     * "error" and nothing else tells the stream: it stays PAUSED with its format agreed, and no frame comes.
     */
    private void onLinkInfo(MemorySegment data, MemorySegment info) {
        try {
            if (info.equals(MemorySegment.NULL) || !links.containsKey((int) data.address())) {
                return;
            }
            MemorySegment i = info.reinterpret(pw_link_info.sizeof());
            if ((pw_link_info.change_mask(i) & PW_LINK_CHANGE_MASK_STATE()) != 0
                    && pw_link_info.state(i) == PW_LINK_STATE_ERROR()) {
                int out = pw_link_info.output_node_id(i);
                int in = pw_link_info.input_node_id(i);
                String error = PwProperties.string(pw_link_info.error(i));
                LOG.log(System.Logger.Level.DEBUG, () -> "PipeWire link " + out + " -> " + in + " went to state error: "
                        + error);
                connection.linkFailed(out, in, error);
            }
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.WARNING, "reading a PipeWire link's info failed", e);
        }
    }

    private void onParam(MemorySegment data, int seq, int id, int index, int next, MemorySegment param) {
        try {
            Bound b = bound.get((int) data.address());
            if (b == null || param.equals(MemorySegment.NULL)) {
                return;
            }
            if (id == spa_h.SPA_PARAM_Props()) {
                if (SpaPodParser.parseNative(param) instanceof SpaObject o) {
                    b.props = o;
                }
                return;
            }
            if (id == spa_h.SPA_PARAM_PropInfo()) {
                if (b.propInfos.size() < MAX_PARAMS && SpaPodParser.parseNative(param) instanceof SpaObject o) {
                    b.propInfos.add(o);
                }
                return;
            }
            if (id != spa_h.SPA_PARAM_EnumFormat()) {
                return;
            }
            if (b.formats.size() >= MAX_PARAMS) {
                b.capped = true; // reported with the node's modes in rebuild()
                return;
            }
            b.formats.add(SpaFormats.parseEnumFormat(SpaPodParser.parseNative(param)));
        } catch (SpaPodException e) {
            LOG.log(System.Logger.Level.DEBUG, "skipping an EnumFormat PipeWire cannot describe to us", e);
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.WARNING, "reading a PipeWire EnumFormat param failed", e);
        }
    }

    // ---- binding ------------------------------------------------------------------------------------

    private void addNode(int id, Map<String, String> props) {
        Node n = new Node(id, props);
        nodes.put(id, n);
        query(n, id, false);
        for (var e : outputPorts.entrySet()) {
            if (String.valueOf(id).equals(e.getValue().get("node.id"))) {
                query(n, e.getKey(), true);
            }
        }
    }

    private void addPort(int id, Map<String, String> props) {
        outputPorts.put(id, props);
        Node n = nodeOf(props.get("node.id"));
        if (n != null) {
            query(n, id, true);
        }
    }

    private Node nodeOf(String nodeId) {
        try {
            return nodeId == null ? null : nodes.get(Integer.parseInt(nodeId));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Binds a link out of a capture node, to learn when it fails (onLinkInfo); other links are left alone. */
    private void addLink(int id, Map<String, String> props) {
        Integer out;
        try {
            out = Integer.valueOf(props.getOrDefault("link.output.node", ""));
        } catch (NumberFormatException e) {
            return;
        }
        if (!nodes.containsKey(out)) {
            return;
        }
        MemorySegment proxy = PwCore.pw_registry_bind(registry, id, PW_TYPE_INTERFACE_Link(), PW_VERSION_LINK(), 0);
        if (proxy.equals(MemorySegment.NULL)) {
            LOG.log(System.Logger.Level.DEBUG, "cannot bind PipeWire link " + id);
            return;
        }
        Bound b = new Bound(out, proxy);
        links.put(id, b);
        int res = PwLink.pw_link_add_listener(proxy, b.hook, linkEvents, MemorySegment.ofAddress(id));
        if (res < 0) {
            LOG.log(System.Logger.Level.DEBUG, "cannot listen to PipeWire link " + id + ": " + PwErrors.describe(res));
        }
    }

    /** Binds global {@code id} (the node or one of its ports) and asks for its EnumFormat params. */
    private void query(Node n, int id, boolean port) {
        MemorySegment proxy = port
                ? PwCore.pw_registry_bind(registry, id, PW_TYPE_INTERFACE_Port(), PW_VERSION_PORT(), 0)
                : PwCore.pw_registry_bind(registry, id, PW_TYPE_INTERFACE_Node(), PW_VERSION_NODE(), 0);
        if (proxy.equals(MemorySegment.NULL)) {
            LOG.log(System.Logger.Level.DEBUG, "cannot bind PipeWire global " + id);
            return;
        }
        Bound b = new Bound(n.id, proxy);
        bound.put(id, b);
        // The listener's data is the global id itself, so onParam finds the Bound without a native lookup.
        MemorySegment data = MemorySegment.ofAddress(id);
        int res = port ? PwPort.pw_port_add_listener(proxy, b.hook, portEvents, data)
                : PwNode.pw_node_add_listener(proxy, b.hook, nodeEvents, data);
        if (res >= 0) {
            int param = spa_h.SPA_PARAM_EnumFormat();
            res = port ? PwPort.pw_port_enum_params(proxy, 0, param, 0, Integer.MAX_VALUE, MemorySegment.NULL)
                    : PwNode.pw_node_enum_params(proxy, 0, param, 0, Integer.MAX_VALUE, MemorySegment.NULL);
        }
        if (res >= 0 && !port && n.props.getOrDefault("media.class", "").startsWith("Video/")) {
            // A camera's controls (PipeWire's V4L2 source lists every V4L2 control as a PropInfo); the same sync
            // below covers the answer.
            int r = PwNode.pw_node_enum_params(proxy, 0, spa_h.SPA_PARAM_PropInfo(), 0, Integer.MAX_VALUE, MemorySegment.NULL);
            if (r < 0) {
                LOG.log(System.Logger.Level.DEBUG, "cannot ask PipeWire node " + id + " for its controls: "
                        + PwErrors.describe(r));
            }
        }
        if (res < 0) {
            // The sync below still completes; the global then simply contributes no formats.
            LOG.log(System.Logger.Level.DEBUG, "cannot ask PipeWire global " + id + " for its formats: "
                    + PwErrors.describe(res));
        }
        n.pendingQueries++;
        connection.sync(() -> {
            n.pendingQueries--;
            if (n.pendingQueries == 0 && nodes.get(n.id) == n) {
                n.answered = true;
                rebuild();
            }
        });
    }

    private static void unbind(Bound b) {
        SpaHooks.spa_hook_remove(b.hook);
        pw_proxy_destroy(b.proxy);
    }

    // ---- the device list ----------------------------------------------------------------------------

    /** Hands the answered capture nodes to the enumerator; a changed device list is a {@code devicechange}. */
    private void rebuild() {
        List<PwEnumerator.NodeState> answered = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (!n.answered) {
                continue;
            }
            List<FormatDescription> formats = new ArrayList<>();
            List<SpaObject> propInfos = new ArrayList<>();
            boolean capped = false;
            for (Bound b : bound.values()) {
                if (b.nodeId == n.id) {
                    formats.addAll(b.formats);
                    propInfos.addAll(b.propInfos);
                    capped |= b.capped;
                }
            }
            answered.add(new PwEnumerator.NodeState(n.id, n.props, formats, propInfos, capped));
        }
        if (enumerator.update(answered, nodes.keySet(), deviceNames, devicePaths)) {
            connection.devicesChanged();
        }
    }

    /**
     * Asks capture node {@code nodeId} for its {@code Props} param ({@code pw_node_enum_params}); loop lock held.
     * The answer lands in {@link #lastProps} before the next core sync completes. Returns the sequence number or a
     * negative errno.
     */
    int queryProps(int nodeId) {
        Bound b = bound.get(nodeId);
        if (b == null || b.nodeId != nodeId) {
            return -io.mediacapture.bindings.libc.errno_h.ENOENT();
        }
        b.props = null;
        return PwNode.pw_node_enum_params(b.proxy, 0, spa_h.SPA_PARAM_Props(), 0, 1, MemorySegment.NULL);
    }

    /** The Props param {@link #queryProps} brought, if it came; loop lock held. */
    Optional<SpaObject> lastProps(int nodeId) {
        Bound b = bound.get(nodeId);
        return b == null ? Optional.empty() : Optional.ofNullable(b.props);
    }

    /**
     * {@code pw_node_set_param} on the bound proxy of capture node {@code nodeId}; loop lock held. Returns the
     * sequence number or a negative errno ({@code -ENOENT} when the node is not bound, e.g. gone).
     */
    int setParam(int nodeId, int paramId, MemorySegment pod) {
        Bound b = bound.get(nodeId);
        if (b == null || b.nodeId != nodeId) {
            return -io.mediacapture.bindings.libc.errno_h.ENOENT();
        }
        return PwNode.pw_node_set_param(b.proxy, paramId, 0, pod);
    }

    /** Removes every listener and proxy; call with the loop lock held, before the core disconnects. */
    void destroy() {
        for (Bound b : bound.values()) {
            unbind(b);
        }
        bound.clear();
        for (Bound b : links.values()) {
            unbind(b);
        }
        links.clear();
        nodes.clear();
        SpaHooks.spa_hook_remove(registryHook);
        pw_proxy_destroy(registry);
    }

    /** Frees the event tables; only after the loop thread has stopped. */
    void free() {
        arena.close();
    }
}
