package io.mediacapture.audio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Web Audio {@code AudioContextOptions}: {@code sampleRate} (absent: 48000 Hz) and {@code sinkId}: "" for
 * the system's default output (through {@code javax.sound.sampled}, when one exists) or "none" to render
 * without any output (the spec's {@code AudioSinkOptions} of type "none"). Immutable.
 */
public final class AudioContextOptions {
    private static final AudioContextOptions DEFAULTS = new AudioContextOptions(Double.NaN, "");

    private final double sampleRate; // NaN = absent
    private final String sinkId;

    private AudioContextOptions(double sampleRate, String sinkId) {
        this.sampleRate = sampleRate;
        this.sinkId = sinkId;
    }

    public static AudioContextOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public OptionalDouble sampleRate() {
        return Double.isNaN(sampleRate) ? OptionalDouble.empty() : OptionalDouble.of(sampleRate);
    }

    /** "" (default output) or "none". */
    public String sinkId() {
        return sinkId;
    }

    /**
     * Reads {@code {"sampleRate": Number, "sinkId": "" | "none" | {"type": "none"}}}; unknown keys are ignored.
     *
     * @throws IllegalArgumentException for a value of the wrong type or an unknown sinkId
     */
    public static AudioContextOptions fromMap(Map<String, ?> map) {
        Objects.requireNonNull(map, "map");
        Builder b = builder();
        Object rate = map.get("sampleRate");
        if (rate != null) {
            if (!(rate instanceof Number n)) {
                throw new IllegalArgumentException("sampleRate: expected a number, got " + rate.getClass().getSimpleName());
            }
            b.sampleRate(n.doubleValue());
        }
        Object sink = map.get("sinkId");
        if (sink instanceof Map<?, ?> m) {
            if (!"none".equals(m.get("type"))) {
                throw new IllegalArgumentException("sinkId.type: only \"none\" is supported, got " + m.get("type"));
            }
            b.sinkId("none");
        } else if (sink != null) {
            if (!(sink instanceof String s)) {
                throw new IllegalArgumentException("sinkId: expected a string or {type: \"none\"}, got " + sink);
            }
            b.sinkId(s);
        }
        return b.build();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!Double.isNaN(sampleRate)) {
            m.put("sampleRate", sampleRate);
        }
        m.put("sinkId", sinkId.equals("none") ? Map.of("type", "none") : sinkId);
        return m;
    }

    @Override
    public String toString() {
        return "AudioContextOptions" + toMap();
    }

    /** Builds {@link AudioContextOptions}. */
    public static final class Builder {
        private double sampleRate = Double.NaN;
        private String sinkId = "";

        private Builder() {
        }

        /** @throws IllegalArgumentException when not finite (the range is checked by the context) */
        public Builder sampleRate(double hz) {
            if (!Double.isFinite(hz)) {
                throw new IllegalArgumentException("sampleRate: " + hz + " is not a finite number");
            }
            sampleRate = hz;
            return this;
        }

        /** @throws IllegalArgumentException unless "" or "none" (no device selection by id here) */
        public Builder sinkId(String id) {
            Objects.requireNonNull(id, "sinkId");
            if (!id.isEmpty() && !id.equals("none")) {
                throw new IllegalArgumentException("sinkId: only \"\" (default output) and \"none\" are supported, got \"" + id + "\"");
            }
            sinkId = id;
            return this;
        }

        public AudioContextOptions build() {
            return new AudioContextOptions(sampleRate, sinkId);
        }
    }
}
