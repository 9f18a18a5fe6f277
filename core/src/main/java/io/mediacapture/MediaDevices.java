package io.mediacapture;

import io.mediacapture.fake.FakeDevices;
import io.mediacapture.internal.EventLoop;
import io.mediacapture.internal.Log;
import io.mediacapture.internal.constraints.Selection;
import io.mediacapture.internal.constraints.SettingsSelector;
import io.mediacapture.internal.fake.FakeBackendProvider;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.BackendProvider;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The entry point, like {@code navigator.mediaDevices}: lists devices, opens them with constraints, and
 * tells when devices come and go.
 *
 * <p>{@link #system()} uses the best backend of this OS (PipeWire on Linux when a daemon is reachable, else
 * ALSA for microphones and V4L2 for cameras; AVFoundation on macOS; Media Foundation and WASAPI on Windows),
 * {@link #fake()} the built-in fake devices. The system property {@value #BACKEND_PROPERTY} forces backends
 * by name ({@code fake}, {@code pipewire}, {@code alsa}, {@code v4l2}, or several separated by commas).
 *
 * <p>Threads: device work (enumerating, opening, reconfiguring) runs on one thread of this object, so
 * futures never complete on the caller's thread. Events of this object and of its tracks are dispatched
 * on one event thread, in order. Frames are delivered on capture threads to the library's consumers
 * ({@link MediaStreamTrackProcessor}), never to application listeners.
 *
 * <p>{@link #close()} stops every track it opened (they fire {@code ended}), releases every device and
 * closes the backends.
 */
public final class MediaDevices extends EventTarget implements AutoCloseable {
    /** System property that forces the backend(s) of {@link #system()}. */
    public static final String BACKEND_PROPERTY = "io.mediacapture.backend";
    private static final System.Logger LOG = Log.get("devices");

    private record Active(BackendProvider provider, Backend backend) {}

    private record Located(Backend backend, DeviceDescriptor device) {}

    /**
     * How a {@code MediaDevices} behaves where the application may choose: {@link #defaults()}, or a copy with
     * one setting changed ({@link #deviceInfoExposure(DeviceInfoExposure)}). Immutable.
     */
    public static final class Options {
        private static final Options DEFAULTS = new Options(DeviceInfoExposure.ALWAYS);
        private final DeviceInfoExposure deviceInfoExposure;

        private Options(DeviceInfoExposure deviceInfoExposure) {
            this.deviceInfoExposure = Objects.requireNonNull(deviceInfoExposure, "deviceInfoExposure");
        }

        /** Every device listed in full from the start ({@link DeviceInfoExposure#ALWAYS}). */
        public static Options defaults() {
            return DEFAULTS;
        }

        public DeviceInfoExposure deviceInfoExposure() {
            return deviceInfoExposure;
        }

        /** These options with what {@link #enumerateDevices()} exposes before capture. */
        public Options deviceInfoExposure(DeviceInfoExposure exposure) {
            return new Options(exposure);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Options other && other.deviceInfoExposure == deviceInfoExposure;
        }

        @Override
        public int hashCode() {
            return deviceInfoExposure.hashCode();
        }

        @Override
        public String toString() {
            return "MediaDevices.Options[deviceInfoExposure=" + deviceInfoExposure + "]";
        }
    }

    /**
     * A backend this object knows of. {@code reason} is set for the chosen ones; for the others it is null and
     * their availability is asked for only when {@link #backends()} is called, so that choosing one backend never
     * waits on another's probe (a PipeWire socket that never answers, say).
     */
    private record Known(BackendProvider provider, boolean chosen, boolean active, String reason) {
        BackendStatus status() {
            return new BackendStatus(provider.name(), provider.kinds(), active,
                    reason != null ? reason : provider.availability().toString());
        }
    }

    private final List<Active> active = new ArrayList<>();
    private final List<Known> known;
    private final boolean forced;
    private final Map<String, String> unavailableForced = new LinkedHashMap<>();
    private final EventLoop events = new EventLoop("mediacapture-events");
    private final ExecutorService ops = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("mediacapture-devices").unstarted(r));
    private final Set<DeviceSource> sources = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean changeCheckQueued = new AtomicBoolean();
    private volatile PermissionHandler permissionHandler = PermissionHandler.ALLOW;
    private volatile List<DeviceDescriptor> lastDevices;
    private volatile boolean closed;
    private final Options options;
    /** Spec [[canExposeMicrophoneInfo]] / [[canExposeCameraInfo]]: the kinds whose devices are listed in full. */
    private final Set<MediaDeviceKind> exposedKinds = ConcurrentHashMap.newKeySet();

    private MediaDevices(List<BackendProvider> chosen, List<BackendProvider> known, boolean forced, Options options) {
        this.options = Objects.requireNonNull(options, "options");
        BackendContext context = new Context();
        List<Known> st = new ArrayList<>();
        for (BackendProvider p : known) {
            boolean use = chosen.contains(p);
            String reason = null;
            if (use) {
                reason = p.availability().toString();
                if (p.availability().isAvailable()) {
                    try {
                        active.add(new Active(p, p.open(context)));
                    } catch (BackendException | RuntimeException e) {
                        reason = "unavailable: " + e.getMessage();
                        use = false;
                    }
                } else {
                    use = false;
                }
                if (!use && forced) {
                    unavailableForced.put(p.name(), reason);
                }
            }
            st.add(new Known(p, chosen.contains(p), use, reason));
        }
        this.known = List.copyOf(st);
        this.forced = forced;
        ops.execute(() -> lastDevices = collectDevicesQuietly());
    }

    /**
     * Devices through the best available backend of this OS, one per device kind, or those named by the
     * system property {@value #BACKEND_PROPERTY}. Never throws for a missing backend: see
     * {@link #backends()} for why one is not in use.
     *
     * @throws IllegalArgumentException when the property names a backend that does not exist
     */
    public static MediaDevices system() {
        return system(Options.defaults());
    }

    /** {@link #system()} with these options. */
    public static MediaDevices system(Options options) {
        Objects.requireNonNull(options, "options");
        String forced = System.getProperty(BACKEND_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return withBackends(options, forced.split(","));
        }
        List<BackendProvider> known = BackendRegistry.providers();
        return new MediaDevices(BackendRegistry.bestPerKind(known), known, false, options);
    }

    /** The built-in default fake devices (see {@link FakeDevices#defaults()}). */
    public static MediaDevices fake() {
        return fake(FakeDevices.defaults());
    }

    /** The built-in default fake devices, with these options. */
    public static MediaDevices fake(Options options) {
        return fake(FakeDevices.defaults(), options);
    }

    /** Fake devices the caller controls: add, remove, unplug, make busy -- all while capturing. */
    public static MediaDevices fake(FakeDevices devices) {
        return fake(devices, Options.defaults());
    }

    /** {@link #fake(FakeDevices)} with these options. */
    public static MediaDevices fake(FakeDevices devices, Options options) {
        Objects.requireNonNull(options, "options");
        BackendProvider p = new FakeBackendProvider(devices);
        return new MediaDevices(List.of(p), List.of(p), true, options);
    }

    /**
     * Devices through the named backends only, e.g. {@code withBackends("pipewire")}. A named backend that
     * cannot run makes {@link #enumerateDevices()} and {@link #getUserMedia} fail with its reason.
     *
     * @throws IllegalArgumentException naming the known backends when a name is unknown
     */
    public static MediaDevices withBackends(String... names) {
        return withBackends(Options.defaults(), names);
    }

    /** {@link #withBackends(String...)} with these options. */
    public static MediaDevices withBackends(Options options, String... names) {
        Objects.requireNonNull(options, "options");
        List<BackendProvider> known = BackendRegistry.providers();
        List<BackendProvider> chosen = new ArrayList<>();
        for (String raw : names) {
            String name = raw.trim();
            if ("fake".equals(name)) {
                chosen.add(new FakeBackendProvider(FakeDevices.defaults()));
                continue;
            }
            BackendProvider p = known.stream().filter(k -> k.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown backend '" + name + "'; known: "
                            + known.stream().map(BackendProvider::name).toList()));
            chosen.add(p);
        }
        List<BackendProvider> all = new ArrayList<>(known);
        all.removeIf(k -> k.name().equals("fake"));
        for (BackendProvider p : chosen) {
            if (!all.contains(p)) {
                all.add(p);
            }
        }
        return new MediaDevices(chosen, all, true, options);
    }

    /** The options this object was created with. */
    public Options options() {
        return options;
    }

    /**
     * Every backend known here, whether it is in use, and why not. The availability of backends this object does
     * not use is computed when this is first called (once per JVM), not when the object is made.
     */
    public List<BackendStatus> backends() {
        return known.stream().map(Known::status).toList();
    }

    /** The application's permission step; the default allows everything. */
    public void setPermissionHandler(PermissionHandler handler) {
        this.permissionHandler = Objects.requireNonNull(handler, "handler");
    }

    public PermissionHandler getPermissionHandler() {
        return permissionHandler;
    }

    /**
     * The devices present now: microphones first, then cameras; the system default first within a kind.
     * Fresh objects every call. With {@link DeviceInfoExposure#SPEC} a kind not yet granted is one entry with
     * empty identifiers (see there). Fails with NotReadableError when a backend that was asked for by name is
     * unavailable or lost its connection (daemon gone).
     */
    public CompletableFuture<List<MediaDeviceInfo>> enumerateDevices() {
        return runOp(() -> exposed(collectDevices().stream().map(Located::device).toList()));
    }

    /** The constrainable properties the library understands. */
    public MediaTrackSupportedConstraints getSupportedConstraints() {
        return SettingsSelector.supportedConstraints();
    }

    /**
     * Opens devices that satisfy the constraints. Fails with IllegalArgumentException (TypeError) when no
     * kind is requested or a required constraint may not be used to pick a device; NotAllowedError when the
     * permission step denies; NotFoundError when no device of a requested kind exists;
     * OverconstrainedError naming a required constraint no device satisfies; NotReadableError when the
     * device is busy or failed; AbortError otherwise.
     */
    public CompletableFuture<MediaStream> getUserMedia(MediaStreamConstraints constraints) {
        Objects.requireNonNull(constraints, "constraints");
        Optional<MediaTrackConstraints> audio = constraints.audio();
        Optional<MediaTrackConstraints> video = constraints.video();
        try {
            if (audio.isEmpty() && video.isEmpty()) {
                throw new IllegalArgumentException("getUserMedia: at least one of audio and video must be requested");
            }
            audio.ifPresent(c -> SettingsSelector.validateForGetUserMedia(c, MediaDeviceKind.AUDIOINPUT));
            video.ifPresent(c -> SettingsSelector.validateForGetUserMedia(c, MediaDeviceKind.VIDEOINPUT));
            if (closed) {
                throw new DOMException("MediaDevices is closed", DOMException.INVALID_STATE);
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Set<MediaDeviceKind> kinds = EnumSet.noneOf(MediaDeviceKind.class);
        audio.ifPresent(a -> kinds.add(MediaDeviceKind.AUDIOINPUT));
        video.ifPresent(v -> kinds.add(MediaDeviceKind.VIDEOINPUT));
        CompletableFuture<Boolean> allowed;
        try {
            boolean panTiltZoom = video.map(SettingsSelector::requestsPanTiltZoom).orElse(false);
            allowed = permissionHandler.request(new PermissionRequest(kinds, panTiltZoom)).toCompletableFuture();
        } catch (RuntimeException e) {
            allowed = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<MediaStream> result = new CompletableFuture<>();
        allowed.whenComplete((ok, err) -> {
            if (err != null || !Boolean.TRUE.equals(ok)) {
                result.completeExceptionally(new DOMException("permission denied"
                        + (err != null ? ": " + unwrap(err) : " by the application's PermissionHandler"),
                        DOMException.NOT_ALLOWED, err == null ? null : unwrap(err)));
                return;
            }
            // Spec: permission granted for a kind sets [[canExposeCameraInfo]] / [[canExposeMicrophoneInfo]].
            exposedKinds.addAll(kinds);
            runOp(() -> openStream(audio, video)).whenComplete((s, e) -> {
                if (e != null) {
                    result.completeExceptionally(unwrap(e));
                } else {
                    result.complete(s);
                }
            });
        });
        return result;
    }

    /** getUserMedia with constraints given as a map, as in JavaScript ({@code {"video": true}}). */
    public CompletableFuture<MediaStream> getUserMedia(Map<String, ?> constraints) {
        try {
            return getUserMedia(MediaStreamConstraints.fromMap(constraints));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public void setOndevicechange(EventListener<? super DeviceChangeEvent> l) {
        setEventHandler("devicechange", l);
    }

    public EventListener<? super DeviceChangeEvent> getOndevicechange() {
        return getEventHandler("devicechange");
    }

    /** Stops every track opened here (they fire {@code ended}), releases the devices, closes the backends. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            DOMException reason = new DOMException("MediaDevices was closed", DOMException.ABORT);
            for (DeviceSource s : List.copyOf(sources)) {
                s.shutdown(reason);
            }
            sources.clear();
            for (Active a : active) {
                try {
                    a.backend().close();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "closing backend " + a.provider().name() + " failed", e);
                }
            }
        }, ops);
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "closing MediaDevices did not finish cleanly", e);
        }
        ops.shutdown();
        events.close();
    }

    // ---- internals ---------------------------------------------------------------------------------

    EventLoop events() {
        return events;
    }

    interface Op<T> {
        T run() throws Exception;
    }

    /** Runs device work on the ops thread; the future fails with the error itself (DOM-mapped). */
    <T> CompletableFuture<T> runOp(Op<T> op) {
        CompletableFuture<T> f = new CompletableFuture<>();
        try {
            ops.execute(() -> {
                try {
                    f.complete(op.run());
                } catch (Throwable t) {
                    RuntimeException e;
                    try {
                        e = toDom(t);
                    } catch (RuntimeException mappingFailed) {
                        // Settle the promise whatever happens: an exception lost here is a getUserMedia that never ends.
                        mappingFailed.addSuppressed(t);
                        e = mappingFailed;
                    }
                    f.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            f.completeExceptionally(new DOMException("MediaDevices is closed", DOMException.INVALID_STATE));
        }
        return f;
    }

    private MediaStream openStream(Optional<MediaTrackConstraints> audio, Optional<MediaTrackConstraints> video)
            throws Exception {
        List<MediaStreamTrack> opened = new ArrayList<>();
        try {
            if (audio.isPresent()) {
                opened.add(openTrack(MediaDeviceKind.AUDIOINPUT, audio.get()));
            }
            if (video.isPresent()) {
                opened.add(openTrack(MediaDeviceKind.VIDEOINPUT, video.get()));
            }
            return new MediaStream(opened);
        } catch (Exception | Error e) {
            for (MediaStreamTrack t : opened) {
                t.stop();
            }
            throw e;
        }
    }

    private MediaStreamTrack openTrack(MediaDeviceKind kind, MediaTrackConstraints requested) throws Exception {
        // Spec: properties not defined for this kind are removed from CS, so they are not the track's constraints.
        MediaTrackConstraints constraints = SettingsSelector.forKind(requested, kind.trackKind());
        List<Active> serving = active.stream().filter(a -> a.provider().kinds().contains(kind)).toList();
        for (Active a : serving) {
            Boolean ok = a.backend().requestAccess(kind).get(5, TimeUnit.MINUTES);
            if (!Boolean.TRUE.equals(ok)) {
                throw new DOMException("the operating system denied access to " + kind + " devices", DOMException.NOT_ALLOWED);
            }
        }
        List<Located> candidates = collectDevices().stream().filter(l -> l.device().kind() == kind).toList();
        if (candidates.isEmpty()) {
            StringBuilder why = new StringBuilder("no " + kind + " device found");
            for (Known k : known) {
                // system() says why every other backend of the kind is not in use (it probed them to choose); backends
                // picked by name say why the named ones failed, without probing the others.
                if (!k.active() && k.provider().kinds().contains(kind) && (k.chosen() || !forced)) {
                    BackendStatus s = k.status();
                    why.append("; ").append(s.name()).append(": ").append(s.reason());
                }
            }
            throw new DOMException(why.toString(), DOMException.NOT_FOUND);
        }
        Selection sel = SettingsSelector.select(candidates.stream().map(Located::device).toList(), constraints);
        Located chosen = candidates.stream().filter(l -> l.device() == sel.device()).findFirst().orElseThrow();
        DeviceSource source = openSource(chosen.backend(), chosen.device(), sel.config());
        MediaStreamTrack track = source.createTrack(constraints, sel.settings());
        try {
            source.applyControls(sel.controls());
        } catch (BackendException | RuntimeException e) {
            track.stop();
            throw e;
        }
        return track;
    }

    /** A live source for this device and configuration: shared when one is open, else opened. Ops thread. */
    DeviceSource openSource(Backend backend, DeviceDescriptor device, SourceConfig config) throws BackendException {
        for (DeviceSource s : sources) {
            if (s.backend() == backend && s.device().deviceId().equals(device.deviceId())
                    && s.config().equals(config) && !s.isReleased()) {
                return s;
            }
        }
        DeviceSource s = DeviceSource.open(this, backend, device, config);
        sources.add(s);
        return s;
    }

    /** The backend's current descriptor of a device, if it is still present. */
    Optional<DeviceDescriptor> currentDescriptor(Backend backend, String deviceId) {
        try {
            return backend.devices().stream().filter(d -> d.deviceId().equals(deviceId)).findFirst();
        } catch (BackendException e) {
            return Optional.empty();
        }
    }

    void sourceReleased(DeviceSource s) {
        sources.remove(s);
    }

    void sourceEnded(DeviceSource s) {
        sources.remove(s);
        try {
            ops.execute(s::closeAfterEnd);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            s.closeAfterEnd();
        }
    }

    private List<Located> collectDevices() throws BackendException {
        if (!unavailableForced.isEmpty()) {
            Map.Entry<String, String> first = unavailableForced.entrySet().iterator().next();
            throw new BackendException(BackendException.Kind.UNAVAILABLE,
                    "backend " + first.getKey() + " is " + first.getValue());
        }
        List<Located> all = new ArrayList<>();
        for (Active a : active) {
            for (DeviceDescriptor d : a.backend().devices()) {
                all.add(new Located(a.backend(), d));
            }
        }
        // microphones first, then cameras; the system default first within a kind; else backend order
        all.sort(Comparator.comparingInt((Located l) -> l.device().kind() == MediaDeviceKind.AUDIOINPUT ? 0 : 1)
                .thenComparing(l -> !l.device().systemDefault()));
        return all;
    }

    private List<DeviceDescriptor> collectDevicesQuietly() {
        try {
            return collectDevices().stream().map(Located::device).toList();
        } catch (BackendException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Spec "creating a list of device info objects": every device of a kind whose information can be exposed,
     * and for each other kind that has a device one entry with empty identifiers, in the devices' order.
     */
    private List<MediaDeviceInfo> exposed(List<DeviceDescriptor> devices) {
        boolean all = options.deviceInfoExposure() == DeviceInfoExposure.ALWAYS;
        List<MediaDeviceInfo> out = new ArrayList<>(devices.size());
        Set<MediaDeviceKind> limited = EnumSet.noneOf(MediaDeviceKind.class);
        for (DeviceDescriptor d : devices) {
            if (all || exposedKinds.contains(d.kind())) {
                out.add(info(d));
            } else if (limited.add(d.kind())) {
                out.add(new InputDeviceInfo("", d.kind(), "", "", MediaTrackCapabilities::empty));
            }
        }
        return out;
    }

    private InputDeviceInfo info(DeviceDescriptor d) {
        return new InputDeviceInfo(d.deviceId(), d.kind(), d.label(), d.groupId(),
                () -> SettingsSelector.capabilitiesOf(d));
    }

    private void checkDeviceChange() {
        changeCheckQueued.set(false);
        if (closed) {
            return;
        }
        List<DeviceDescriptor> now = collectDevicesQuietly();
        List<DeviceDescriptor> before = lastDevices == null ? List.of() : lastDevices;
        lastDevices = now;
        // Spec "device change notification steps": compare what is exposed (all of it by default) before and
        // after, with today's exposure, so that a change the application may not see fires nothing.
        List<MediaDeviceInfo> infos = exposed(now);
        List<MediaDeviceInfo> previous = exposed(before);
        if (identities(infos).equals(identities(previous))) {
            return;
        }
        List<String> beforeIds = previous.stream().map(MediaDeviceInfo::deviceId).toList();
        List<MediaDeviceInfo> inserted = infos.stream()
                .filter(d -> !d.deviceId().isEmpty() && !beforeIds.contains(d.deviceId())).toList();
        events.post(() -> dispatchEvent(new DeviceChangeEvent("devicechange", infos, inserted)));
    }

    private static List<String> identities(List<MediaDeviceInfo> ds) {
        return ds.stream().map(d -> d.kind() + "|" + d.deviceId() + "|" + d.label() + "|" + d.groupId()).toList();
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Maps backend failures onto the DOM errors the spec names; passes DOM and type errors through. */
    static RuntimeException toDom(Throwable t) {
        t = unwrap(t);
        if (t instanceof DOMException d) {
            return d;
        }
        if (t instanceof IllegalArgumentException i) {
            return i;
        }
        if (t instanceof BackendException b) {
            String name = switch (b.kind()) {
                case NOT_FOUND -> DOMException.NOT_FOUND;
                case PERMISSION_DENIED -> DOMException.NOT_ALLOWED;
                case BUSY, DEVICE_LOST, UNAVAILABLE -> DOMException.NOT_READABLE;
                case UNSUPPORTED_CONFIGURATION -> DOMException.OVERCONSTRAINED;
                case FAILED -> DOMException.ABORT;
            };
            if (name.equals(DOMException.OVERCONSTRAINED)) {
                OverconstrainedError e = new OverconstrainedError(b.constraint(), b.getMessage());
                e.initCause(b);
                return e;
            }
            return new DOMException(b.getMessage(), name, b);
        }
        return new DOMException(String.valueOf(t.getMessage()), DOMException.ABORT, t);
    }

    private final class Context implements BackendContext {
        @Override
        public void devicesChanged() {
            if (closed || !changeCheckQueued.compareAndSet(false, true)) {
                return;
            }
            try {
                ops.execute(MediaDevices.this::checkDeviceChange);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                changeCheckQueued.set(false);
            }
        }

        @Override
        public System.Logger logger(String component) {
            return Log.get(component);
        }
    }
}
