package io.mediacapture.windows.mf;

import io.mediacapture.MediaDeviceKind;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.DeviceIds;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.win32.CfgMgr32;
import io.mediacapture.windows.win32.Ole32;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Cameras through Media Foundation. All COM work runs on one MTA thread ({@link ComThread}). A camera's
 * native types are probed once (opening it briefly) and cached by symbolic link until a hot-plug
 * notification or a lost stream names that camera. Thread-safe: listing is serialised on this object.
 */
final class MfBackend implements Backend {
    private final BackendContext context;
    private final System.Logger log;
    private final ComThread com;
    private final CameraHotplug hotplug;
    private final CameraCache cache = new CameraCache();
    private volatile boolean closed;

    private MfBackend(BackendContext context, ComThread com) {
        this.context = context;
        this.log = context.logger("mediafoundation");
        this.com = com;
        CameraHotplug h = null;
        try {
            h = CameraHotplug.start(c -> forget(c.symbolicLink()));
        } catch (RuntimeException | LinkageError e) {
            log.log(System.Logger.Level.WARNING, "cannot watch for cameras being plugged in or out", e);
        }
        this.hotplug = h;
    }

    static MfBackend open(BackendContext context) throws BackendException {
        ComThread com;
        try {
            com = ComThread.start("mediacapture-mf-com", Ole32.MTA);
        } catch (ComException e) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "cannot initialise COM: " + e.getMessage(), e);
        }
        try {
            com.run(MfPlatform::startup);
        } catch (ComException e) {
            com.close();
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "MFStartup failed: " + e.getMessage(), e);
        }
        return new MfBackend(context, com);
    }

    @Override
    public String name() {
        return "mediafoundation";
    }

    /**
     * A camera came, went or lost its stream: forget what was probed of that one (a camera plugged into the
     * same port again gets the same link, and may be another model) and let core re-list.
     */
    private void forget(String symbolicLink) {
        cache.forget(symbolicLink);
        context.devicesChanged();
    }

    @Override
    public List<DeviceDescriptor> devices() throws BackendException {
        return cameras().usable().stream().map(MfCamera::descriptor).toList();
    }

    /**
     * What listing found: the cameras that could be probed, and those that could not (denied by the privacy
     * settings, held by another application). The latter are not devices to core, whose descriptors need
     * modes, but they are remembered, so that a denial reaches getUserMedia as NotAllowedError
     * ({@link #requestAccess}), and they are probed again on every listing.
     */
    record Listing(List<MfCamera> usable, List<Unprobed> unprobed) {
    }

    /** A camera whose native types could not be read: {@code hresult} says why. */
    record Unprobed(String label, String symbolicLink, int hresult) {
    }

    private synchronized Listing cameras() throws BackendException {
        if (closed) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "the Media Foundation backend is closed");
        }
        try {
            return com.call(() -> {
                List<MfCamera> list = new ArrayList<>();
                List<Unprobed> unprobed = new ArrayList<>();
                for (MfEnumerator.Found f : MfEnumerator.cameras(Ole32.TASK_ALLOCATOR)) {
                    MfCamera c = cache.get(f.symbolicLink());
                    if (c == null) {
                        try {
                            c = probe(f, list.isEmpty());
                        } catch (ComException e) {
                            log.log(System.Logger.Level.INFO, "cannot probe camera " + f.label() + " now: " + e.getMessage());
                            unprobed.add(new Unprobed(f.label(), f.symbolicLink(), e.hresult()));
                            continue;
                        }
                    }
                    if (c != null) {
                        cache.put(c);
                        list.add(c);
                    }
                }
                cache.retain(list.stream().map(MfCamera::symbolicLink).toList());
                return new Listing(list, unprobed);
            });
        } catch (ComException e) {
            throw new BackendException(BackendException.Kind.FAILED, "cannot list cameras: " + e.getMessage(), e);
        }
    }

    /**
     * The camera with its modes, or null when it offers no format this library can use.
     *
     * @throws ComException when its types cannot be read now (MF_E_INVALIDREQUEST is retried first)
     */
    private MfCamera probe(MfEnumerator.Found f, boolean first) {
        MfEnumerator.Probe probe = InvalidRequestRetry.DEFAULT.call(() -> MfEnumerator.probe(f.symbolicLink()));
        List<NativeType> types = probe.types();
        List<io.mediacapture.spi.VideoMode> modes = types.stream().map(NativeType::mode).distinct().toList();
        if (modes.isEmpty()) {
            log.log(System.Logger.Level.INFO, "camera " + f.label() + " offers no format this library can convert");
            return null;
        }
        String groupId = DeviceIds.groupId(CfgMgr32.containerIdOfInterface(f.symbolicLink()), f.symbolicLink());
        DeviceDescriptor d = DeviceDescriptor.camera(DeviceIds.deviceId("mf", f.symbolicLink()), f.label(), groupId,
                first, null, modes).withControls(probe.controls());
        return new MfCamera(d, f.symbolicLink(), types);
    }

    /**
     * Windows' camera privacy switch denies every camera to this application at once: when a camera was
     * denied (E_ACCESSDENIED while probing) and none can be used, access is refused, and getUserMedia fails
     * with NotAllowedError instead of NotFoundError. A listed camera that is denied at open or on its first
     * frame gives NotAllowedError there ({@link MfErrors}).
     */
    @Override
    public CompletableFuture<Boolean> requestAccess(MediaDeviceKind kind) {
        if (kind != MediaDeviceKind.VIDEOINPUT) {
            return CompletableFuture.completedFuture(true);
        }
        try {
            return CompletableFuture.completedFuture(accessGranted(cameras()));
        } catch (BackendException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** False when some camera was denied and no camera can be used. */
    static boolean accessGranted(Listing l) {
        return !l.usable().isEmpty() || l.unprobed().stream().noneMatch(u -> u.hresult() == HResult.E_ACCESSDENIED);
    }

    @Override
    public SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        if (!(config instanceof SourceConfig.Video video)) {
            throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                    "Media Foundation devices here are cameras; cannot open " + device.label() + " with " + config);
        }
        MfCamera cam = cameras().usable().stream().filter(c -> c.descriptor().deviceId().equals(device.deviceId())).findFirst()
                .orElseThrow(() -> new BackendException(BackendException.Kind.NOT_FOUND, "no camera with deviceId "
                        + device.deviceId()));

        NativeType type = cam.types().stream().filter(t -> t.serves(video.mode(), video.frameRate())).findFirst()
                .orElseThrow(() -> BackendException.unsupported("frameRate", "camera " + cam.descriptor().label()
                        + " has no native type for " + video.mode() + " at " + video.frameRate() + " fps"));
        return MfSource.open(com, cam.descriptor().label(), cam.symbolicLink(), type, video.frameRate(), sink,
                () -> forget(cam.symbolicLink()));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            if (hotplug != null) {
                hotplug.close();
            }
        } finally {
            try {
                com.run(MfPlatform::shutdown);
            } finally {
                com.close();
            }
        }
    }
}
