package io.mediacapture.internal.constraints;

import static io.mediacapture.internal.constraints.FitnessDistance.discrete;
import static io.mediacapture.internal.constraints.FitnessDistance.numeric;

import io.mediacapture.ConstrainableProperty;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.DeviceDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate settings of one microphone. Every audio property varies independently of the others
 * (core resamples, mixes channels and converts sample formats), so the candidates form a box: a range per
 * numeric property and a list of values per switch. Required constraints shrink the box; the best
 * settings are then chosen property by property.
 */
final class AudioRegion implements Region {
    /** Sample sizes core can deliver (u8, s16, s32/f32). */
    private static final int[] SIZES = {8, 16, 32};
    static final double DEFAULT_CHANNEL_COUNT = 1;
    static final double DEFAULT_SAMPLE_SIZE = 16;
    static final double DEFAULT_LATENCY = 0.01;
    private static final double EPS = 1e-9;

    final DeviceDescriptor device;
    final AudioCapabilities caps;
    final int deviceIndex;

    long rate1;
    long rate2;
    long ch1;
    long ch2;
    long size1;
    long size2;
    double lat1;
    double lat2;
    List<Object> echo;
    List<Object> gain;
    List<Object> noise;
    List<Object> voice;

    // Result of evaluate().
    long sampleRate;
    long channelCount;
    long sampleSize;
    double latency;
    Object echoCancellation;
    Object autoGainControl;
    Object noiseSuppression;
    Object voiceIsolation;
    double f;
    double g;

    AudioRegion(DeviceDescriptor device, int deviceIndex) {
        this.device = device;
        this.caps = device.audio();
        this.deviceIndex = deviceIndex;
        rate1 = caps.minSampleRate();
        rate2 = caps.maxSampleRate();
        ch1 = caps.minChannelCount();
        ch2 = caps.maxChannelCount();
        size1 = caps.minSampleSize();
        size2 = caps.maxSampleSize();
        lat1 = caps.minLatency();
        lat2 = caps.maxLatency();
        List<Object> processing = List.copyOf(caps.processing().isEmpty() ? List.of(false) : caps.processing());
        echo = List.copyOf(caps.echoCancellation().isEmpty() ? List.of(false) : caps.echoCancellation());
        gain = processing;
        noise = processing;
        voice = List.copyOf(caps.voiceIsolation().isEmpty() ? List.of(false) : caps.voiceIsolation());
    }

    private AudioRegion(AudioRegion o) {
        device = o.device;
        caps = o.caps;
        deviceIndex = o.deviceIndex;
        rate1 = o.rate1;
        rate2 = o.rate2;
        ch1 = o.ch1;
        ch2 = o.ch2;
        size1 = o.size1;
        size2 = o.size2;
        lat1 = o.lat1;
        lat2 = o.lat2;
        echo = o.echo;
        gain = o.gain;
        noise = o.noise;
        voice = o.voice;
    }

    @Override
    public AudioRegion copy() {
        return new AudioRegion(this);
    }

    /** Narrows to the required constraints of {@code s} (video constraints do not apply); false when empty. */
    @Override
    public boolean narrow(CompiledSet s) {
        for (ConstrainableProperty p : s.present) {
            if (s.required[p.ordinal()] && !narrow(s, p)) {
                return false;
            }
        }
        return feasible();
    }

    @Override
    public boolean narrow(CompiledSet s, ConstrainableProperty p) {
        switch (p) {
            case SAMPLE_RATE -> {
                rate1 = Math.max(rate1, (long) Math.ceil(s.lower(p)));
                rate2 = Math.min(rate2, (long) Math.floor(Math.min(s.upper(p), Long.MAX_VALUE)));
            }
            case CHANNEL_COUNT -> {
                ch1 = Math.max(ch1, (long) Math.ceil(s.lower(p)));
                ch2 = Math.min(ch2, (long) Math.floor(Math.min(s.upper(p), Long.MAX_VALUE)));
            }
            case SAMPLE_SIZE -> {
                size1 = Math.max(size1, (long) Math.ceil(s.lower(p)));
                size2 = Math.min(size2, (long) Math.floor(Math.min(s.upper(p), Long.MAX_VALUE)));
            }
            case LATENCY -> {
                lat1 = Math.max(lat1, s.lower(p));
                lat2 = Math.min(lat2, s.upper(p));
            }
            case ECHO_CANCELLATION -> echo = filter(echo, s, p);
            case AUTO_GAIN_CONTROL -> gain = filter(gain, s, p);
            case NOISE_SUPPRESSION -> noise = filter(noise, s, p);
            case VOICE_ISOLATION -> voice = filter(voice, s, p);
            case DEVICE_ID -> {
                return s.satisfiesDiscrete(p, device.deviceId());
            }
            case GROUP_ID -> {
                return s.satisfiesDiscrete(p, device.groupId());
            }
            default -> {
                // video-only: does not apply to a microphone
            }
        }
        return true;
    }

    private static List<Object> filter(List<Object> values, CompiledSet s, ConstrainableProperty p) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            if (s.satisfiesDiscrete(p, v)) {
                out.add(v);
            }
        }
        return out;
    }

    @Override
    public boolean feasible() {
        return rate1 <= rate2 && ch1 <= ch2 && lat1 <= lat2 && anySize() && !echo.isEmpty() && !gain.isEmpty()
                && !noise.isEmpty() && !voice.isEmpty();
    }

    private boolean anySize() {
        for (int s : SIZES) {
            if (s >= size1 && s <= size2) {
                return true;
            }
        }
        return false;
    }

    /** Picks the best settings for the basic set: smallest fitness distance, ties to the device defaults. */
    @Override
    public void evaluate(CompiledSet basic) {
        f = discrete(device.deviceId(), basic.idealValues[ConstrainableProperty.DEVICE_ID.ordinal()])
                + discrete(device.groupId(), basic.idealValues[ConstrainableProperty.GROUP_ID.ordinal()]);
        g = 0;
        double ir = basic.ideal[ConstrainableProperty.SAMPLE_RATE.ordinal()];
        sampleRate = Math.round(clamp(Double.isNaN(ir) ? caps.defaultSampleRate() : ir, rate1, rate2));
        f += numeric(sampleRate, ir);
        g += numeric(sampleRate, caps.defaultSampleRate());

        double ic = basic.ideal[ConstrainableProperty.CHANNEL_COUNT.ordinal()];
        channelCount = Math.round(clamp(Double.isNaN(ic) ? DEFAULT_CHANNEL_COUNT : ic, ch1, ch2));
        f += numeric(channelCount, ic);
        g += numeric(channelCount, DEFAULT_CHANNEL_COUNT);

        double is = basic.ideal[ConstrainableProperty.SAMPLE_SIZE.ordinal()];
        double bestF = Double.POSITIVE_INFINITY;
        double bestG = Double.POSITIVE_INFINITY;
        for (int s : SIZES) {
            if (s < size1 || s > size2) {
                continue;
            }
            double fs = numeric(s, is);
            double gs = numeric(s, DEFAULT_SAMPLE_SIZE);
            if (fs < bestF - EPS || (fs <= bestF + EPS && gs < bestG - EPS)) {
                bestF = fs;
                bestG = gs;
                sampleSize = s;
            }
        }
        f += bestF;
        g += bestG;

        double il = basic.ideal[ConstrainableProperty.LATENCY.ordinal()];
        latency = clamp(Double.isNaN(il) ? DEFAULT_LATENCY : il, lat1, lat2);
        f += numeric(latency, il);
        g += numeric(latency, DEFAULT_LATENCY);

        echoCancellation = pick(echo, basic, ConstrainableProperty.ECHO_CANCELLATION, Boolean.TRUE);
        autoGainControl = pick(gain, basic, ConstrainableProperty.AUTO_GAIN_CONTROL, Boolean.TRUE);
        noiseSuppression = pick(noise, basic, ConstrainableProperty.NOISE_SUPPRESSION, Boolean.TRUE);
        // Media Capture Extensions: voice isolation is off unless asked for.
        voiceIsolation = pick(voice, basic, ConstrainableProperty.VOICE_ISOLATION, Boolean.FALSE);
    }

    /** The allowed value with the smallest distance to the ideal, preferring {@code preferred} on ties. */
    private Object pick(List<Object> allowed, CompiledSet basic, ConstrainableProperty p, Boolean preferred) {
        List<Object> ideal = basic.idealValues[p.ordinal()];
        Object best = null;
        double bestF = Double.POSITIVE_INFINITY;
        double bestG = Double.POSITIVE_INFINITY;
        for (Object v : allowed) {
            double fv = discrete(v, ideal);
            double gv = preferred.equals(v) ? 0 : 1;
            if (fv < bestF || (fv == bestF && gv < bestG)) {
                best = v;
                bestF = fv;
                bestG = gv;
            }
        }
        f += bestF;
        g += bestG;
        return best;
    }

    @Override
    public double f() {
        return f;
    }

    @Override
    public double g() {
        return g;
    }

    @Override
    public int deviceIndex() {
        return deviceIndex;
    }

    @Override
    public int derived() {
        return 0;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
