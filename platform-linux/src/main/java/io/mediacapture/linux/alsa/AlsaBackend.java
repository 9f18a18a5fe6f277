package io.mediacapture.linux.alsa;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.Backend;
import io.mediacapture.spi.BackendContext;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceHandle;
import io.mediacapture.spi.SourceSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The ALSA backend: microphones only. Devices come from {@link AlsaEnumerator}; each is probed once
 * (opened non-blocking, hw_params refined, closed) and the result cached until the card list changes, so
 * {@link #devices()} does not reopen every PCM on every call. A PCM that failed to probe is retried after
 * {@value #RETRY_SECONDS} s (a sound server may have come up). A busy device stays listed, with the
 * capabilities it had when last seen (or a conservative guess), so that opening it reports "busy" instead of
 * the device silently vanishing.
 *
 * <p>Thread-safe: {@link #devices()} and {@link #open} may run concurrently; the cache is guarded by this.
 */
final class AlsaBackend implements Backend {
    static final int RETRY_SECONDS = 3;
    /** For a device that is busy and was never seen free: what nearly every capture device can do. */
    private static final AudioCapabilities BUSY_GUESS = new AudioCapabilities(48_000, 48_000, 48_000, 1, 2,
            Set.of(AudioSampleFormat.S16), 0.01, 0.5, List.of(false));

    private record Probe(AudioCapabilities caps, BackendException failure, long atNanos) {}

    private final System.Logger log;
    private final AlsaWatcher watcher;
    private final Map<String, Probe> probes = new HashMap<>();

    AlsaBackend(BackendContext context) {
        this.log = context.logger("alsa");
        this.watcher = AlsaWatcher.start(() -> {
            synchronized (this) {
                probes.clear();
            }
            context.devicesChanged();
        }, log);
    }

    @Override
    public String name() {
        return AlsaBackendProvider.NAME;
    }

    @Override
    public synchronized List<DeviceDescriptor> devices() {
        List<DeviceDescriptor> out = new ArrayList<>();
        for (AlsaEnumerator.Candidate c : AlsaEnumerator.scan(log)) {
            AudioCapabilities caps = capabilities(c);
            if (caps != null) {
                out.add(DeviceDescriptor.microphone(c.pcmName(), c.label(), c.groupId(), c.systemDefault(), caps));
            }
        }
        if (!out.isEmpty() && out.stream().noneMatch(DeviceDescriptor::systemDefault)) {
            DeviceDescriptor first = out.get(0); // no usable `default` PCM: the first device stands in
            out.set(0, DeviceDescriptor.microphone(first.deviceId(), first.label(), first.groupId(), true, first.audio()));
        }
        return out;
    }

    /** Cached or fresh capabilities; null when the PCM cannot be used now. */
    private AudioCapabilities capabilities(AlsaEnumerator.Candidate c) {
        Probe cached = probes.get(c.pcmName());
        long now = System.nanoTime();
        if (cached != null && (cached.caps() != null || now - cached.atNanos() < TimeUnit.SECONDS.toNanos(RETRY_SECONDS))) {
            return cached.caps();
        }
        Probe p;
        try (AlsaPcm pcm = AlsaPcm.openCapture(c.probeName())) {
            p = new Probe(pcm.capabilities(), null, now);
        } catch (BackendException e) {
            if (e.kind() == BackendException.Kind.BUSY) {
                AudioCapabilities last = cached != null && cached.caps() != null ? cached.caps() : BUSY_GUESS;
                log.log(System.Logger.Level.DEBUG, () -> c.pcmName() + " is busy; listing it with " + last);
                // Not cached: probe again next time, the device may be free then.
                return last;
            }
            log.log(System.Logger.Level.DEBUG, () -> "not offering ALSA PCM " + c.pcmName() + ": " + e.getMessage());
            p = new Probe(null, e, now);
        }
        probes.put(c.pcmName(), p);
        return p.caps();
    }

    @Override
    public SourceHandle open(DeviceDescriptor device, SourceConfig config, SourceSink sink) throws BackendException {
        if (!(config instanceof SourceConfig.Audio audio)) {
            throw new BackendException(BackendException.Kind.UNSUPPORTED_CONFIGURATION,
                    "the ALSA backend captures audio only, not " + config);
        }
        return AlsaSource.open(device.deviceId(), audio, sink, log);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
