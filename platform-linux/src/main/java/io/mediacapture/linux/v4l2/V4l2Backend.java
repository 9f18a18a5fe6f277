package io.mediacapture.linux.v4l2;

import io.mediacapture.bindings.libc.ErrnoException;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.spi.VideoMode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cameras from {@code /dev/video*}. Each capture node is probed (QUERYCAP, then the format lists) and
 * the result cached until inotify reports a change in {@code /dev}; without a working watcher every call
 * probes afresh. Thread-safe: the cache is guarded by this object's monitor.
 */
final class V4l2Backend implements Backend {
    private final BackendContext context;
    private final System.Logger log;
    private final Path devDir;
    private final SysfsTopology sysfs;
    private final V4l2Calls calls;
    private final V4l2Watcher watcher;
    private Map<String, V4l2Camera> cache; // path -> camera; null when stale. Guarded by this.
    private final Map<String, V4l2Camera> lastSeen = new java.util.HashMap<>(); // guarded by this

    private V4l2Backend(BackendContext context, Path devDir, SysfsTopology sysfs, V4l2Calls calls, boolean watch) {
        this.context = context;
        this.log = context.logger("v4l2");
        this.devDir = devDir;
        this.sysfs = sysfs;
        this.calls = calls;
        V4l2Watcher w = null;
        if (watch) {
            try {
                w = V4l2Watcher.start(devDir, this::devChanged, log);
            } catch (ErrnoException e) {
                log.log(System.Logger.Level.WARNING, "cannot watch " + devDir + " for cameras being plugged in or out; "
                        + "devicechange will not fire for cameras", e);
            }
        }
        this.watcher = w;
    }

    static V4l2Backend open(BackendContext context) {
        return open(context, Path.of("/dev"), true);
    }

    /** Cameras from the {@code video*} nodes of {@code devDir}; {@code watch}: report changes there. */
    static V4l2Backend open(BackendContext context, Path devDir, boolean watch) {
        return new V4l2Backend(context, devDir, SysfsTopology.system(), V4l2Calls.SYSTEM, watch);
    }

    /**
     * Cameras from the {@code video*} names in {@code devDir}, opened and asked through {@code calls}, grouped by
     * {@code sysfs}, cached until {@code devDir} changes (tests: scripted drivers behind names in a temporary
     * directory).
     */
    static V4l2Backend open(BackendContext context, Path devDir, SysfsTopology sysfs, V4l2Calls calls) {
        return new V4l2Backend(context, devDir, sysfs, calls, true);
    }

    @Override
    public String name() {
        return "v4l2";
    }

    private void devChanged() {
        synchronized (this) {
            cache = null;
        }
        context.devicesChanged();
    }

    @Override
    public List<DeviceDescriptor> devices() throws BackendException {
        return cameras().stream().map(V4l2Camera::descriptor).toList();
    }

    /** The capture nodes present now, in /dev number order; the first is the system default. */
    synchronized List<V4l2Camera> cameras() throws BackendException {
        if (cache == null || watcher == null) {
            Map<String, V4l2Camera> found = new LinkedHashMap<>();
            for (String path : videoNodes()) {
                probe(path, found.isEmpty()).ifPresent(c -> found.put(path, c));
            }
            lastSeen.keySet().retainAll(found.keySet());
            lastSeen.putAll(found);
            cache = found;
        }
        return List.copyOf(cache.values());
    }

    private List<String> videoNodes() throws BackendException {
        List<String> nodes = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(devDir, "video*")) {
            for (Path p : ds) {
                if (V4l2Watcher.VIDEO_NODE.matcher(p.getFileName().toString()).matches()) {
                    nodes.add(p.toString());
                }
            }
        } catch (IOException e) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "cannot list " + devDir + ": " + e, e);
        }
        nodes.sort(Comparator.comparingInt(V4l2Backend::nodeNumber));
        return nodes;
    }

    private static int nodeNumber(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf("video") + 5));
    }

    /** The camera at {@code path}, or empty for nodes that are not capture devices or cannot be opened. */
    private Optional<V4l2Camera> probe(String path, boolean first) {
        try (V4l2Node node = V4l2Node.open(calls, path)) {
            V4l2Node.Capability cap = node.queryCap();
            if (!cap.isStreamingCapture()) {
                return Optional.empty(); // output, metadata, VBI, radio, or multi-planar-only nodes
            }
            List<FormatDescription> formats = V4l2Enumerator.formats(node);
            ModeBuilder.Result modes = ModeBuilder.build(formats);
            if (modes.modes().isEmpty()) {
                log.log(System.Logger.Level.INFO, "camera " + path + " (" + cap.card() + ") offers no pixel format "
                        + "this library can convert: " + formats.stream().map(FormatDescription::fourccName).toList());
                return Optional.empty();
            }
            String nodeName = Path.of(path).getFileName().toString();
            DeviceDescriptor d = DeviceDescriptor.camera(deviceIdOf(cap, sysfs.videoNodeIndex(nodeName)),
                    cap.card().isEmpty() ? cap.driver() : cap.card(), groupIdOf(nodeName, cap), first, null, modes.modes())
                    .withControls(controlsOf(node));
            return Optional.of(new V4l2Camera(path, cap, d, formats, modes.fourccs()));
        } catch (BackendException e) {
            if (e.kind() == BackendException.Kind.PERMISSION_DENIED && lastSeen.containsKey(path)) {
                // Access was taken away (udev ACL, permissions) from a camera the application has seen:
                // keep listing it, so that opening it reports NotAllowedError rather than NotFoundError.
                return Optional.of(lastSeen.get(path));
            }
            log.log(System.Logger.Level.DEBUG, "skipping " + path + ": " + e.getMessage());
            return Optional.empty();
        } catch (ErrnoException e) {
            // Gone since the directory listing, busy in a driver that allows one open, or not ours to read.
            log.log(System.Logger.Level.DEBUG, "skipping " + path + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The node's Image Capture controls; none when it cannot list them (no reason to skip the camera). */
    private java.util.List<io.mediacapture.spi.CameraControl> controlsOf(V4l2Node node) {
        try {
            return V4l2ControlMap.of(V4l2ControlIo.query(node.calls(), node.fd())).controls();
        } catch (ErrnoException e) {
            log.log(System.Logger.Level.DEBUG, "cannot list the controls of " + node + ": " + e.getMessage());
            return java.util.List.of();
        }
    }

    /**
     * Stable across re-plugs and reboots: the bus position and product name, plus the node's rank among
     * its device's nodes (a device with two capture nodes); never the /dev number, which the kernel reuses.
     */
    static String deviceIdOf(V4l2Node.Capability cap, int nodeIndex) {
        return SysfsTopology.hash("v4l2:" + cap.busInfo() + "|" + cap.card() + "|" + nodeIndex);
    }

    private String groupIdOf(String nodeName, V4l2Node.Capability cap) {
        return sysfs.physicalDevice("video4linux", nodeName).map(SysfsTopology::groupIdOf)
                .orElseGet(() -> SysfsTopology.hash("bus:" + cap.busInfo()));
    }

    @Override
    public SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        if (!(config instanceof SourceConfig.Video video)) {
            throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                    "V4L2 devices are cameras; cannot open " + device.label() + " with " + config);
        }
        V4l2Camera cam = find(device.deviceId());
        VideoMode mode = video.mode();
        Integer fourcc = cam.fourccs().get(mode.format());
        if (fourcc == null) {
            throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                    "camera " + cam.path() + " does not offer " + mode.format() + "; it offers " + cam.fourccs().keySet());
        }
        return V4l2Source.open(calls, cam.path(), fourcc, mode.format(), mode.width(), mode.height(), video.frameRate(), sink,
                this::devChanged);
    }

    private V4l2Camera find(String deviceId) throws BackendException {
        for (int attempt = 0; attempt < 2; attempt++) {
            for (V4l2Camera c : cameras()) {
                if (c.descriptor().deviceId().equals(deviceId)) {
                    return c;
                }
            }
            synchronized (this) {
                cache = null; // re-probe once: the cache may predate a re-plug the watcher has not reported yet
            }
        }
        throw new BackendException(BackendException.Kind.NOT_FOUND, "no camera with deviceId " + deviceId);
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
