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
    VOICE_ISOLATION("voiceIsolation", Type.BOOLEAN, Applies.AUDIO),
    // MediaStream Image Capture: camera controls, in the order of that spec's IDL.
    WHITE_BALANCE_MODE("whiteBalanceMode", Type.STRING, Applies.VIDEO),
    EXPOSURE_MODE("exposureMode", Type.STRING, Applies.VIDEO),
    FOCUS_MODE("focusMode", Type.STRING, Applies.VIDEO),
    EXPOSURE_COMPENSATION("exposureCompensation", Type.DOUBLE, Applies.VIDEO),
    EXPOSURE_TIME("exposureTime", Type.DOUBLE, Applies.VIDEO),
    COLOR_TEMPERATURE("colorTemperature", Type.DOUBLE, Applies.VIDEO),
    ISO("iso", Type.DOUBLE, Applies.VIDEO),
    BRIGHTNESS("brightness", Type.DOUBLE, Applies.VIDEO),
    CONTRAST("contrast", Type.DOUBLE, Applies.VIDEO),
    SATURATION("saturation", Type.DOUBLE, Applies.VIDEO),
    SHARPNESS("sharpness", Type.DOUBLE, Applies.VIDEO),
    FOCUS_DISTANCE("focusDistance", Type.DOUBLE, Applies.VIDEO),
    PAN("pan", Type.DOUBLE, Applies.VIDEO),
    TILT("tilt", Type.DOUBLE, Applies.VIDEO),
    ZOOM("zoom", Type.DOUBLE, Applies.VIDEO),
    TORCH("torch", Type.BOOLEAN, Applies.VIDEO);

    /**
     * The IDL type of the property's setting; the constraint type follows from it, except for
     * {@link #isPanTiltZoom() pan, tilt and zoom} (doubles constrained by {@link ConstrainBooleanOrDouble}).
     */
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
    private static final java.util.Set<ConstrainableProperty> CAMERA_CONTROLS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.range(WHITE_BALANCE_MODE, TORCH));
    private static final java.util.Set<ConstrainableProperty> PAN_TILT_ZOOM = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(PAN, TILT, ZOOM));

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

    /**
     * Whether this is a camera control of MediaStream Image Capture (whiteBalanceMode ... torch): a setting of
     * the device itself, which a device may or may not have, rather than of the stream.
     */
    public boolean isCameraControl() {
        return CAMERA_CONTROLS.contains(this);
    }

    /** The camera controls of MediaStream Image Capture, in IDL order. */
    public static java.util.Set<ConstrainableProperty> cameraControls() {
        return CAMERA_CONTROLS;
    }

    /**
     * Whether this is {@code pan}, {@code tilt} or {@code zoom}: camera controls whose setting is a double but whose
     * constraint is {@code (boolean or ConstrainDouble)} ({@link ConstrainBooleanOrDouble}), and which fall under the
     * pan-tilt-zoom permission (MediaStream Image Capture).
     */
    public boolean isPanTiltZoom() {
        return PAN_TILT_ZOOM.contains(this);
    }

    /** {@code pan}, {@code tilt} and {@code zoom}, in IDL order. */
    public static java.util.Set<ConstrainableProperty> panTiltZoom() {
        return PAN_TILT_ZOOM;
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
