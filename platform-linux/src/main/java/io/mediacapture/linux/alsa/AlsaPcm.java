package io.mediacapture.linux.alsa;

import static io.mediacapture.bindings.alsa.asoundlib_h.C_INT;
import static io.mediacapture.bindings.alsa.asoundlib_h.C_LONG;
import static io.mediacapture.bindings.alsa.asoundlib_h.C_POINTER;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.bindings.alsa.asoundlib_h;
import io.mediacapture.bindings.alsa.inline.Alsa;
import io.mediacapture.bindings.alsa.inline.AlsaException;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.SourceConfig;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One open ALSA capture PCM ({@code snd_pcm_t *}): capability probing and hardware/software parameter
 * negotiation. Always opened with {@code SND_PCM_NONBLOCK}, so neither the open of a busy device nor a read
 * ever blocks.
 *
 * <p>Lifetime: the creator owns it and calls {@link #close()} once. Not thread-safe: one thread at a time
 * (the owner serialises access).
 */
final class AlsaPcm implements AutoCloseable {
    /** Rates and channel counts outside these are plugin artefacts ("any rate up to 4294967295"), not devices. */
    private static final int SANE_MIN_RATE = 8_000;
    private static final int SANE_MAX_RATE = 384_000;
    private static final int SANE_MAX_CHANNELS = 32;
    private static final int MIN_PERIOD_FRAMES = 32;
    static final int BUFFER_PERIODS = 8;

    private final String name;
    private MemorySegment pcm;

    /** The parameters a PCM was set up with; the device may round the ones asked for. */
    record Negotiated(int sampleRate, int channels, AudioSampleFormat format, long periodFrames, long bufferFrames) {
        int bytesPerFrame() {
            return channels * format.bytesPerSample();
        }
    }

    private AlsaPcm(String name, MemorySegment pcm) {
        this.name = name;
        this.pcm = pcm;
    }

    /**
     * Opens {@code pcmName} for capture.
     *
     * @throws BackendException NOT_FOUND (no such PCM or card), BUSY (in use), PERMISSION_DENIED or FAILED
     */
    static AlsaPcm openCapture(String pcmName) throws BackendException {
        if (pcmName.isEmpty() || pcmName.indexOf('\0') >= 0) {
            throw new BackendException(BackendException.Kind.NOT_FOUND, "'" + pcmName.replace('\0', '?')
                    + "' is not an ALSA PCM name");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(C_POINTER);
            int r = asoundlib_h.snd_pcm_open(out, arena.allocateFrom(pcmName),
                    asoundlib_h.SND_PCM_STREAM_CAPTURE(), asoundlib_h.SND_PCM_NONBLOCK());
            if (r < 0) {
                throw AlsaErrors.openFailure(pcmName, new AlsaException("snd_pcm_open(" + pcmName + ")", r));
            }
            return new AlsaPcm(pcmName, out.get(ValueLayout.ADDRESS, 0));
        }
    }

    String name() {
        return name;
    }

    /** The {@code snd_pcm_t *}, valid until {@link #close()}. */
    MemorySegment handle() {
        if (pcm == null) {
            throw new IllegalStateException("ALSA PCM " + name + " is closed");
        }
        return pcm;
    }

    /**
     * What the PCM can capture in interleaved access, refined from the full configuration space: rate and
     * channel ranges, the formats core understands, and latency from the period and buffer size ranges at the
     * preferred rate.
     *
     * @throws BackendException UNSUPPORTED_CONFIGURATION when it offers nothing core can use
     */
    AudioCapabilities capabilities() throws BackendException {
        try (Arena arena = Arena.ofConfined(); HwParams p = HwParams.any(this)) {
            MemorySegment h = handle();
            if (asoundlib_h.snd_pcm_hw_params_set_access(h, p.ptr, asoundlib_h.SND_PCM_ACCESS_RW_INTERLEAVED()) < 0) {
                throw unsupported("access", "offers no interleaved read access");
            }
            Set<AudioSampleFormat> formats = EnumSet.noneOf(AudioSampleFormat.class);
            for (AudioSampleFormat f : AlsaFormats.SUPPORTED) {
                if (asoundlib_h.snd_pcm_hw_params_test_format(h, p.ptr, AlsaFormats.toAlsa(f).orElseThrow()) == 0) {
                    formats.add(f);
                }
            }
            if (formats.isEmpty()) {
                throw unsupported("sampleSize", "offers none of the sample formats u8, s16, s32, f32");
            }
            MemorySegment u = arena.allocate(C_INT);
            MemorySegment dir = arena.allocate(C_INT);
            long rateMin = uint(check("snd_pcm_hw_params_get_rate_min", asoundlib_h.snd_pcm_hw_params_get_rate_min(p.ptr, u, dir)), u);
            long rateMax = uint(check("snd_pcm_hw_params_get_rate_max", asoundlib_h.snd_pcm_hw_params_get_rate_max(p.ptr, u, dir)), u);
            long chMin = uint(check("snd_pcm_hw_params_get_channels_min", asoundlib_h.snd_pcm_hw_params_get_channels_min(p.ptr, u)), u);
            long chMax = uint(check("snd_pcm_hw_params_get_channels_max", asoundlib_h.snd_pcm_hw_params_get_channels_max(p.ptr, u)), u);

            int minRate = (int) (rateMax >= SANE_MIN_RATE ? Math.max(rateMin, SANE_MIN_RATE) : rateMin);
            int maxRate = (int) (rateMin <= SANE_MAX_RATE ? Math.min(rateMax, SANE_MAX_RATE) : rateMax);
            int defaultRate = preferredRate(h, p.ptr, minRate, maxRate);
            int minChannels = (int) Math.max(1, chMin);
            int maxChannels = (int) Math.max(minChannels, Math.min(chMax, SANE_MAX_CHANNELS));

            // Latency at the preferred rate: one period at least, the whole buffer at most.
            u.set(C_INT, 0, defaultRate);
            double minLatency = 0.001;
            double maxLatency = 1.0;
            if (asoundlib_h.snd_pcm_hw_params_set_rate_near(h, p.ptr, u, dir) == 0) {
                MemorySegment frames = arena.allocate(C_LONG);
                if (asoundlib_h.snd_pcm_hw_params_get_period_size_min(p.ptr, frames, dir) == 0) {
                    minLatency = Math.max(minLatency, (double) Math.max(frames.get(C_LONG, 0), MIN_PERIOD_FRAMES) / defaultRate);
                }
                if (asoundlib_h.snd_pcm_hw_params_get_buffer_size_max(p.ptr, frames) == 0) {
                    maxLatency = Math.min(maxLatency, (double) frames.get(C_LONG, 0) / defaultRate);
                }
            }
            maxLatency = Math.max(maxLatency, minLatency);
            return new AudioCapabilities(minRate, maxRate, defaultRate, minChannels, maxChannels, formats,
                    minLatency, maxLatency, List.of(false));
        } catch (AlsaException e) {
            throw new BackendException(BackendException.Kind.FAILED, "probing ALSA PCM " + name + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static int preferredRate(MemorySegment h, MemorySegment params, int min, int max) {
        for (int r : new int[] {48_000, 44_100}) {
            if (r >= min && r <= max && asoundlib_h.snd_pcm_hw_params_test_rate(h, params, r, 0) == 0) {
                return r;
            }
        }
        return Math.max(min, Math.min(max, 48_000));
    }

    /**
     * Sets the PCM up for {@code config}: interleaved access, exactly the format and channel count asked for,
     * the nearest rate the device has (core resamples when it differs), a period of about
     * {@code config.latency()} and a buffer of {@value #BUFFER_PERIODS} periods (for capture the buffer is
     * headroom against overruns, not latency; sound servers such as PipeWire also size their buffer queue by it). Leaves the PCM prepared (not started).
     *
     * @throws BackendException UNSUPPORTED_CONFIGURATION naming the constraint the device cannot meet
     */
    Negotiated configure(SourceConfig.Audio config) throws BackendException {
        Optional<Integer> alsaFormat = AlsaFormats.toAlsa(config.format());
        if (alsaFormat.isEmpty()) {
            throw unsupported("sampleSize", "cannot capture " + config.format() + " (this backend reads interleaved samples)");
        }
        try (Arena arena = Arena.ofConfined(); HwParams p = HwParams.any(this)) {
            MemorySegment h = handle();
            if (asoundlib_h.snd_pcm_hw_params_set_access(h, p.ptr, asoundlib_h.SND_PCM_ACCESS_RW_INTERLEAVED()) < 0) {
                throw unsupported("access", "offers no interleaved read access");
            }
            int r = asoundlib_h.snd_pcm_hw_params_set_format(h, p.ptr, alsaFormat.get());
            if (r < 0) {
                throw unsupported("sampleSize", "cannot capture " + config.format() + " samples: " + Alsa.strerror(r));
            }
            r = asoundlib_h.snd_pcm_hw_params_set_channels(h, p.ptr, config.channelCount());
            if (r < 0) {
                throw unsupported("channelCount", "cannot capture " + config.channelCount() + " channels: " + Alsa.strerror(r));
            }
            MemorySegment rate = arena.allocate(C_INT);
            MemorySegment dir = arena.allocate(C_INT);
            rate.set(C_INT, 0, config.sampleRate());
            r = asoundlib_h.snd_pcm_hw_params_set_rate_near(h, p.ptr, rate, dir);
            if (r < 0) {
                throw unsupported("sampleRate", "cannot capture at or near " + config.sampleRate() + " Hz: " + Alsa.strerror(r));
            }
            int actualRate = rate.get(C_INT, 0);
            MemorySegment frames = arena.allocate(C_LONG);
            long period = Math.max(MIN_PERIOD_FRAMES, Math.round(config.latency() * actualRate));
            frames.set(C_LONG, 0, period);
            // "near" calls fail only when nothing is left to choose from; hw_params then reports the real problem.
            asoundlib_h.snd_pcm_hw_params_set_period_size_near(h, p.ptr, frames, dir);
            frames.set(C_LONG, 0, frames.get(C_LONG, 0) * BUFFER_PERIODS);
            asoundlib_h.snd_pcm_hw_params_set_buffer_size_near(h, p.ptr, frames);
            r = asoundlib_h.snd_pcm_hw_params(h, p.ptr);
            if (r < 0) {
                if (AlsaErrors.openFailureKind(r) == BackendException.Kind.BUSY) {
                    throw new BackendException(BackendException.Kind.BUSY, "ALSA capture device '" + name
                            + "' is in use by another client: " + Alsa.strerror(r));
                }
                throw unsupported("latency", "cannot be set up for " + config + ": " + Alsa.strerror(r));
            }
            check("snd_pcm_hw_params_get_period_size", asoundlib_h.snd_pcm_hw_params_get_period_size(p.ptr, frames, dir));
            long actualPeriod = frames.get(C_LONG, 0);
            check("snd_pcm_hw_params_get_buffer_size", asoundlib_h.snd_pcm_hw_params_get_buffer_size(p.ptr, frames));
            long actualBuffer = frames.get(C_LONG, 0);
            applySoftwareParams(actualPeriod, actualBuffer);
            return new Negotiated(actualRate, config.channelCount(), config.format(), actualPeriod, actualBuffer);
        } catch (AlsaException e) {
            throw new BackendException(BackendException.Kind.FAILED, "setting up ALSA PCM " + name + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Wake-ups once per period; capture is started explicitly, so the start threshold just must not fire early. */
    private void applySoftwareParams(long period, long buffer) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(C_POINTER);
            check("snd_pcm_sw_params_malloc", asoundlib_h.snd_pcm_sw_params_malloc(out));
            MemorySegment sw = out.get(ValueLayout.ADDRESS, 0);
            try {
                MemorySegment h = handle();
                check("snd_pcm_sw_params_current", asoundlib_h.snd_pcm_sw_params_current(h, sw));
                check("snd_pcm_sw_params_set_avail_min", asoundlib_h.snd_pcm_sw_params_set_avail_min(h, sw, period));
                check("snd_pcm_sw_params_set_start_threshold", asoundlib_h.snd_pcm_sw_params_set_start_threshold(h, sw, buffer));
                check("snd_pcm_sw_params", asoundlib_h.snd_pcm_sw_params(h, sw));
            } finally {
                asoundlib_h.snd_pcm_sw_params_free(sw);
            }
        }
    }

    private BackendException unsupported(String constraint, String what) {
        return BackendException.unsupported(constraint, constraint + ": ALSA capture device '" + name + "' " + what);
    }

    private int check(String call, int r) {
        return Alsa.check(call + "(" + name + ")", r);
    }

    private static long uint(int ignored, MemorySegment u) {
        return Integer.toUnsignedLong(u.get(C_INT, 0));
    }

    /** Closes the PCM (stopping a running capture). Idempotent. */
    @Override
    public void close() {
        MemorySegment h = pcm;
        pcm = null;
        if (h != null) {
            asoundlib_h.snd_pcm_close(h);
        }
    }

    /** A {@code snd_pcm_hw_params_t} holding the full configuration space of a PCM; freed on close. */
    private static final class HwParams implements AutoCloseable {
        final MemorySegment ptr;

        private HwParams(MemorySegment ptr) {
            this.ptr = ptr;
        }

        static HwParams any(AlsaPcm pcm) {
            MemorySegment ptr;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(C_POINTER);
                Alsa.check("snd_pcm_hw_params_malloc", asoundlib_h.snd_pcm_hw_params_malloc(out));
                ptr = out.get(ValueLayout.ADDRESS, 0);
            }
            HwParams p = new HwParams(ptr);
            try {
                pcm.check("snd_pcm_hw_params_any", asoundlib_h.snd_pcm_hw_params_any(pcm.handle(), ptr));
                return p;
            } catch (RuntimeException e) {
                p.close();
                throw e;
            }
        }

        @Override
        public void close() {
            asoundlib_h.snd_pcm_hw_params_free(ptr);
        }
    }
}
