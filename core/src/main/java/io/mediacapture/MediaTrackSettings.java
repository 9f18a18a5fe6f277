package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * IDL dictionary {@code MediaTrackSettings}: the current value of each constrainable property of a track
 * (only those the track has). Immutable.
 */
public final class MediaTrackSettings {
    private static final MediaTrackSettings EMPTY = new MediaTrackSettings(new EnumMap<>(ConstrainableProperty.class));

    private final Map<ConstrainableProperty, Object> values;

    private MediaTrackSettings(EnumMap<ConstrainableProperty, Object> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public static MediaTrackSettings empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        return b;
    }

    public OptionalLong width() {
        return ulong(ConstrainableProperty.WIDTH);
    }

    public OptionalLong height() {
        return ulong(ConstrainableProperty.HEIGHT);
    }

    public OptionalDouble aspectRatio() {
        return dbl(ConstrainableProperty.ASPECT_RATIO);
    }

    public OptionalDouble frameRate() {
        return dbl(ConstrainableProperty.FRAME_RATE);
    }

    public Optional<String> facingMode() {
        return str(ConstrainableProperty.FACING_MODE);
    }

    public Optional<String> resizeMode() {
        return str(ConstrainableProperty.RESIZE_MODE);
    }

    public OptionalLong sampleRate() {
        return ulong(ConstrainableProperty.SAMPLE_RATE);
    }

    public OptionalLong sampleSize() {
        return ulong(ConstrainableProperty.SAMPLE_SIZE);
    }

    /** A {@link Boolean}, or a {@link String} such as "all" or "remote-only". */
    public Optional<Object> echoCancellation() {
        return get(ConstrainableProperty.ECHO_CANCELLATION);
    }

    public Optional<Boolean> autoGainControl() {
        return bool(ConstrainableProperty.AUTO_GAIN_CONTROL);
    }

    public Optional<Boolean> noiseSuppression() {
        return bool(ConstrainableProperty.NOISE_SUPPRESSION);
    }

    public OptionalDouble latency() {
        return dbl(ConstrainableProperty.LATENCY);
    }

    public OptionalLong channelCount() {
        return ulong(ConstrainableProperty.CHANNEL_COUNT);
    }

    public Optional<String> deviceId() {
        return str(ConstrainableProperty.DEVICE_ID);
    }

    public Optional<String> groupId() {
        return str(ConstrainableProperty.GROUP_ID);
    }

    public Optional<Boolean> backgroundBlur() {
        return bool(ConstrainableProperty.BACKGROUND_BLUR);
    }

    /** Media Capture Extensions. */
    public Optional<Boolean> voiceIsolation() {
        return bool(ConstrainableProperty.VOICE_ISOLATION);
    }

    // MediaStream Image Capture: the camera controls the device has.
    public Optional<String> whiteBalanceMode() {
        return str(ConstrainableProperty.WHITE_BALANCE_MODE);
    }

    public Optional<String> exposureMode() {
        return str(ConstrainableProperty.EXPOSURE_MODE);
    }

    public Optional<String> focusMode() {
        return str(ConstrainableProperty.FOCUS_MODE);
    }

    public OptionalDouble exposureCompensation() {
        return dbl(ConstrainableProperty.EXPOSURE_COMPENSATION);
    }

    public OptionalDouble exposureTime() {
        return dbl(ConstrainableProperty.EXPOSURE_TIME);
    }

    public OptionalDouble colorTemperature() {
        return dbl(ConstrainableProperty.COLOR_TEMPERATURE);
    }

    public OptionalDouble iso() {
        return dbl(ConstrainableProperty.ISO);
    }

    public OptionalDouble brightness() {
        return dbl(ConstrainableProperty.BRIGHTNESS);
    }

    public OptionalDouble contrast() {
        return dbl(ConstrainableProperty.CONTRAST);
    }

    public OptionalDouble saturation() {
        return dbl(ConstrainableProperty.SATURATION);
    }

    public OptionalDouble sharpness() {
        return dbl(ConstrainableProperty.SHARPNESS);
    }

    public OptionalDouble focusDistance() {
        return dbl(ConstrainableProperty.FOCUS_DISTANCE);
    }

    public OptionalDouble pan() {
        return dbl(ConstrainableProperty.PAN);
    }

    public OptionalDouble tilt() {
        return dbl(ConstrainableProperty.TILT);
    }

    public OptionalDouble zoom() {
        return dbl(ConstrainableProperty.ZOOM);
    }

    public Optional<Boolean> torch() {
        return bool(ConstrainableProperty.TORCH);
    }

    /**
     * The setting of {@code property}: a {@link Long} (unsigned long), {@link Double}, {@link Boolean} or
     * {@link String}, or empty when the track has no such setting.
     */
    public Optional<Object> get(ConstrainableProperty property) {
        return Optional.ofNullable(values.get(property));
    }

    /** Whether the track has a setting for {@code property}. */
    public boolean has(ConstrainableProperty property) {
        return values.containsKey(property);
    }

    /** All settings, in IDL order. */
    public Map<ConstrainableProperty, Object> values() {
        return values;
    }

    private OptionalLong ulong(ConstrainableProperty p) {
        Object v = values.get(p);
        return v == null ? OptionalLong.empty() : OptionalLong.of((Long) v);
    }

    private OptionalDouble dbl(ConstrainableProperty p) {
        Object v = values.get(p);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of((Double) v);
    }

    private Optional<String> str(ConstrainableProperty p) {
        return Optional.ofNullable((String) values.get(p));
    }

    private Optional<Boolean> bool(ConstrainableProperty p) {
        return Optional.ofNullable((Boolean) values.get(p));
    }

    /** What an ended track reports: only deviceId, groupId and facingMode (those present). */
    public MediaTrackSettings onlyIdentity() {
        EnumMap<ConstrainableProperty, Object> m = new EnumMap<>(ConstrainableProperty.class);
        for (ConstrainableProperty p : new ConstrainableProperty[] {
                ConstrainableProperty.DEVICE_ID, ConstrainableProperty.GROUP_ID, ConstrainableProperty.FACING_MODE}) {
            Object v = values.get(p);
            if (v != null) {
                m.put(p, v);
            }
        }
        return new MediaTrackSettings(m);
    }

    /**
     * WebIDL conversion from a map; unknown keys and null values are ignored.
     *
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static MediaTrackSettings fromMap(Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        Builder b = new Builder();
        for (ConstrainableProperty p : ConstrainableProperty.values()) {
            Object v = m.get(p.toString());
            if (v != null) {
                String member = p.toString();
                b.values.put(p, switch (p.type()) {
                    case ULONG -> WebIdl.toULong(member, v);
                    case DOUBLE -> WebIdl.toDouble(member, v);
                    case BOOLEAN -> WebIdl.toBoolean(member, v);
                    case STRING -> WebIdl.toDOMString(member, v);
                    case BOOLEAN_OR_STRING -> WebIdl.toBooleanOrDOMString(member, v);
                });
            }
        }
        return b.build();
    }

    /** The settings as a map in IDL order: unsigned longs as Long, doubles as Double. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((p, v) -> m.put(p.toString(), v));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaTrackSettings s && values.equals(s.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Builds {@link MediaTrackSettings}; a null argument removes the setting. */
    public static final class Builder {
        private final EnumMap<ConstrainableProperty, Object> values = new EnumMap<>(ConstrainableProperty.class);

        Builder() {
        }

        private Builder put(ConstrainableProperty p, Object v) {
            if (v == null) {
                values.remove(p);
            } else {
                values.put(p, v);
            }
            return this;
        }

        private static Long ulong(String member, long v) {
            if (v < 0 || v > WebIdl.MAX_ULONG) {
                throw new IllegalArgumentException(member + ": " + v + " is outside the unsigned long range");
            }
            return v;
        }

        private static Double dbl(String member, double v) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(member + ": " + v + " is not a finite double");
            }
            return v;
        }

        public Builder width(long v) {
            return put(ConstrainableProperty.WIDTH, ulong("width", v));
        }

        public Builder height(long v) {
            return put(ConstrainableProperty.HEIGHT, ulong("height", v));
        }

        public Builder aspectRatio(double v) {
            return put(ConstrainableProperty.ASPECT_RATIO, dbl("aspectRatio", v));
        }

        public Builder frameRate(double v) {
            return put(ConstrainableProperty.FRAME_RATE, dbl("frameRate", v));
        }

        public Builder facingMode(String v) {
            return put(ConstrainableProperty.FACING_MODE, v);
        }

        public Builder resizeMode(String v) {
            return put(ConstrainableProperty.RESIZE_MODE, v);
        }

        public Builder sampleRate(long v) {
            return put(ConstrainableProperty.SAMPLE_RATE, ulong("sampleRate", v));
        }

        public Builder sampleSize(long v) {
            return put(ConstrainableProperty.SAMPLE_SIZE, ulong("sampleSize", v));
        }

        public Builder echoCancellation(boolean v) {
            return put(ConstrainableProperty.ECHO_CANCELLATION, v);
        }

        /** A string value such as "all" or "remote-only". */
        public Builder echoCancellation(String v) {
            return put(ConstrainableProperty.ECHO_CANCELLATION, v);
        }

        public Builder autoGainControl(boolean v) {
            return put(ConstrainableProperty.AUTO_GAIN_CONTROL, v);
        }

        public Builder noiseSuppression(boolean v) {
            return put(ConstrainableProperty.NOISE_SUPPRESSION, v);
        }

        public Builder latency(double v) {
            return put(ConstrainableProperty.LATENCY, dbl("latency", v));
        }

        public Builder channelCount(long v) {
            return put(ConstrainableProperty.CHANNEL_COUNT, ulong("channelCount", v));
        }

        public Builder deviceId(String v) {
            return put(ConstrainableProperty.DEVICE_ID, v);
        }

        public Builder groupId(String v) {
            return put(ConstrainableProperty.GROUP_ID, v);
        }

        public Builder backgroundBlur(boolean v) {
            return put(ConstrainableProperty.BACKGROUND_BLUR, v);
        }

        public Builder voiceIsolation(boolean v) {
            return put(ConstrainableProperty.VOICE_ISOLATION, v);
        }

        public Builder whiteBalanceMode(String v) {
            return put(ConstrainableProperty.WHITE_BALANCE_MODE, v);
        }

        public Builder exposureMode(String v) {
            return put(ConstrainableProperty.EXPOSURE_MODE, v);
        }

        public Builder focusMode(String v) {
            return put(ConstrainableProperty.FOCUS_MODE, v);
        }

        public Builder exposureCompensation(double v) {
            return put(ConstrainableProperty.EXPOSURE_COMPENSATION, dbl("exposureCompensation", v));
        }

        public Builder exposureTime(double v) {
            return put(ConstrainableProperty.EXPOSURE_TIME, dbl("exposureTime", v));
        }

        public Builder colorTemperature(double v) {
            return put(ConstrainableProperty.COLOR_TEMPERATURE, dbl("colorTemperature", v));
        }

        public Builder iso(double v) {
            return put(ConstrainableProperty.ISO, dbl("iso", v));
        }

        public Builder brightness(double v) {
            return put(ConstrainableProperty.BRIGHTNESS, dbl("brightness", v));
        }

        public Builder contrast(double v) {
            return put(ConstrainableProperty.CONTRAST, dbl("contrast", v));
        }

        public Builder saturation(double v) {
            return put(ConstrainableProperty.SATURATION, dbl("saturation", v));
        }

        public Builder sharpness(double v) {
            return put(ConstrainableProperty.SHARPNESS, dbl("sharpness", v));
        }

        public Builder focusDistance(double v) {
            return put(ConstrainableProperty.FOCUS_DISTANCE, dbl("focusDistance", v));
        }

        public Builder pan(double v) {
            return put(ConstrainableProperty.PAN, dbl("pan", v));
        }

        public Builder tilt(double v) {
            return put(ConstrainableProperty.TILT, dbl("tilt", v));
        }

        public Builder zoom(double v) {
            return put(ConstrainableProperty.ZOOM, dbl("zoom", v));
        }

        public Builder torch(boolean v) {
            return put(ConstrainableProperty.TORCH, v);
        }

        /**
         * Sets a setting generically.
         *
         * @param value Long/Integer (unsigned long), Number (double), Boolean or String per the property
         * @throws IllegalArgumentException when the value's type does not fit the property
         */
        public Builder set(ConstrainableProperty property, Object value) {
            Objects.requireNonNull(property, "property");
            if (value == null) {
                return put(property, null);
            }
            String member = property.toString();
            return put(property, switch (property.type()) {
                case ULONG -> WebIdl.toULong(member, value);
                case DOUBLE -> WebIdl.toDouble(member, value);
                case BOOLEAN -> WebIdl.toBoolean(member, value);
                case STRING -> WebIdl.toDOMString(member, value);
                case BOOLEAN_OR_STRING -> WebIdl.toBooleanOrDOMString(member, value);
            });
        }

        public MediaTrackSettings build() {
            return values.isEmpty() ? EMPTY : new MediaTrackSettings(values);
        }
    }
}
