package io.mediacapture;

import io.mediacapture.internal.constraints.WebIdl;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * IDL dictionary {@code MediaTrackSupportedConstraints}: which constrainable properties the implementation
 * understands. A property it does not support has no effect on constraint selection. Immutable.
 */
public final class MediaTrackSupportedConstraints {
    private final Set<ConstrainableProperty> supported;

    private MediaTrackSupportedConstraints(Set<ConstrainableProperty> supported) {
        this.supported = Collections.unmodifiableSet(supported.isEmpty()
                ? EnumSet.noneOf(ConstrainableProperty.class) : EnumSet.copyOf(supported));
    }

    /** Every property of Media Capture and Streams. */
    public static MediaTrackSupportedConstraints all() {
        return new MediaTrackSupportedConstraints(EnumSet.allOf(ConstrainableProperty.class));
    }

    public static MediaTrackSupportedConstraints of(Set<ConstrainableProperty> properties) {
        return new MediaTrackSupportedConstraints(properties);
    }

    /** @param names IDL names; unknown names are ignored */
    public static MediaTrackSupportedConstraints ofNames(Set<String> names) {
        EnumSet<ConstrainableProperty> s = EnumSet.noneOf(ConstrainableProperty.class);
        for (String n : names) {
            ConstrainableProperty.byName(n).ifPresent(s::add);
        }
        return new MediaTrackSupportedConstraints(s);
    }

    public boolean contains(ConstrainableProperty p) {
        return supported.contains(p);
    }

    /** Whether the property with this IDL name is supported (false for unknown names). */
    public boolean contains(String name) {
        return ConstrainableProperty.byName(name).map(supported::contains).orElse(false);
    }

    public Set<ConstrainableProperty> properties() {
        return supported;
    }

    public boolean width() {
        return contains(ConstrainableProperty.WIDTH);
    }

    public boolean height() {
        return contains(ConstrainableProperty.HEIGHT);
    }

    public boolean aspectRatio() {
        return contains(ConstrainableProperty.ASPECT_RATIO);
    }

    public boolean frameRate() {
        return contains(ConstrainableProperty.FRAME_RATE);
    }

    public boolean facingMode() {
        return contains(ConstrainableProperty.FACING_MODE);
    }

    public boolean resizeMode() {
        return contains(ConstrainableProperty.RESIZE_MODE);
    }

    public boolean sampleRate() {
        return contains(ConstrainableProperty.SAMPLE_RATE);
    }

    public boolean sampleSize() {
        return contains(ConstrainableProperty.SAMPLE_SIZE);
    }

    public boolean echoCancellation() {
        return contains(ConstrainableProperty.ECHO_CANCELLATION);
    }

    public boolean autoGainControl() {
        return contains(ConstrainableProperty.AUTO_GAIN_CONTROL);
    }

    public boolean noiseSuppression() {
        return contains(ConstrainableProperty.NOISE_SUPPRESSION);
    }

    public boolean latency() {
        return contains(ConstrainableProperty.LATENCY);
    }

    public boolean channelCount() {
        return contains(ConstrainableProperty.CHANNEL_COUNT);
    }

    public boolean deviceId() {
        return contains(ConstrainableProperty.DEVICE_ID);
    }

    public boolean groupId() {
        return contains(ConstrainableProperty.GROUP_ID);
    }

    public boolean backgroundBlur() {
        return contains(ConstrainableProperty.BACKGROUND_BLUR);
    }

    /** Media Capture Extensions. */
    public boolean voiceIsolation() {
        return contains(ConstrainableProperty.VOICE_ISOLATION);
    }

    /**
     * From a map of IDL names to Booleans. Unknown keys are ignored; a property is supported when its value
     * is {@code true}. Unlike the IDL defaults (every member defaults to true) an absent member means
     * unsupported, because implementations report support by listing the member.
     *
     * @throws IllegalArgumentException naming the member when a value is not a Boolean
     */
    public static MediaTrackSupportedConstraints fromMap(Map<String, ?> map) {
        Map<String, ?> m = WebIdl.orEmpty(map);
        EnumSet<ConstrainableProperty> s = EnumSet.noneOf(ConstrainableProperty.class);
        for (ConstrainableProperty p : ConstrainableProperty.values()) {
            Object v = m.get(p.toString());
            if (v != null && WebIdl.toBoolean(p.toString(), v)) {
                s.add(p);
            }
        }
        return new MediaTrackSupportedConstraints(s);
    }

    /** {@code {width: true, ...}} listing only the supported properties, as browsers report it. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ConstrainableProperty p : supported) {
            m.put(p.toString(), Boolean.TRUE);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaTrackSupportedConstraints s && supported.equals(s.supported);
    }

    @Override
    public int hashCode() {
        return supported.hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
