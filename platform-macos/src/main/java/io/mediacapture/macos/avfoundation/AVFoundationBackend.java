package io.mediacapture.macos.avfoundation;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.macos.bindings.CoreAudio_h;
import io.mediacapture.macos.media.FourCc;
import io.mediacapture.macos.objc.Objc;
import io.mediacapture.macos.objc.ObjcException;
import io.mediacapture.macos.objc.ObjcRef;
import io.mediacapture.macos.objc.PlatformThreads;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cameras and microphones through AVFoundation. Devices are enumerated afresh on each {@link #devices()} call
 * (AVFoundation keeps the list itself); hot-plug notifications make core re-read it and end the tracks of a
 * device that went away. Thread-safe; every entry point runs inside an autorelease pool of its own, on a
 * platform thread ({@link PlatformThreads}: called from a virtual thread, the work moves to one).
 */
final class AVFoundationBackend implements Backend, DeviceObserver.Listener {
    private final AVCapture av;
    private final Objc objc;
    private final BackendContext context;
    private final System.Logger log;
    private final DeviceDiscovery discovery;
    private final DeviceObserver observer;
    private final Set<Open> open = ConcurrentHashMap.newKeySet();
    private final DevicePoller poller;

    /** An open source; {@code ended} keeps a device lost twice (notification and poll) from ending it twice. */
    private record Open(MacSource source, SourceSink sink, AtomicBoolean ended) {
        Open(MacSource source, SourceSink sink) {
            this(source, sink, new AtomicBoolean());
        }

        void end(BackendException reason) {
            if (ended.compareAndSet(false, true)) {
                sink.ended(reason);
            }
        }
    }

    private AVFoundationBackend(AVCapture av, BackendContext context) {
        this.av = av;
        this.objc = av.objc;
        this.context = context;
        this.log = context.logger("avfoundation");
        this.discovery = new DeviceDiscovery(av);
        this.observer = DeviceObserver.create(av.foundation, this);
        try (var pool = objc.autoreleasePool()) {
            MemorySegment center = objc.sendId(objc.cls("NSNotificationCenter"), "defaultCenter");
            observe(center, DeviceObserver.CONNECTED, "AVCaptureDeviceWasConnectedNotification");
            observe(center, DeviceObserver.DISCONNECTED, "AVCaptureDeviceWasDisconnectedNotification");
            observe(center, DeviceObserver.SESSION_ERROR, "AVCaptureSessionRuntimeErrorNotification");
        }
        av.detachCoreAudioNotificationsOnce(log);
        this.poller = new DevicePoller(this::deviceIds, av.runLoops::mainLoopRunning, this).start();
    }

    /** Every capture device's uniqueID, for {@link DevicePoller} (on its platform thread). */
    private Set<String> deviceIds() {
        try (var pool = objc.autoreleasePool()) {
            Set<String> ids = new java.util.HashSet<>();
            for (MediaDeviceKind k : List.of(MediaDeviceKind.AUDIOINPUT, MediaDeviceKind.VIDEOINPUT)) {
                for (MemorySegment d : discovery.deviceObjects(k)) {
                    ids.add(discovery.uniqueId(d));
                }
            }
            return ids;
        }
    }

    private void observe(MemorySegment center, String selector, String notification) {
        objc.sendVoid(center, "addObserver:selector:name:object:", observer.object(), objc.sel(selector),
                av.constant(notification), MemorySegment.NULL);
    }

    static AVFoundationBackend open(BackendContext context) throws BackendException {
        try {
            return PlatformThreads.call(() -> new AVFoundationBackend(AVCapture.get(), context));
        } catch (ObjcException e) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "avfoundation: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "avfoundation";
    }

    @Override
    public List<DeviceDescriptor> devices() throws BackendException {
        return PlatformThreads.call(this::listDevices);
    }

    private List<DeviceDescriptor> listDevices() throws BackendException {
        try (var pool = objc.autoreleasePool()) {
            List<DeviceDescriptor> all = new ArrayList<>(discovery.devices(MediaDeviceKind.AUDIOINPUT, log));
            all.addAll(discovery.devices(MediaDeviceKind.VIDEOINPUT, log));
            return all;
        } catch (ObjcException e) {
            throw new BackendException(BackendException.Kind.FAILED, "listing capture devices failed: " + e.getMessage(), e);
        }
    }

    /**
     * The TCC permission step. Authorized: true at once. Denied or restricted: false at once (core rejects with
     * NotAllowedError). Not determined: asks, which shows the system prompt; the process must be an app bundle
     * (or run from a terminal that has the permission) whose Info.plist has NSCameraUsageDescription /
     * NSMicrophoneUsageDescription, or macOS terminates it.
     */
    @Override
    public CompletableFuture<Boolean> requestAccess(MediaDeviceKind kind) {
        return PlatformThreads.call(() -> checkAccess(kind));
    }

    private CompletableFuture<Boolean> checkAccess(MediaDeviceKind kind) {
        try (var pool = objc.autoreleasePool()) {
            MemorySegment deviceClass = objc.cls("AVCaptureDevice");
            MemorySegment mediaType = discovery.mediaType(kind);
            AuthorizationStatus status = AuthorizationStatus.of(
                    objc.sendLong(deviceClass, "authorizationStatusForMediaType:", mediaType));
            return switch (status) {
                case AUTHORIZED -> CompletableFuture.completedFuture(true);
                case DENIED, RESTRICTED -> {
                    log.log(System.Logger.Level.INFO, "macOS " + status + " access to " + kind
                            + " devices (System Settings > Privacy & Security)");
                    yield CompletableFuture.completedFuture(false);
                }
                case NOT_DETERMINED -> AccessRequests.request(AccessRequests.kind(av.stackBlockIsa), block ->
                        objc.sendVoid(deviceClass, "requestAccessForMediaType:completionHandler:", mediaType, block));
            };
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        return PlatformThreads.call(() -> openSource(device, config, sink));
    }

    private SourceHandle openSource(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        try (var pool = objc.autoreleasePool()) {
            MemorySegment dev;
            try (ObjcRef id = av.foundation.string(device.deviceId())) {
                dev = objc.sendId(objc.cls("AVCaptureDevice"), "deviceWithUniqueID:", id.get());
            }
            if (dev.equals(MemorySegment.NULL)) {
                throw new BackendException(BackendException.Kind.NOT_FOUND, "no capture device " + device.label()
                        + " (" + device.deviceId() + ") any more");
            }
            MacSource source = switch (config) {
                case SourceConfig.Video v -> openVideo(dev, device, v, sink);
                case SourceConfig.Audio a -> openAudio(dev, device, a, sink);
            };
            open.add(new Open(source, sink));
            return source;
        } catch (ObjcException e) {
            throw new BackendException(BackendException.Kind.FAILED, "cannot open " + device.label() + ": " + e.getMessage(), e);
        }
    }

    private MacSource openVideo(MemorySegment dev, DeviceDescriptor d, SourceConfig.Video v, SourceSink sink)
            throws BackendException {
        VideoModes.Choice choice = VideoModes.choose(discovery.formats(dev), v.mode(), v.frameRate());
        MemorySegment formatObject = discovery.formatObjects(dev).get(choice.format().index());
        ObjcRef output = objc.adopt(objc.sendId(objc.sendId(objc.cls("AVCaptureVideoDataOutput"), "alloc"), "init"),
                "AVCaptureVideoDataOutput");
        objc.sendVoid(output.get(), "setAlwaysDiscardsLateVideoFrames:", true);
        VideoSampleHandler handler = new VideoSampleHandler(av.media, sink, v.mode().width(), v.mode().height(), v.frameRate(),
                "camera " + d.label());
        CaptureSession session = CaptureSession.open(av, dev, output, handler, "camera " + d.label(), device -> {
            // The output lists the formats it can deliver only once it is connected to the device.
            applyVideoSettings(output.get(), choice.format().subtype(), d);
            objc.sendVoid(device, "setActiveFormat:", formatObject);
            try (Arena a = Arena.ofConfined()) {
                Objc.ByValue duration = new Objc.ByValue(io.mediacapture.macos.media.CMTime.LAYOUT,
                        choice.frameDuration().write(a));
                objc.sendVoid(device, "setActiveVideoMinFrameDuration:", duration);
                objc.sendVoid(device, "setActiveVideoMaxFrameDuration:", duration);
            }
        }, photoWiring(v, "camera " + d.label()));
        return source(dev, d, session, handler::stop, sink);
    }

    /**
     * What an AVCapturePhotoOutput next to the video output needs ({@link AvStillImage}); null when
     * {@code -Dio.mediacapture.macos.photoOutput=off} (photos are then frames of the stream).
     */
    private AvStillImage.Wiring photoWiring(SourceConfig.Video v, String label) {
        if ("off".equals(System.getProperty("io.mediacapture.macos.photoOutput"))) {
            return null;
        }
        return new AvStillImage.Wiring(av.coreVideoConstant("kCVPixelBufferPixelFormatTypeKey"),
                av.optionalConstant("AVVideoCodecKey").orElse(MemorySegment.NULL),
                av.optionalConstant("AVVideoCodecTypeJPEG").orElse(MemorySegment.NULL), av.constant("AVMediaTypeVideo"), av.macosMajor(), v.mode().width(), v.mode().height(),
                (pb, fourcc) -> AvStillImage.copyPixelBuffer(av.media, pb, fourcc), av::describeError, label);
    }

    /**
     * Asks the output for the device's own pixel format when it lists it in
     * {@code availableVideoCVPixelFormatTypes}, else for the best listed format this library delivers
     * ({@link OutputPixelFormat}); with none, the settings are left alone. Never sets an unlisted format:
     * {@code setVideoSettings:} raises on that.
     */
    private void applyVideoSettings(MemorySegment output, int deviceSubtype, DeviceDescriptor d) {
        List<Integer> available = new ArrayList<>();
        for (MemorySegment n : av.foundation.list(objc.sendId(output, "availableVideoCVPixelFormatTypes"))) {
            available.add(av.foundation.intValue(n));
        }
        OptionalInt chosen = OutputPixelFormat.choose(deviceSubtype, available);
        if (chosen.isEmpty()) {
            log.log(System.Logger.Level.WARNING, "camera " + d.label() + ": the output offers none of the pixel formats "
                    + "this library delivers " + describe(available) + "; leaving it at its default");
            return;
        }
        if (chosen.getAsInt() != deviceSubtype) {
            log.log(System.Logger.Level.INFO, "camera " + d.label() + ": the output cannot deliver "
                    + FourCc.toString(deviceSubtype) + " as is; asking for " + FourCc.toString(chosen.getAsInt()));
        }
        try (ObjcRef fourcc = av.foundation.unsignedInt(chosen.getAsInt());
             ObjcRef settings = av.foundation.dictionary(Map.of(
                     av.coreVideoConstant("kCVPixelBufferPixelFormatTypeKey"), fourcc.get()))) {
            objc.sendVoid(output, "setVideoSettings:", settings.get());
        }
    }

    private static String describe(List<Integer> fourccs) {
        return fourccs.stream().map(FourCc::toString).toList().toString();
    }

    private MacSource openAudio(MemorySegment dev, DeviceDescriptor d, SourceConfig.Audio a, SourceSink sink)
            throws BackendException {
        // Checked before anything is created: setAudioSettings: raises on what it does not support.
        AudioOutputSettings.check(a.sampleRate(), a.channelCount(), a.format());
        AudioSampleFormat format = a.format();
        ObjcRef output = objc.adopt(objc.sendId(objc.sendId(objc.cls("AVCaptureAudioDataOutput"), "alloc"), "init"),
                "AVCaptureAudioDataOutput");
        List<ObjcRef> values = new ArrayList<>();
        try {
            Map<MemorySegment, MemorySegment> s = new LinkedHashMap<>();
            s.put(av.constant("AVFormatIDKey"), keep(values, av.foundation.unsignedInt(CoreAudio_h.kAudioFormatLinearPCM())));
            s.put(av.constant("AVSampleRateKey"), keep(values, av.foundation.doubleNumber(a.sampleRate())));
            s.put(av.constant("AVNumberOfChannelsKey"), keep(values, av.foundation.unsignedInt(a.channelCount())));
            s.put(av.constant("AVLinearPCMBitDepthKey"), keep(values, av.foundation.unsignedInt(format.sampleSize())));
            s.put(av.constant("AVLinearPCMIsFloatKey"), keep(values, av.foundation.bool(format == AudioSampleFormat.F32)));
            s.put(av.constant("AVLinearPCMIsNonInterleaved"), keep(values, av.foundation.bool(false)));
            s.put(av.constant("AVLinearPCMIsBigEndianKey"), keep(values, av.foundation.bool(false)));
            try (ObjcRef settings = av.foundation.dictionary(s)) {
                objc.sendVoid(output.get(), "setAudioSettings:", settings.get());
            }
        } finally {
            values.forEach(ObjcRef::close);
        }
        AudioSampleHandler handler = new AudioSampleHandler(av.media, sink, format, a.sampleRate(), a.channelCount(),
                "microphone " + d.label());
        CaptureSession session = CaptureSession.open(av, dev, output, handler, "microphone " + d.label(), device -> {});
        return source(dev, d, session, handler::stop, sink);
    }

    private static MemorySegment keep(List<ObjcRef> refs, ObjcRef r) {
        refs.add(r);
        return r.get();
    }

    /**
     * The source, with the device's {@code suspended} state (lid closed) reported as muted; the observer is
     * removed when the session is torn down.
     */
    private MacSource source(MemorySegment dev, DeviceDescriptor d, CaptureSession session, Runnable stop, SourceSink sink) {
        try {
            session.closeFirst(SuspendObserver.create(av.foundation, dev, sink::muted).observe());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        MacSource[] self = new MacSource[1];
        self[0] = new MacSource(d.deviceId(), session, stop, () -> open.removeIf(o -> o.source() == self[0]));
        return self[0];
    }

    // ---- notifications (on the posting thread) --------------------------------------------------

    @Override
    public void deviceChanged(boolean connected, String uniqueId) {
        context.devicesChanged();
        if (!connected && uniqueId != null) {
            for (Open o : open) {
                if (o.source().deviceId().equals(uniqueId)) {
                    o.end(new BackendException(BackendException.Kind.DEVICE_LOST, "the device was disconnected"));
                }
            }
        }
    }

    @Override
    public void sessionError(MemorySegment session) {
        for (Open o : open) {
            if (o.source().session().sessionObject().equals(session)) {
                o.end(new BackendException(BackendException.Kind.FAILED,
                        "the capture session stopped with a runtime error"));
            }
        }
    }

    @Override
    public void close() {
        PlatformThreads.run(this::closeAll);
    }

    private void closeAll() {
        poller.close();
        try (var pool = objc.autoreleasePool()) {
            objc.sendVoid(objc.sendId(objc.cls("NSNotificationCenter"), "defaultCenter"), "removeObserver:",
                    observer.object());
        }
        observer.close();
        for (Open o : List.copyOf(open)) {
            o.source().close();
        }
    }
}
