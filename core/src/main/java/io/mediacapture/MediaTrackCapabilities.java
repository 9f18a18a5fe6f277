package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * IDL dictionary {@code MediaTrackCapabilities}: the range or list of values each constrainable property
 * of a source can take. Immutable. List-valued members read as an empty list when absent.
 */
public final class MediaTrackCapabilities {
    private static final MediaTrackCapabilities EMPTY =
            new MediaTrackCapabilities(new EnumMap<>(ConstrainableProperty.class));

    private final Map<ConstrainableProperty, Object> values;

    private MediaTrackCapabilities(EnumMap<ConstrainableProperty, Object> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public static MediaTrackCapabilities empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<ULongRange> width() {
        return Optional.ofNullable((ULongRange) values.get(ConstrainableProperty.WIDTH));
    }

    public Optional<ULongRange> height() {
        return Optional.ofNullable((ULongRange) values.get(ConstrainableProperty.HEIGHT));
    }

    public Optional<DoubleRange> aspectRatio() {
        return Optional.ofNullable((DoubleRange) values.get(ConstrainableProperty.ASPECT_RATIO));
    }

    public Optional<DoubleRange> frameRate() {
        return Optional.ofNullable((DoubleRange) values.get(ConstrainableProperty.FRAME_RATE));
    }

    public List<String> facingMode() {
        return list(ConstrainableProperty.FACING_MODE);
    }

    public List<String> resizeMode() {
        return list(ConstrainableProperty.RESIZE_MODE);
    }

    public Optional<ULongRange> sampleRate() {
        return Optional.ofNullable((ULongRange) values.get(ConstrainableProperty.SAMPLE_RATE));
    }

    public Optional<ULongRange> sampleSize() {
        return Optional.ofNullable((ULongRange) values.get(ConstrainableProperty.SAMPLE_SIZE));
    }

    /** Booleans first, then any of "all"/"remote-only" the source can be asked for. */
    public List<Object> echoCancellation() {
        return list(ConstrainableProperty.ECHO_CANCELLATION);
    }

    public List<Boolean> autoGainControl() {
        return list(ConstrainableProperty.AUTO_GAIN_CONTROL);
    }

    public List<Boolean> noiseSuppression() {
        return list(ConstrainableProperty.NOISE_SUPPRESSION);
    }

    public Optional<DoubleRange> latency() {
        return Optional.ofNullable((DoubleRange) values.get(ConstrainableProperty.LATENCY));
    }

    public Optional<ULongRange> channelCount() {
        return Optional.ofNullable((ULongRange) values.get(ConstrainableProperty.CHANNEL_COUNT));
    }

    public Optional<String> deviceId() {
        return Optional.ofNullable((String) values.get(ConstrainableProperty.DEVICE_ID));
    }

    public Optional<String> groupId() {
        return Optional.ofNullable((String) values.get(ConstrainableProperty.GROUP_ID));
    }

    public List<Boolean> backgroundBlur() {
        return list(ConstrainableProperty.BACKGROUND_BLUR);
    }

    /** Media Capture Extensions: whether the source can isolate the voice ([false] when it cannot). */
    public List<Boolean> voiceIsolation() {
        return list(ConstrainableProperty.VOICE_ISOLATION);
    }

    /** Image Capture: the whiteBalanceMode values the camera offers ("manual", "single-shot", "continuous"...). */
    public List<String> whiteBalanceMode() {
        return list(ConstrainableProperty.WHITE_BALANCE_MODE);
    }

    /** Image Capture: the exposureMode values the camera offers ("manual", "single-shot", "continuous"...). */
    public List<String> exposureMode() {
        return list(ConstrainableProperty.EXPOSURE_MODE);
    }

    /** Image Capture: the focusMode values the camera offers ("manual", "single-shot", "continuous"...). */
    public List<String> focusMode() {
        return list(ConstrainableProperty.FOCUS_MODE);
    }

    /** Image Capture: the exposureCompensation range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> exposureCompensation() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.EXPOSURE_COMPENSATION));
    }

    /** Image Capture: the exposureTime range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> exposureTime() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.EXPOSURE_TIME));
    }

    /** Image Capture: the colorTemperature range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> colorTemperature() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.COLOR_TEMPERATURE));
    }

    /** Image Capture: the iso range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> iso() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.ISO));
    }

    /** Image Capture: the brightness range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> brightness() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.BRIGHTNESS));
    }

    /** Image Capture: the contrast range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> contrast() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.CONTRAST));
    }

    /** Image Capture: the saturation range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> saturation() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.SATURATION));
    }

    /** Image Capture: the sharpness range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> sharpness() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.SHARPNESS));
    }

    /** Image Capture: the focusDistance range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> focusDistance() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.FOCUS_DISTANCE));
    }

    /** Image Capture: the pan range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> pan() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.PAN));
    }

    /** Image Capture: the tilt range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> tilt() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.TILT));
    }

    /** Image Capture: the zoom range of the camera, if it has that control. */
    public Optional<MediaSettingsRange> zoom() {
        return Optional.ofNullable((MediaSettingsRange) values.get(ConstrainableProperty.ZOOM));
    }

    /** Image Capture: whether the camera has a torch (absent = no torch). */
    public Optional<Boolean> torch() {
        return Optional.ofNullable((Boolean) values.get(ConstrainableProperty.TORCH));
    }

    /**
     * The capability of {@code property}: a {@link ULongRange}, {@link DoubleRange}, {@link MediaSettingsRange},
     * {@code List}, {@link Boolean} (torch) or {@link String} per the IDL, or empty.
     */
    public Optional<Object> get(ConstrainableProperty property) {
        return Optional.ofNullable(values.get(property));
    }

    /** All capabilities, in IDL order. */
    public Map<ConstrainableProperty, Object> values() {
        return values;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(ConstrainableProperty p) {
        Object v = values.get(p);
        return v == null ? List.of() : (List<T>) v;
    }

    /**
     * WebIDL conversion from a map; unknown keys and null values are ignored.
     *
     * @throws IllegalArgumentException naming the member when a value has the wrong type
     */
    public static MediaTrackCapabilities fromMap(Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        EnumMap<ConstrainableProperty, Object> out = new EnumMap<>(ConstrainableProperty.class);
        for (ConstrainableProperty p : ConstrainableProperty.values()) {
            Object v = m.get(p.toString());
            if (v == null) {
                continue;
            }
            String member = p.toString();
            Object converted = switch (p) {
                case WIDTH, HEIGHT, SAMPLE_RATE, SAMPLE_SIZE, CHANNEL_COUNT ->
                        ULongRange.fromMap(member + ".", WebIdl.toDictionary(member, v));
                case ASPECT_RATIO, FRAME_RATE, LATENCY ->
                        DoubleRange.fromMap(member + ".", WebIdl.toDictionary(member, v));
                case FACING_MODE, RESIZE_MODE -> convertList(member, v, WebIdl::toDOMString);
                case ECHO_CANCELLATION -> convertList(member, v, WebIdl::toBooleanOrDOMString);
                case AUTO_GAIN_CONTROL, NOISE_SUPPRESSION, BACKGROUND_BLUR, VOICE_ISOLATION ->
                        convertList(member, v, WebIdl::toBoolean);
                case DEVICE_ID, GROUP_ID -> WebIdl.toDOMString(member, v);
                case WHITE_BALANCE_MODE, EXPOSURE_MODE, FOCUS_MODE -> convertList(member, v, WebIdl::toDOMString);
                case EXPOSURE_COMPENSATION, EXPOSURE_TIME, COLOR_TEMPERATURE, ISO, BRIGHTNESS, CONTRAST, SATURATION,
                        SHARPNESS, FOCUS_DISTANCE, PAN, TILT, ZOOM ->
                        MediaSettingsRange.fromMap(member + ".", WebIdl.toDictionary(member, v));
                case TORCH -> WebIdl.toBoolean(member, v);
            };
            out.put(p, converted);
        }
        return out.isEmpty() ? EMPTY : new MediaTrackCapabilities(out);
    }

    private static <T> List<T> convertList(String member, Object v, java.util.function.BiFunction<String, Object, T> f) {
        List<?> in = WebIdl.toSequence(member, v);
        List<T> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            out.add(f.apply(member + "[" + i + "]", in.get(i)));
        }
        return List.copyOf(out);
    }

    /** The capabilities as a map in IDL order: ranges as {@code {min, max}} ({@code step} too for camera controls) maps, lists as Lists. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((p, v) -> m.put(p.toString(), switch (v) {
            case ULongRange r -> r.toMap();
            case DoubleRange r -> r.toMap();
            case MediaSettingsRange r -> r.toMap();
            default -> v;
        }));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaTrackCapabilities c && values.equals(c.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Builds {@link MediaTrackCapabilities}; a null argument removes the member. */
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

        private static <T> List<T> copy(List<T> l) {
            return l == null ? null : List.copyOf(l);
        }

        public Builder width(ULongRange r) {
            return put(ConstrainableProperty.WIDTH, r);
        }

        public Builder height(ULongRange r) {
            return put(ConstrainableProperty.HEIGHT, r);
        }

        public Builder aspectRatio(DoubleRange r) {
            return put(ConstrainableProperty.ASPECT_RATIO, r);
        }

        public Builder frameRate(DoubleRange r) {
            return put(ConstrainableProperty.FRAME_RATE, r);
        }

        public Builder facingMode(List<String> l) {
            return put(ConstrainableProperty.FACING_MODE, copy(l));
        }

        public Builder resizeMode(List<String> l) {
            return put(ConstrainableProperty.RESIZE_MODE, copy(l));
        }

        public Builder sampleRate(ULongRange r) {
            return put(ConstrainableProperty.SAMPLE_RATE, r);
        }

        public Builder sampleSize(ULongRange r) {
            return put(ConstrainableProperty.SAMPLE_SIZE, r);
        }

        /** @param l Booleans, then Strings ("all", "remote-only") */
        public Builder echoCancellation(List<?> l) {
            if (l != null) {
                for (Object o : l) {
                    if (!(o instanceof Boolean) && !(o instanceof String)) {
                        throw new IllegalArgumentException("echoCancellation: expected Booleans and Strings, got "
                                + (o == null ? "null" : o.getClass().getName()));
                    }
                }
            }
            return put(ConstrainableProperty.ECHO_CANCELLATION, l == null ? null : List.<Object>copyOf(l));
        }

        public Builder autoGainControl(List<Boolean> l) {
            return put(ConstrainableProperty.AUTO_GAIN_CONTROL, copy(l));
        }

        public Builder noiseSuppression(List<Boolean> l) {
            return put(ConstrainableProperty.NOISE_SUPPRESSION, copy(l));
        }

        public Builder latency(DoubleRange r) {
            return put(ConstrainableProperty.LATENCY, r);
        }

        public Builder channelCount(ULongRange r) {
            return put(ConstrainableProperty.CHANNEL_COUNT, r);
        }

        public Builder deviceId(String s) {
            return put(ConstrainableProperty.DEVICE_ID, s);
        }

        public Builder groupId(String s) {
            return put(ConstrainableProperty.GROUP_ID, s);
        }

        public Builder backgroundBlur(List<Boolean> l) {
            return put(ConstrainableProperty.BACKGROUND_BLUR, copy(l));
        }

        public Builder voiceIsolation(List<Boolean> l) {
            return put(ConstrainableProperty.VOICE_ISOLATION, copy(l));
        }

        public Builder whiteBalanceMode(List<String> l) {
            return put(ConstrainableProperty.WHITE_BALANCE_MODE, copy(l));
        }

        public Builder exposureMode(List<String> l) {
            return put(ConstrainableProperty.EXPOSURE_MODE, copy(l));
        }

        public Builder focusMode(List<String> l) {
            return put(ConstrainableProperty.FOCUS_MODE, copy(l));
        }

        public Builder exposureCompensation(MediaSettingsRange r) {
            return put(ConstrainableProperty.EXPOSURE_COMPENSATION, r);
        }

        public Builder exposureTime(MediaSettingsRange r) {
            return put(ConstrainableProperty.EXPOSURE_TIME, r);
        }

        public Builder colorTemperature(MediaSettingsRange r) {
            return put(ConstrainableProperty.COLOR_TEMPERATURE, r);
        }

        public Builder iso(MediaSettingsRange r) {
            return put(ConstrainableProperty.ISO, r);
        }

        public Builder brightness(MediaSettingsRange r) {
            return put(ConstrainableProperty.BRIGHTNESS, r);
        }

        public Builder contrast(MediaSettingsRange r) {
            return put(ConstrainableProperty.CONTRAST, r);
        }

        public Builder saturation(MediaSettingsRange r) {
            return put(ConstrainableProperty.SATURATION, r);
        }

        public Builder sharpness(MediaSettingsRange r) {
            return put(ConstrainableProperty.SHARPNESS, r);
        }

        public Builder focusDistance(MediaSettingsRange r) {
            return put(ConstrainableProperty.FOCUS_DISTANCE, r);
        }

        public Builder pan(MediaSettingsRange r) {
            return put(ConstrainableProperty.PAN, r);
        }

        public Builder tilt(MediaSettingsRange r) {
            return put(ConstrainableProperty.TILT, r);
        }

        public Builder zoom(MediaSettingsRange r) {
            return put(ConstrainableProperty.ZOOM, r);
        }

        public Builder torch(Boolean hasTorch) {
            return put(ConstrainableProperty.TORCH, hasTorch);
        }

        /**
         * Sets the capability of a camera control generically: a {@link MediaSettingsRange} for a numeric
         * control, a {@code List<String>} of modes, a {@link Boolean} for torch; null removes it.
         *
         * @throws IllegalArgumentException when {@code property} is no camera control or the value does not fit it
         */
        public Builder cameraControl(ConstrainableProperty property, Object capability) {
            if (!property.isCameraControl()) {
                throw new IllegalArgumentException(property + " is not a camera control");
            }
            boolean fits = capability == null || switch (property.type()) {
                case DOUBLE -> capability instanceof MediaSettingsRange;
                case STRING -> capability instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
                case BOOLEAN -> capability instanceof Boolean;
                default -> false;
            };
            if (!fits) {
                throw new IllegalArgumentException(property + ": capability " + capability + " has the wrong type");
            }
            return put(property, capability instanceof List<?> l ? List.copyOf(l) : capability);
        }

        public MediaTrackCapabilities build() {
            return values.isEmpty() ? EMPTY : new MediaTrackCapabilities(values);
        }
    }
}
