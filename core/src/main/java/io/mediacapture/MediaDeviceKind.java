package io.mediacapture;

/** IDL enum {@code MediaDeviceKind}. */
public enum MediaDeviceKind {
    AUDIOINPUT("audioinput"),
    AUDIOOUTPUT("audiooutput"),
    VIDEOINPUT("videoinput");

    private final String idl;

    MediaDeviceKind(String idl) {
        this.idl = idl;
    }

    /** The track kind a device of this kind produces: "audio" or "video". */
    public String trackKind() {
        return this == VIDEOINPUT ? "video" : "audio";
    }

    /** @throws IllegalArgumentException for a string that is not a member of the IDL enum */
    public static MediaDeviceKind fromString(String s) {
        for (MediaDeviceKind k : values()) {
            if (k.idl.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a valid value for enumeration MediaDeviceKind");
    }

    @Override
    public String toString() {
        return idl;
    }
}
