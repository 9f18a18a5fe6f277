package io.mediacapture.internal.constraints;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.ConstrainBooleanOrDouble;
import io.mediacapture.ConstrainableProperty;
import io.mediacapture.Constraint;
import io.mediacapture.DoubleRange;
import io.mediacapture.MediaDeviceKind;
import io.mediacapture.MediaTrackCapabilities;
import io.mediacapture.MediaTrackConstraintSet;
import io.mediacapture.MediaTrackConstraints;
import io.mediacapture.MediaTrackSettings;
import io.mediacapture.MediaTrackSupportedConstraints;
import io.mediacapture.OverconstrainedError;
import io.mediacapture.ULongRange;
import io.mediacapture.spi.AudioCapabilities;
import io.mediacapture.spi.DeviceDescriptor;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.VideoMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SelectSettings algorithm of Media Capture and Streams over the candidate settings of one or more
 * devices of one kind, plus the capabilities and constraint support that go with it.
 *
 * <p>Candidates of a camera are its native modes (resizeMode "none") and every smaller size and lower frame
 * rate core can derive from them by cropping, scaling and dropping frames ("crop-and-scale"); candidates of
 * a microphone are every sample rate, channel count and latency within its capabilities, the sample sizes
 * 8/16/32 within them, and its processing switches. Advanced sets filter the candidates of all devices
 * together, in order, and are skipped whole when no candidate meets them. Among the remaining candidates
 * the one with the smallest fitness distance to the basic set wins; ties go to native settings, then to
 * the defaults (640x480 at 30 fps; the microphone's default rate, mono, 16 bit, processing on), then to
 * the earlier device in the list.
 *
 * <p>Thread-safe: everything here is stateless apart from an internal cache of immutable device models.
 */
public final class SettingsSelector {
    private static final double EPS = 1e-9;
    private static final double RATE_TOLERANCE = 1e-6;

    /** Spec: "allowed required constraints for device selection". */
    private static final Set<ConstrainableProperty> ALLOWED_FOR_DEVICE_SELECTION = allowedForDeviceSelection();

    private static Set<ConstrainableProperty> allowedForDeviceSelection() {
        // Media Capture and Streams lists the allowed ones; backgroundBlur and the camera controls of
        // MediaStream Image Capture are not among them.
        EnumSet<ConstrainableProperty> s = EnumSet.complementOf(EnumSet.of(ConstrainableProperty.BACKGROUND_BLUR));
        s.removeAll(ConstrainableProperty.cameraControls());
        return s;
    }

    private static final List<AudioSampleFormat> FORMAT_PREFERENCE = List.of(AudioSampleFormat.S16,
            AudioSampleFormat.F32, AudioSampleFormat.S32, AudioSampleFormat.U8, AudioSampleFormat.S16_PLANAR,
            AudioSampleFormat.F32_PLANAR, AudioSampleFormat.S32_PLANAR, AudioSampleFormat.U8_PLANAR);

    private SettingsSelector() {
    }

    /**
     * Runs SelectSettings across {@code devices} (all of one kind, system default first).
     *
     * @return the device and settings with the smallest fitness distance
     * @throws OverconstrainedError when no device can satisfy the required constraints of the basic set;
     *                              {@code constraint()} names a required constraint no candidate of any
     *                              device satisfies, or when only their combination fails the one that
     *                              fails in the most candidates (see {@link #failedConstraint})
     * @throws IllegalArgumentException when {@code devices} is empty
     */
    public static Selection select(List<DeviceDescriptor> devices, MediaTrackConstraints constraints) {
        Objects.requireNonNull(constraints, "constraints");
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("no devices to select settings from");
        }
        CompiledSet basic = CompiledSet.basic(constraints);
        List<Region> live = new ArrayList<>(regionCount(devices));
        for (int i = 0; i < devices.size(); i++) {
            addRegions(devices.get(i), i, live);
        }
        live.removeIf(r -> !r.narrow(basic));
        if (live.isEmpty()) {
            String failed = failedConstraint(devices, basic);
            throw new OverconstrainedError(failed, failed.isEmpty()
                    ? "no device satisfies the required constraints together"
                    : "no device satisfies the required constraint " + failed);
        }
        for (MediaTrackConstraintSet set : constraints.advanced()) {
            CompiledSet adv = CompiledSet.advanced(set);
            if (adv.present.length == 0) {
                continue;
            }
            List<Region> kept = new ArrayList<>(live.size());
            for (Region r : live) {
                Region c = r.copy();
                if (c.narrow(adv)) {
                    kept.add(c);
                }
            }
            if (!kept.isEmpty()) {
                live = kept;
            }
        }
        Region best = null;
        for (Region r : live) {
            r.evaluate(basic);
            if (best == null || better(r, best)) {
                best = r;
            }
        }
        return best instanceof VideoRegion v ? videoSelection(v) : audioSelection((AudioRegion) best);
    }

    private static boolean better(Region a, Region b) {
        if (a.f() < b.f() - EPS) {
            return true;
        }
        if (a.f() > b.f() + EPS) {
            return false;
        }
        if (a.derived() != b.derived()) {
            return a.derived() < b.derived();
        }
        if (a.g() < b.g() - EPS) {
            return true;
        }
        if (a.g() > b.g() + EPS) {
            return false;
        }
        return a.deviceIndex() < b.deviceIndex();
    }

    private static int regionCount(List<DeviceDescriptor> devices) {
        int n = 0;
        for (DeviceDescriptor d : devices) {
            if (d.isCamera()) {
                VideoModel m = VideoModel.of(d);
                n += m.sizeW.length + m.frontW.length;
            } else {
                n++;
            }
        }
        return n;
    }

    private static void addRegions(DeviceDescriptor d, int index, List<Region> out) {
        if (d.isCamera()) {
            VideoModel m = VideoModel.of(d);
            for (int k = 0; k < m.sizeW.length; k++) {
                out.add(VideoRegion.none(m, index, k));
            }
            for (int k = 0; k < m.frontW.length; k++) {
                out.add(VideoRegion.crop(m, index, k));
            }
        } else {
            out.add(new AudioRegion(d, index));
        }
    }

    /**
     * The required constraint of the basic set to name in the OverconstrainedError: the first (IDL order) that no
     * candidate satisfies on its own; when each is satisfiable alone and only their combination fails, the one
     * that fails in the most candidates' settings dictionaries, the first in IDL order among equals (browsers name
     * "width" for {width: {exact: 639}, resizeMode: {exact: "none"}}, never ""). A candidate is one region (a
     * native size as it is, or a device's crop-and-scale range, or a microphone) at its default settings: the
     * settings it would open with no constraints. docs/CONFORMANCE.md, "OverconstrainedError.constraint".
     */
    private static String failedConstraint(List<DeviceDescriptor> devices, CompiledSet basic) {
        for (ConstrainableProperty p : basic.present) {
            if (!basic.required[p.ordinal()]) {
                continue;
            }
            boolean satisfiable = false;
            List<Region> fresh = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                addRegions(devices.get(i), i, fresh);
            }
            for (Region r : fresh) {
                if (r.narrow(basic, p) && r.feasible()) {
                    satisfiable = true;
                    break;
                }
            }
            if (!satisfiable) {
                return p.toString();
            }
        }
        return mostFailed(devices, basic);
    }

    /** The required constraint that the most candidates' default settings fail (see {@link #failedConstraint}). */
    private static String mostFailed(List<DeviceDescriptor> devices, CompiledSet basic) {
        List<Region> candidates = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            addRegions(devices.get(i), i, candidates);
        }
        CompiledSet none = CompiledSet.basic(MediaTrackConstraints.EMPTY);
        int[] failures = new int[CompiledSet.N];
        for (Region r : candidates) {
            MediaTrackSettings settings;
            try {
                if (!r.narrow(none)) {
                    continue;
                }
                r.evaluate(none);
                settings = (r instanceof VideoRegion v ? videoSelection(v) : audioSelection((AudioRegion) r)).settings();
            } catch (IllegalStateException e) {
                continue; // a region with no native mode for its default point: not a candidate
            }
            for (ConstrainableProperty p : basic.present) {
                if (basic.required[p.ordinal()] && !satisfies(basic, p, settings.get(p).orElse(null))) {
                    failures[p.ordinal()]++;
                }
            }
        }
        ConstrainableProperty worst = null;
        for (ConstrainableProperty p : basic.present) {
            if (basic.required[p.ordinal()] && (worst == null || failures[p.ordinal()] > failures[worst.ordinal()])) {
                worst = p;
            }
        }
        return worst == null ? "" : worst.toString();
    }

    /** Whether one setting ({@code null}: the track has no such setting) meets the required part of {@code s}. */
    private static boolean satisfies(CompiledSet s, ConstrainableProperty p, Object setting) {
        return switch (p.type()) {
            case ULONG, DOUBLE -> setting instanceof Number n && s.satisfiesNumeric(p, n.doubleValue());
            default -> s.satisfiesDiscrete(p, setting);
        };
    }

    private static Selection videoSelection(VideoRegion r) {
        DeviceDescriptor d = r.model.device;
        VideoMode mode = nativeMode(r);
        double nativeRate = Math.max(mode.minFrameRate(), Math.min(mode.maxFrameRate(), r.bestR));
        MediaTrackSettings.Builder s = MediaTrackSettings.builder()
                .width(r.bestW)
                .height(r.bestH)
                .aspectRatio(aspectRatio(r.bestW, r.bestH))
                .frameRate(r.bestR)
                .resizeMode(r.resizeMode())
                .deviceId(d.deviceId())
                .groupId(d.groupId())
                .backgroundBlur(false);
        if (d.facingMode() != null) {
            s.facingMode(d.facingMode());
        }
        for (ControlRequest c : r.controlResult.requests().values()) {
            if (c.value() != null) {
                s.set(c.property(), c.value());
            }
        }
        return new Selection(d, new SourceConfig.Video(mode, nativeRate), s.build(), r.f, r.controlResult.requests());
    }

    /** Spec: the aspect ratio is "represented as a double rounded to the tenth decimal place". */
    static double aspectRatio(long w, long h) {
        return Math.round((double) w / h * 1e10) / 1e10;
    }

    /**
     * The native mode to open for the region's best settings: for "none" the mode of that size whose rates
     * include the chosen one; for crop-and-scale the smallest mode at least as large that reaches the rate
     * (preferring one that offers the rate natively, then an uncompressed format, then list order).
     */
    private static VideoMode nativeMode(VideoRegion r) {
        VideoMode best = null;
        for (VideoMode m : r.model.modes) {
            if (m.maxFrameRate() < r.bestR - RATE_TOLERANCE) {
                continue;
            }
            if (r.crop ? m.width() < r.bestW || m.height() < r.bestH
                    : m.width() != r.bestW || m.height() != r.bestH || m.minFrameRate() > r.bestR + RATE_TOLERANCE) {
                continue;
            }
            if (best == null || preferable(m, best, r.bestR)) {
                best = m;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no native mode produces " + r.bestW + "x" + r.bestH + "@" + r.bestR
                    + " on " + r.model.device.deviceId());
        }
        return best;
    }

    private static boolean preferable(VideoMode a, VideoMode b, double rate) {
        long areaA = (long) a.width() * a.height();
        long areaB = (long) b.width() * b.height();
        if (areaA != areaB) {
            return areaA < areaB;
        }
        boolean nativeA = a.minFrameRate() <= rate + RATE_TOLERANCE;
        boolean nativeB = b.minFrameRate() <= rate + RATE_TOLERANCE;
        if (nativeA != nativeB) {
            return nativeA;
        }
        if (a.format().isCompressed() != b.format().isCompressed()) {
            return !a.format().isCompressed();
        }
        return a.maxFrameRate() < b.maxFrameRate();
    }

    private static Selection audioSelection(AudioRegion r) {
        DeviceDescriptor d = r.device;
        MediaTrackSettings.Builder s = MediaTrackSettings.builder()
                .sampleRate(r.sampleRate)
                .sampleSize(r.sampleSize)
                .channelCount(r.channelCount)
                .latency(r.latency)
                .autoGainControl(Boolean.TRUE.equals(r.autoGainControl))
                .noiseSuppression(Boolean.TRUE.equals(r.noiseSuppression))
                .voiceIsolation(Boolean.TRUE.equals(r.voiceIsolation))
                .deviceId(d.deviceId())
                .groupId(d.groupId());
        s.set(ConstrainableProperty.ECHO_CANCELLATION, r.echoCancellation);
        SourceConfig.Audio config = new SourceConfig.Audio((int) r.sampleRate, (int) r.channelCount,
                nativeFormat(r.caps, (int) r.sampleSize), r.latency, !Boolean.FALSE.equals(r.echoCancellation),
                Boolean.TRUE.equals(r.autoGainControl), Boolean.TRUE.equals(r.noiseSuppression));
        return new Selection(d, config, s.build(), r.f);
    }

    /** A native format of the selected sample size, else the widest one (core converts). */
    private static AudioSampleFormat nativeFormat(AudioCapabilities caps, int sampleSize) {
        for (AudioSampleFormat f : FORMAT_PREFERENCE) {
            if (caps.formats().contains(f) && f.sampleSize() == sampleSize) {
                return f;
            }
        }
        AudioSampleFormat widest = null;
        for (AudioSampleFormat f : FORMAT_PREFERENCE) {
            if (caps.formats().contains(f) && (widest == null || f.sampleSize() > widest.sampleSize())) {
                widest = f;
            }
        }
        return widest;
    }

    /**
     * What {@code getCapabilities()} reports for a track of this device. Cameras: width and height from 1
     * to the largest native size, aspectRatio from 1/maxHeight to maxWidth, frameRate from 1 (or the lowest
     * native rate if below 1) to the highest native rate, resizeMode ["none", "crop-and-scale"],
     * facingMode [the device's] (empty when unknown), backgroundBlur [false], and the camera controls the
     * device has (ranges with step, lists of modes, torch true). Microphones: the ranges and
     * switches of their {@link AudioCapabilities}.
     */
    public static MediaTrackCapabilities capabilitiesOf(DeviceDescriptor device) {
        MediaTrackCapabilities.Builder b = MediaTrackCapabilities.builder()
                .deviceId(device.deviceId())
                .groupId(device.groupId());
        if (device.isCamera()) {
            VideoModel m = VideoModel.of(device);
            b.width(ULongRange.of(1, m.maxW))
                    .height(ULongRange.of(1, m.maxH))
                    .aspectRatio(DoubleRange.of(aspectRatio(1, m.maxH), m.maxW))
                    .frameRate(DoubleRange.of(m.cropMinRate, m.maxRate))
                    .facingMode(device.facingMode() == null ? List.of() : List.of(device.facingMode()))
                    .resizeMode(List.of(VideoRegion.NONE, VideoRegion.CROP_AND_SCALE))
                    .backgroundBlur(List.of(false));
            for (io.mediacapture.spi.CameraControl c : device.controls()) {
                b.cameraControl(c.property(), switch (c) {
                    case io.mediacapture.spi.CameraControl.Range g -> g.range();
                    case io.mediacapture.spi.CameraControl.Modes modes -> modes.modes();
                    case io.mediacapture.spi.CameraControl.Switch w -> Boolean.TRUE;
                });
            }
        } else {
            AudioCapabilities a = device.audio();
            List<Boolean> processing = a.processing().isEmpty() ? List.of(false) : a.processing();
            b.sampleRate(ULongRange.of(a.minSampleRate(), a.maxSampleRate()))
                    .sampleSize(ULongRange.of(a.minSampleSize(), a.maxSampleSize()))
                    .channelCount(ULongRange.of(a.minChannelCount(), a.maxChannelCount()))
                    .latency(DoubleRange.of(a.minLatency(), a.maxLatency()))
                    .echoCancellation(a.echoCancellation().isEmpty() ? List.of(false) : a.echoCancellation())
                    .autoGainControl(processing)
                    .noiseSuppression(processing)
                    .voiceIsolation(a.voiceIsolation().isEmpty() ? List.of(false) : a.voiceIsolation());
        }
        return b.build();
    }

    /**
     * Every constrainable property of Media Capture and Streams: core implements all of them for every
     * backend (backgroundBlur as a switch that is always off, since no backend blurs).
     */
    public static MediaTrackSupportedConstraints supportedConstraints() {
        return MediaTrackSupportedConstraints.all();
    }

    /**
     * The getUserMedia check on the constraints of one kind: a required constraint (min, max or exact in
     * the basic set) on a property that is not among the "allowed required constraints for device
     * selection" is a TypeError. Constraints that do not apply to {@code kind} are ignored (getUserMedia
     * removes them first). A bare {@code pan: true} is not required in the basic set (bare values are ideal there),
     * so it passes; {@code pan: {exact: 0}} does not.
     *
     * @throws IllegalArgumentException naming the property
     */
    public static void validateForGetUserMedia(MediaTrackConstraints constraints, MediaDeviceKind kind) {
        for (Map.Entry<ConstrainableProperty, Constraint> e : constraints.members().entrySet()) {
            ConstrainableProperty p = e.getKey();
            if (kind != null && !p.appliesTo().to(kind.trackKind())) {
                continue;
            }
            if (e.getValue().isRequired(false) && !ALLOWED_FOR_DEVICE_SELECTION.contains(p)) {
                throw new IllegalArgumentException(p + ": a required constraint on " + p
                        + " is not allowed for device selection in getUserMedia");
            }
        }
    }

    /**
     * Whether these (video) constraints ask for pan, tilt or zoom control, so that getUserMedia asks for the
     * pan-tilt-zoom permission (MediaStream Image Capture: "a MediaTrackConstraintSet object whose pan dictionary
     * member exists with a value other than false"): a {@code pan}, {@code tilt} or {@code zoom} member in the
     * basic set or any advanced set that is not {@code false}, an empty dictionary included.
     */
    public static boolean requestsPanTiltZoom(MediaTrackConstraints constraints) {
        if (asksForPanTiltZoom(constraints)) {
            return true;
        }
        for (MediaTrackConstraintSet set : constraints.advanced()) {
            if (asksForPanTiltZoom(set)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asksForPanTiltZoom(MediaTrackConstraintSet set) {
        for (ConstrainableProperty p : ConstrainableProperty.panTiltZoom()) {
            if (set.get(p).filter(c -> c instanceof ConstrainBooleanOrDouble b && b.asksForControl()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #validateForGetUserMedia(MediaTrackConstraints, MediaDeviceKind)} for every property. */
    public static void validateForGetUserMedia(MediaTrackConstraints constraints) {
        validateForGetUserMedia(constraints, null);
    }

    /**
     * The constraints with every property that does not apply to a track of {@code trackKind} ("audio" or
     * "video") removed, from the basic set and each advanced set (getUserMedia step "remove any
     * constrainable property inside of CS that is not defined for tracks of type kind").
     */
    public static MediaTrackConstraints forKind(MediaTrackConstraints constraints, String trackKind) {
        MediaTrackConstraints.Builder b = MediaTrackConstraints.builder();
        copyApplicable(constraints, trackKind, b);
        for (MediaTrackConstraintSet set : constraints.advanced()) {
            MediaTrackConstraintSet.Builder<?> sb = MediaTrackConstraintSet.builder();
            copyApplicable(set, trackKind, sb);
            b.advanced(sb.build());
        }
        return b.build();
    }

    private static void copyApplicable(MediaTrackConstraintSet from, String kind, MediaTrackConstraintSet.Builder<?> to) {
        from.members().forEach((p, c) -> {
            if (p.appliesTo().to(kind)) {
                to.set(p, c);
            }
        });
    }
}
