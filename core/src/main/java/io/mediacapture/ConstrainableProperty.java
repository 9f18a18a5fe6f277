package io.mediacapture;

import java.util.Optional;

/**
 * The constrainable properties of a {@link MediaStreamTrack} defined by Media Capture and Streams, in the
 * order of the IDL. {@link #toString()} is the IDL member name ("width", "echoCancellation", ...).
 */
public enum ConstrainableProperty {
    WIDTH("width", Type.ULONG, Applies.VIDEO),
    HEIGHT("height", Type.ULONG, Applies.VIDEO),
    ASPECT_RATIO("aspectRatio", Type.DOUBLE, Applies.VIDEO),
    FRAME_RATE("frameRate", Type.DOUBLE, Applies.VIDEO),
    FACING_MODE("facingMode", Type.STRING, Applies.VIDEO),
    RESIZE_MODE("resizeMode", Type.STRING, Applies.VIDEO),
    SAMPLE_RATE("sampleRate", Type.ULONG, Applies.AUDIO),
    SAMPLE_SIZE("sampleSize", Type.ULONG, Applies.AUDIO),
    ECHO_CANCELLATION("echoCancellation", Type.BOOLEAN_OR_STRING, Applies.AUDIO),
    AUTO_GAIN_CONTROL("autoGainControl", Type.BOOLEAN, Applies.AUDIO),
    NOISE_SUPPRESSION("noiseSuppression", Type.BOOLEAN, Applies.AUDIO),
    LATENCY("latency", Type.DOUBLE, Applies.AUDIO),
    CHANNEL_COUNT("channelCount", Type.ULONG, Applies.AUDIO),
    DEVICE_ID("deviceId", Type.STRING, Applies.BOTH),
    GROUP_ID("groupId", Type.STRING, Applies.BOTH),
    BACKGROUND_BLUR("backgroundBlur", Type.BOOLEAN, Applies.VIDEO),
    /** Media Capture Extensions. */
    VOICE_ISOLATION("voiceIsolation", Type.BOOLEAN, Applies.AUDIO);

    /** The IDL type of the property's setting; the constraint type follows from it. */
    public enum Type {
        /** {@code unsigned long}, constrained by {@link ConstrainULong}. */
        ULONG,
        /** {@code double}, constrained by {@link ConstrainDouble}. */
        DOUBLE,
        /** {@code boolean}, constrained by {@link ConstrainBoolean}. */
        BOOLEAN,
        /** {@code DOMString}, constrained by {@link ConstrainDOMString}. */
        STRING,
        /** {@code (boolean or DOMString)}, constrained by {@link ConstrainBooleanOrDOMString}. */
        BOOLEAN_OR_STRING
    }

    /** Which kinds of track the property is defined for. */
    public enum Applies {
        AUDIO, VIDEO, BOTH;

        /** @param trackKind "audio" or "video" */
        public boolean to(String trackKind) {
            return this == BOTH || name().equalsIgnoreCase(trackKind);
        }
    }

    private static final ConstrainableProperty[] VALUES = values();

    private final String idl;
    private final Type type;
    private final Applies applies;

    ConstrainableProperty(String idl, Type type, Applies applies) {
        this.idl = idl;
        this.type = type;
        this.applies = applies;
    }

    public Type type() {
        return type;
    }

    public Applies appliesTo() {
        return applies;
    }

    /** The property with this IDL member name, or empty. */
    public static Optional<ConstrainableProperty> byName(String name) {
        for (ConstrainableProperty p : VALUES) {
            if (p.idl.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return idl;
    }
}
