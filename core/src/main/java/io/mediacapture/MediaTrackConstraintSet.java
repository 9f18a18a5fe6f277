package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * IDL dictionary {@code MediaTrackConstraintSet}: one constraint per constrainable property, each optional.
 * Immutable. Build one with {@link #builder()} or convert a map with {@link #fromMap(Map)}.
 *
 * <p>Whether a bare value is ideal or exact depends on where the set is used: ideal in the basic set of a
 * {@link MediaTrackConstraints}, exact in one of its {@link MediaTrackConstraints#advanced() advanced} sets.
 */
public sealed class MediaTrackConstraintSet permits MediaTrackConstraints {
    private static final MediaTrackConstraintSet EMPTY = new MediaTrackConstraintSet(
            new EnumMap<>(ConstrainableProperty.class));

    private final Map<ConstrainableProperty, Constraint> members;

    MediaTrackConstraintSet(EnumMap<ConstrainableProperty, Constraint> members) {
        this.members = Collections.unmodifiableMap(new EnumMap<>(members));
    }

    public static MediaTrackConstraintSet empty() {
        return EMPTY;
    }

    /** A builder of a plain constraint set (use {@link MediaTrackConstraints#builder()} for one with advanced). */
    public static Builder<?> builder() {
        return new SetBuilder();
    }

    public Optional<ConstrainULong> width() {
        return typed(ConstrainableProperty.WIDTH, ConstrainULong.class);
    }

    public Optional<ConstrainULong> height() {
        return typed(ConstrainableProperty.HEIGHT, ConstrainULong.class);
    }

    public Optional<ConstrainDouble> aspectRatio() {
        return typed(ConstrainableProperty.ASPECT_RATIO, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> frameRate() {
        return typed(ConstrainableProperty.FRAME_RATE, ConstrainDouble.class);
    }

    public Optional<ConstrainDOMString> facingMode() {
        return typed(ConstrainableProperty.FACING_MODE, ConstrainDOMString.class);
    }

    public Optional<ConstrainDOMString> resizeMode() {
        return typed(ConstrainableProperty.RESIZE_MODE, ConstrainDOMString.class);
    }

    public Optional<ConstrainULong> sampleRate() {
        return typed(ConstrainableProperty.SAMPLE_RATE, ConstrainULong.class);
    }

    public Optional<ConstrainULong> sampleSize() {
        return typed(ConstrainableProperty.SAMPLE_SIZE, ConstrainULong.class);
    }

    public Optional<ConstrainBooleanOrDOMString> echoCancellation() {
        return typed(ConstrainableProperty.ECHO_CANCELLATION, ConstrainBooleanOrDOMString.class);
    }

    public Optional<ConstrainBoolean> autoGainControl() {
        return typed(ConstrainableProperty.AUTO_GAIN_CONTROL, ConstrainBoolean.class);
    }

    public Optional<ConstrainBoolean> noiseSuppression() {
        return typed(ConstrainableProperty.NOISE_SUPPRESSION, ConstrainBoolean.class);
    }

    public Optional<ConstrainDouble> latency() {
        return typed(ConstrainableProperty.LATENCY, ConstrainDouble.class);
    }

    public Optional<ConstrainULong> channelCount() {
        return typed(ConstrainableProperty.CHANNEL_COUNT, ConstrainULong.class);
    }

    public Optional<ConstrainDOMString> deviceId() {
        return typed(ConstrainableProperty.DEVICE_ID, ConstrainDOMString.class);
    }

    public Optional<ConstrainDOMString> groupId() {
        return typed(ConstrainableProperty.GROUP_ID, ConstrainDOMString.class);
    }

    public Optional<ConstrainBoolean> backgroundBlur() {
        return typed(ConstrainableProperty.BACKGROUND_BLUR, ConstrainBoolean.class);
    }

    /** Media Capture Extensions. */
    public Optional<ConstrainBoolean> voiceIsolation() {
        return typed(ConstrainableProperty.VOICE_ISOLATION, ConstrainBoolean.class);
    }

    // MediaStream Image Capture: camera controls.
    public Optional<ConstrainDOMString> whiteBalanceMode() {
        return typed(ConstrainableProperty.WHITE_BALANCE_MODE, ConstrainDOMString.class);
    }

    public Optional<ConstrainDOMString> exposureMode() {
        return typed(ConstrainableProperty.EXPOSURE_MODE, ConstrainDOMString.class);
    }

    public Optional<ConstrainDOMString> focusMode() {
        return typed(ConstrainableProperty.FOCUS_MODE, ConstrainDOMString.class);
    }

    public Optional<ConstrainDouble> exposureCompensation() {
        return typed(ConstrainableProperty.EXPOSURE_COMPENSATION, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> exposureTime() {
        return typed(ConstrainableProperty.EXPOSURE_TIME, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> colorTemperature() {
        return typed(ConstrainableProperty.COLOR_TEMPERATURE, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> iso() {
        return typed(ConstrainableProperty.ISO, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> brightness() {
        return typed(ConstrainableProperty.BRIGHTNESS, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> contrast() {
        return typed(ConstrainableProperty.CONTRAST, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> saturation() {
        return typed(ConstrainableProperty.SATURATION, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> sharpness() {
        return typed(ConstrainableProperty.SHARPNESS, ConstrainDouble.class);
    }

    public Optional<ConstrainDouble> focusDistance() {
        return typed(ConstrainableProperty.FOCUS_DISTANCE, ConstrainDouble.class);
    }

    /** A bare boolean or a ConstrainDouble (MediaStream Image Capture: {@code (boolean or ConstrainDouble)}). */
    public Optional<ConstrainBooleanOrDouble> pan() {
        return typed(ConstrainableProperty.PAN, ConstrainBooleanOrDouble.class);
    }

    /** A bare boolean or a ConstrainDouble (MediaStream Image Capture: {@code (boolean or ConstrainDouble)}). */
    public Optional<ConstrainBooleanOrDouble> tilt() {
        return typed(ConstrainableProperty.TILT, ConstrainBooleanOrDouble.class);
    }

    /** A bare boolean or a ConstrainDouble (MediaStream Image Capture: {@code (boolean or ConstrainDouble)}). */
    public Optional<ConstrainBooleanOrDouble> zoom() {
        return typed(ConstrainableProperty.ZOOM, ConstrainBooleanOrDouble.class);
    }

    public Optional<ConstrainBoolean> torch() {
        return typed(ConstrainableProperty.TORCH, ConstrainBoolean.class);
    }

    private <T extends Constraint> Optional<T> typed(ConstrainableProperty p, Class<T> type) {
        return Optional.ofNullable(type.cast(members.get(p)));
    }

    /** The constraint on {@code property}, if any. */
    public Optional<Constraint> get(ConstrainableProperty property) {
        return Optional.ofNullable(members.get(property));
    }

    /** The constraint on the property with this IDL name, if any (empty for an unknown name). */
    public Optional<Constraint> get(String name) {
        return ConstrainableProperty.byName(name).flatMap(this::get);
    }

    /** The properties this set constrains, in IDL order. */
    public Set<ConstrainableProperty> properties() {
        return members.keySet();
    }

    /** The members as an unmodifiable map in IDL order. */
    public Map<ConstrainableProperty, Constraint> members() {
        return members;
    }

    /** Whether no property is constrained (ignoring the {@code advanced} member of a subclass). */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /**
     * WebIDL conversion from a map such as {@code {width: {min: 640}, facingMode: "user"}}. Unknown keys and
     * null values are ignored.
     *
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static MediaTrackConstraintSet fromMap(Map<String, ?> map) {
        return new MediaTrackConstraintSet(readMembers("", WebIdl.orEmpty(map)));
    }

    static EnumMap<ConstrainableProperty, Constraint> readMembers(String prefix, Map<String, ?> map) {
        EnumMap<ConstrainableProperty, Constraint> out = new EnumMap<>(ConstrainableProperty.class);
        for (ConstrainableProperty p : ConstrainableProperty.values()) {
            Object v = map.get(p.toString());
            if (v != null) {
                out.put(p, convert(prefix + p, p, v));
            }
        }
        return out;
    }

    private static Constraint convert(String member, ConstrainableProperty p, Object v) {
        if (p.isPanTiltZoom()) {
            return ConstrainBooleanOrDouble.fromMapValue(member, v);
        }
        return switch (p.type()) {
            case ULONG -> ConstrainULong.fromMapValue(member, v);
            case DOUBLE -> ConstrainDouble.fromMapValue(member, v);
            case BOOLEAN -> ConstrainBoolean.fromMapValue(member, v);
            case STRING -> ConstrainDOMString.fromMapValue(member, v);
            case BOOLEAN_OR_STRING -> ConstrainBooleanOrDOMString.fromMapValue(member, v);
        };
    }

    /** The set as a map, members in IDL order; bare values stay bare. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        members.forEach((p, c) -> m.put(p.toString(), c.toMapValue()));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && members.equals(((MediaTrackConstraintSet) o).members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    private static final class SetBuilder extends Builder<SetBuilder> {
        @Override
        public MediaTrackConstraintSet build() {
            return members.isEmpty() ? EMPTY : new MediaTrackConstraintSet(members);
        }
    }

    /**
     * Sets constraints one property at a time; a bare {@code long}/{@code double}/{@code boolean}/
     * {@code String} argument makes a bare value.
     *
     * @param <B> the concrete builder type, so that calls chain
     */
    public abstract static sealed class Builder<B extends Builder<B>> permits SetBuilder, MediaTrackConstraints.Builder {
        final EnumMap<ConstrainableProperty, Constraint> members = new EnumMap<>(ConstrainableProperty.class);

        Builder() {
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        public abstract MediaTrackConstraintSet build();

        /**
         * Sets the constraint on {@code property}; null removes it. For pan, tilt and zoom a
         * {@link ConstrainDouble} is taken as the {@link ConstrainBooleanOrDouble} that holds it.
         *
         * @throws IllegalArgumentException when the constraint's type is not the property's
         */
        public B set(ConstrainableProperty property, Constraint constraint) {
            Objects.requireNonNull(property, "property");
            if (constraint == null) {
                members.remove(property);
                return self();
            }
            if (property.isPanTiltZoom() && constraint instanceof ConstrainDouble d) {
                constraint = ConstrainBooleanOrDouble.of(d);
            }
            Class<?> expected = property.isPanTiltZoom() ? ConstrainBooleanOrDouble.class : switch (property.type()) {
                case ULONG -> ConstrainULong.class;
                case DOUBLE -> ConstrainDouble.class;
                case BOOLEAN -> ConstrainBoolean.class;
                case STRING -> ConstrainDOMString.class;
                case BOOLEAN_OR_STRING -> ConstrainBooleanOrDOMString.class;
            };
            if (!expected.isInstance(constraint)) {
                throw new IllegalArgumentException(property + ": expected a " + expected.getSimpleName() + ", got "
                        + constraint.getClass().getSimpleName());
            }
            members.put(property, constraint);
            return self();
        }

        /** Copies every member of {@code set} (not its advanced sets). */
        public B setAll(MediaTrackConstraintSet set) {
            members.putAll(set.members);
            return self();
        }

        public B width(long v) {
            return set(ConstrainableProperty.WIDTH, ConstrainULong.of(v));
        }

        public B width(ConstrainULong c) {
            return set(ConstrainableProperty.WIDTH, c);
        }

        public B height(long v) {
            return set(ConstrainableProperty.HEIGHT, ConstrainULong.of(v));
        }

        public B height(ConstrainULong c) {
            return set(ConstrainableProperty.HEIGHT, c);
        }

        public B aspectRatio(double v) {
            return set(ConstrainableProperty.ASPECT_RATIO, ConstrainDouble.of(v));
        }

        public B aspectRatio(ConstrainDouble c) {
            return set(ConstrainableProperty.ASPECT_RATIO, c);
        }

        public B frameRate(double v) {
            return set(ConstrainableProperty.FRAME_RATE, ConstrainDouble.of(v));
        }

        public B frameRate(ConstrainDouble c) {
            return set(ConstrainableProperty.FRAME_RATE, c);
        }

        public B facingMode(String... v) {
            return set(ConstrainableProperty.FACING_MODE, ConstrainDOMString.of(v));
        }

        public B facingMode(ConstrainDOMString c) {
            return set(ConstrainableProperty.FACING_MODE, c);
        }

        public B resizeMode(String... v) {
            return set(ConstrainableProperty.RESIZE_MODE, ConstrainDOMString.of(v));
        }

        public B resizeMode(ConstrainDOMString c) {
            return set(ConstrainableProperty.RESIZE_MODE, c);
        }

        public B sampleRate(long v) {
            return set(ConstrainableProperty.SAMPLE_RATE, ConstrainULong.of(v));
        }

        public B sampleRate(ConstrainULong c) {
            return set(ConstrainableProperty.SAMPLE_RATE, c);
        }

        public B sampleSize(long v) {
            return set(ConstrainableProperty.SAMPLE_SIZE, ConstrainULong.of(v));
        }

        public B sampleSize(ConstrainULong c) {
            return set(ConstrainableProperty.SAMPLE_SIZE, c);
        }

        public B echoCancellation(boolean v) {
            return set(ConstrainableProperty.ECHO_CANCELLATION, ConstrainBooleanOrDOMString.of(v));
        }

        /** A bare string value such as "all" or "remote-only". */
        public B echoCancellation(String v) {
            return set(ConstrainableProperty.ECHO_CANCELLATION, ConstrainBooleanOrDOMString.of(v));
        }

        public B echoCancellation(ConstrainBooleanOrDOMString c) {
            return set(ConstrainableProperty.ECHO_CANCELLATION, c);
        }

        public B autoGainControl(boolean v) {
            return set(ConstrainableProperty.AUTO_GAIN_CONTROL, ConstrainBoolean.of(v));
        }

        public B autoGainControl(ConstrainBoolean c) {
            return set(ConstrainableProperty.AUTO_GAIN_CONTROL, c);
        }

        public B noiseSuppression(boolean v) {
            return set(ConstrainableProperty.NOISE_SUPPRESSION, ConstrainBoolean.of(v));
        }

        public B noiseSuppression(ConstrainBoolean c) {
            return set(ConstrainableProperty.NOISE_SUPPRESSION, c);
        }

        public B latency(double v) {
            return set(ConstrainableProperty.LATENCY, ConstrainDouble.of(v));
        }

        public B latency(ConstrainDouble c) {
            return set(ConstrainableProperty.LATENCY, c);
        }

        public B channelCount(long v) {
            return set(ConstrainableProperty.CHANNEL_COUNT, ConstrainULong.of(v));
        }

        public B channelCount(ConstrainULong c) {
            return set(ConstrainableProperty.CHANNEL_COUNT, c);
        }

        public B deviceId(String... v) {
            return set(ConstrainableProperty.DEVICE_ID, ConstrainDOMString.of(v));
        }

        public B deviceId(ConstrainDOMString c) {
            return set(ConstrainableProperty.DEVICE_ID, c);
        }

        public B groupId(String... v) {
            return set(ConstrainableProperty.GROUP_ID, ConstrainDOMString.of(v));
        }

        public B groupId(ConstrainDOMString c) {
            return set(ConstrainableProperty.GROUP_ID, c);
        }

        public B backgroundBlur(boolean v) {
            return set(ConstrainableProperty.BACKGROUND_BLUR, ConstrainBoolean.of(v));
        }

        public B backgroundBlur(ConstrainBoolean c) {
            return set(ConstrainableProperty.BACKGROUND_BLUR, c);
        }

        public B voiceIsolation(boolean v) {
            return set(ConstrainableProperty.VOICE_ISOLATION, ConstrainBoolean.of(v));
        }

        public B voiceIsolation(ConstrainBoolean c) {
            return set(ConstrainableProperty.VOICE_ISOLATION, c);
        }

        // MediaStream Image Capture: camera controls.
        public B whiteBalanceMode(String... v) {
            return set(ConstrainableProperty.WHITE_BALANCE_MODE, ConstrainDOMString.of(v));
        }

        public B whiteBalanceMode(ConstrainDOMString c) {
            return set(ConstrainableProperty.WHITE_BALANCE_MODE, c);
        }

        public B exposureMode(String... v) {
            return set(ConstrainableProperty.EXPOSURE_MODE, ConstrainDOMString.of(v));
        }

        public B exposureMode(ConstrainDOMString c) {
            return set(ConstrainableProperty.EXPOSURE_MODE, c);
        }

        public B focusMode(String... v) {
            return set(ConstrainableProperty.FOCUS_MODE, ConstrainDOMString.of(v));
        }

        public B focusMode(ConstrainDOMString c) {
            return set(ConstrainableProperty.FOCUS_MODE, c);
        }

        public B exposureCompensation(double v) {
            return set(ConstrainableProperty.EXPOSURE_COMPENSATION, ConstrainDouble.of(v));
        }

        public B exposureCompensation(ConstrainDouble c) {
            return set(ConstrainableProperty.EXPOSURE_COMPENSATION, c);
        }

        public B exposureTime(double v) {
            return set(ConstrainableProperty.EXPOSURE_TIME, ConstrainDouble.of(v));
        }

        public B exposureTime(ConstrainDouble c) {
            return set(ConstrainableProperty.EXPOSURE_TIME, c);
        }

        public B colorTemperature(double v) {
            return set(ConstrainableProperty.COLOR_TEMPERATURE, ConstrainDouble.of(v));
        }

        public B colorTemperature(ConstrainDouble c) {
            return set(ConstrainableProperty.COLOR_TEMPERATURE, c);
        }

        public B iso(double v) {
            return set(ConstrainableProperty.ISO, ConstrainDouble.of(v));
        }

        public B iso(ConstrainDouble c) {
            return set(ConstrainableProperty.ISO, c);
        }

        public B brightness(double v) {
            return set(ConstrainableProperty.BRIGHTNESS, ConstrainDouble.of(v));
        }

        public B brightness(ConstrainDouble c) {
            return set(ConstrainableProperty.BRIGHTNESS, c);
        }

        public B contrast(double v) {
            return set(ConstrainableProperty.CONTRAST, ConstrainDouble.of(v));
        }

        public B contrast(ConstrainDouble c) {
            return set(ConstrainableProperty.CONTRAST, c);
        }

        public B saturation(double v) {
            return set(ConstrainableProperty.SATURATION, ConstrainDouble.of(v));
        }

        public B saturation(ConstrainDouble c) {
            return set(ConstrainableProperty.SATURATION, c);
        }

        public B sharpness(double v) {
            return set(ConstrainableProperty.SHARPNESS, ConstrainDouble.of(v));
        }

        public B sharpness(ConstrainDouble c) {
            return set(ConstrainableProperty.SHARPNESS, c);
        }

        public B focusDistance(double v) {
            return set(ConstrainableProperty.FOCUS_DISTANCE, ConstrainDouble.of(v));
        }

        public B focusDistance(ConstrainDouble c) {
            return set(ConstrainableProperty.FOCUS_DISTANCE, c);
        }

        public B pan(double v) {
            return set(ConstrainableProperty.PAN, ConstrainBooleanOrDouble.of(v));
        }

        public B pan(ConstrainDouble c) {
            return set(ConstrainableProperty.PAN, c == null ? null : ConstrainBooleanOrDouble.of(c));
        }

        /** {@code true}: a camera that can pan (and the pan-tilt-zoom permission); {@code false}: one that cannot. */
        public B pan(boolean v) {
            return set(ConstrainableProperty.PAN, ConstrainBooleanOrDouble.of(v));
        }

        public B pan(ConstrainBooleanOrDouble c) {
            return set(ConstrainableProperty.PAN, c);
        }

        public B tilt(double v) {
            return set(ConstrainableProperty.TILT, ConstrainBooleanOrDouble.of(v));
        }

        public B tilt(ConstrainDouble c) {
            return set(ConstrainableProperty.TILT, c == null ? null : ConstrainBooleanOrDouble.of(c));
        }

        /** {@code true}: a camera that can tilt (and the pan-tilt-zoom permission); {@code false}: one that cannot. */
        public B tilt(boolean v) {
            return set(ConstrainableProperty.TILT, ConstrainBooleanOrDouble.of(v));
        }

        public B tilt(ConstrainBooleanOrDouble c) {
            return set(ConstrainableProperty.TILT, c);
        }

        public B zoom(double v) {
            return set(ConstrainableProperty.ZOOM, ConstrainBooleanOrDouble.of(v));
        }

        public B zoom(ConstrainDouble c) {
            return set(ConstrainableProperty.ZOOM, c == null ? null : ConstrainBooleanOrDouble.of(c));
        }

        /** {@code true}: a camera that can zoom (and the pan-tilt-zoom permission); {@code false}: one that cannot. */
        public B zoom(boolean v) {
            return set(ConstrainableProperty.ZOOM, ConstrainBooleanOrDouble.of(v));
        }

        public B zoom(ConstrainBooleanOrDouble c) {
            return set(ConstrainableProperty.ZOOM, c);
        }

        public B torch(boolean v) {
            return set(ConstrainableProperty.TORCH, ConstrainBoolean.of(v));
        }

        public B torch(ConstrainBoolean c) {
            return set(ConstrainableProperty.TORCH, c);
        }
    }
}
