package io.mediacapture.windows.wasapi;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.DeviceIds;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IMMDeviceEnumerator;
import io.mediacapture.windows.win32.Ole32;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Microphones through WASAPI in shared mode. Owns the COM thread, the device enumerator and the
 * notification client registered with it. Thread-safe: enumeration and opening run on the COM thread.
 */
final class WasapiBackend implements Backend {
    private static final double MAX_LATENCY = 2.0;
    /** The shortest buffer WasapiSource asks for (its MIN_BUFFER_HNS), so the lowest latency it can keep. */
    private static final double MIN_LATENCY = WasapiSource.MIN_BUFFER_HNS / 1e7;

    private final BackendContext context;
    private final ComThread com;
    private final ComRef enumerator;
    private final ComRef notifications;
    private final Map<String, String> endpointIds = new ConcurrentHashMap<>(); // deviceId -> endpoint id
    private volatile boolean closed;

    private WasapiBackend(BackendContext context, ComThread com, ComRef enumerator, ComRef notifications) {
        this.context = context;
        this.com = com;
        this.enumerator = enumerator;
        this.notifications = notifications;
    }

    static WasapiBackend open(BackendContext context) throws BackendException {
        ComThread com;
        try {
            com = ComThread.start("mediacapture-wasapi-com", Ole32.MTA);
        } catch (ComException e) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "cannot initialise COM: " + e.getMessage(), e);
        }
        try {
            return com.call(() -> {
                ComRef enumerator = Endpoints.enumerator();
                ComRef client = NotificationClient.create(context::devicesChanged);
                try {
                    enumerator.call(IMMDeviceEnumerator.REGISTER_NOTIFICATION, client);
                } catch (ComException e) {
                    client.close();
                    enumerator.close();
                    throw e;
                }
                return new WasapiBackend(context, com, enumerator, client);
            });
        } catch (ComException e) {
            com.close();
            throw new BackendException(WasapiErrors.kind(e.hresult(), false) == BackendException.Kind.FAILED
                    ? BackendException.Kind.UNAVAILABLE : WasapiErrors.kind(e.hresult(), false),
                    "cannot reach the audio service: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "wasapi";
    }

    @Override
    public List<DeviceDescriptor> devices() throws BackendException {
        if (closed) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, "the WASAPI backend is closed");
        }
        try {
            return com.call(() -> {
                Optional<String> def = Endpoints.defaultId(enumerator, Ole32.TASK_ALLOCATOR);
                List<DeviceDescriptor> list = new ArrayList<>();
                for (Endpoints.Endpoint e : Endpoints.list(enumerator, Ole32.TASK_ALLOCATOR)) {
                    descriptor(e, def.map(e.id()::equals).orElse(false)).ifPresent(d -> {
                        endpointIds.put(d.deviceId(), e.id());
                        list.add(d.systemDefault() ? 0 : list.size(), d);
                    });
                }
                return list;
            });
        } catch (ComException e) {
            throw new BackendException(BackendException.Kind.FAILED, "cannot list microphones: " + e.getMessage(), e);
        }
    }

    /** What the shared-mode engine offers: its mix rate and channels, as float or 16-bit samples. */
    static Optional<DeviceDescriptor> descriptor(Endpoints.Endpoint e, boolean isDefault) {
        WaveFormat mix = e.mixFormat();
        AudioCapabilities caps = new AudioCapabilities(mix.sampleRate(), mix.sampleRate(), mix.sampleRate(),
                mix.channels(), mix.channels(), EnumSet.of(AudioSampleFormat.F32, AudioSampleFormat.S16),
                MIN_LATENCY, MAX_LATENCY, List.of(false));
        return Optional.of(DeviceDescriptor.microphone(DeviceIds.deviceId("wasapi", e.id()), e.label(),
                DeviceIds.groupId(e.containerId(), e.id()), isDefault, caps));
    }

    @Override
    public SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        if (!(config instanceof SourceConfig.Audio audio)) {
            throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                    "WASAPI devices are microphones; cannot open " + device.label() + " with " + config);
        }
        if (audio.format() != AudioSampleFormat.F32 && audio.format() != AudioSampleFormat.S16) {
            throw BackendException.unsupported("sampleSize", "WASAPI here delivers f32 or s16, not " + audio.format());
        }
        String id = endpointIds.get(device.deviceId());
        if (id == null) {
            devices();
            id = endpointIds.get(device.deviceId());
        }
        if (id == null) {
            throw new BackendException(BackendException.Kind.NOT_FOUND, "no microphone with deviceId " + device.deviceId());
        }
        String endpoint = id;
        ComRef dev;
        try {
            dev = com.call(() -> Endpoints.device(enumerator, endpoint));
        } catch (ComException e) {
            throw WasapiErrors.of(e, false, "cannot find microphone " + device.label());
        }
        try (dev) {
            return WasapiSource.open(com, dev, device.label(), audio, sink, context::devicesChanged);
        }
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
            com.run(() -> {
                try {
                    enumerator.call(IMMDeviceEnumerator.UNREGISTER_NOTIFICATION, notifications);
                } finally {
                    notifications.close();
                    enumerator.close();
                }
            });
        } finally {
            com.close();
        }
    }
}
