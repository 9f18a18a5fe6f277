package io.mediacapture.internal.fake;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.fake.FakeCamera;
import io.mediacapture.fake.FakeControl;
import io.mediacapture.fake.FakeDevice;
import io.mediacapture.fake.FakeDevices;
import io.mediacapture.fake.FakeMicrophone;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** A backend over a {@link FakeDevices} set: cameras push from a thread of their own, microphones are pulled. */
final class FakeBackend implements Backend {
    private final FakeDevices devices;
    private final BackendContext context;
    private final AutoCloseable subscription;
    private final Set<FakeSource> open = ConcurrentHashMap.newKeySet();

    FakeBackend(FakeDevices devices, BackendContext context) {
        this.devices = devices;
        this.context = context;
        this.subscription = devices.onChange(this::devicesChanged);
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public List<DeviceDescriptor> devices() {
        List<DeviceDescriptor> out = new ArrayList<>();
        boolean firstMic = true;
        boolean firstCam = true;
        for (FakeDevice d : devices.devices()) {
            switch (d) {
                case FakeMicrophone m -> {
                    out.add(DeviceDescriptor.microphone(m.deviceId(), m.label(), m.groupId(), firstMic, capabilities(m)));
                    firstMic = false;
                }
                case FakeCamera c -> {
                    out.add(DeviceDescriptor.camera(c.deviceId(), c.label(), c.groupId(), firstCam, c.facingMode(), c.modes())
                            .withControls(c.controls().stream().map(FakeControl::control).toList()));
                    firstCam = false;
                }
            }
        }
        return out;
    }

    static AudioCapabilities capabilities(FakeMicrophone m) {
        // The fake microphone offers every processing value, echoCancellation's modes and voiceIsolation included,
        // so that applications can exercise them (it draws its signal; there is nothing to process).
        return new AudioCapabilities(m.minSampleRate(), m.maxSampleRate(), m.maxSampleRate(), 1, m.maxChannels(),
                EnumSet.of(AudioSampleFormat.S16), 0.01, 0.1, List.of(true, false),
                List.of(true, false, "all", "remote-only"), List.of(true, false));
    }

    @Override
    public SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        FakeDevice d = devices.find(device.deviceId()).orElseThrow(() -> new BackendException(
                BackendException.Kind.NOT_FOUND, "fake device '" + device.label() + "' is not plugged in"));
        if (devices.isBusy(d.deviceId())) {
            throw new BackendException(BackendException.Kind.BUSY,
                    "'" + d.label() + "' is in use by another application (simulated by FakeDevices.setBusy)");
        }
        // Counted open until the handle closes (FakeDevices.openCount); the count ignores a second close.
        AutoCloseable counted = devices.opened(d.deviceId());
        Consumer<FakeSource> closed = src -> {
            if (src != null) {
                open.remove(src);
            }
            try {
                counted.close();
            } catch (Exception e) {
                throw new IllegalStateException(e); // FakeDevices' counter does not throw
            }
        };
        FakeSource s;
        try {
            s = open(d, config, sink, closed);
        } catch (BackendException | RuntimeException e) {
            closed.accept(null);
            throw e;
        }
        open.add(s);
        return s;
    }

    private FakeSource open(FakeDevice d, SourceConfig config, SourceSink sink, Consumer<FakeSource> closed) throws BackendException {
        return switch (config) {
            case SourceConfig.Video v -> {
                if (!(d instanceof FakeCamera cam) || !cam.modes().contains(v.mode())) {
                    throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                            "'" + d.label() + "' has no mode " + v.mode());
                }
                yield new FakeCameraSource(cam, devices, v, sink, closed);
            }
            case SourceConfig.Audio a -> {
                if (!(d instanceof FakeMicrophone mic)) {
                    throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                            "'" + d.label() + "' is not a microphone");
                }
                yield new FakeMicrophoneSource(mic, a, sink, closed);
            }
        };
    }

    private void devicesChanged() {
        for (FakeSource s : open) {
            if (devices.find(s.deviceId()).isEmpty()) {
                s.unplugged();
            }
        }
        context.devicesChanged();
    }

    @Override
    public void close() {
        for (FakeSource s : open) {
            s.close();
        }
        try {
            subscription.close();
        } catch (Exception e) {
            // unregistering a listener cannot fail
        }
    }
}
