package io.mediacapture.macos.avfoundation;

/** {@code AVAuthorizationStatus}, as {@code +[AVCaptureDevice authorizationStatusForMediaType:]} returns it. */
public enum AuthorizationStatus {
    /** The user has not been asked yet: asking shows the system prompt (once per app). */
    NOT_DETERMINED,
    /** Parental controls or an MDM profile forbid access; the user cannot change it. */
    RESTRICTED,
    /** The user said no; only System Settings &gt; Privacy can change it. */
    DENIED,
    AUTHORIZED;

    /** The enum for the NSInteger value. @throws IllegalArgumentException for values Apple has not defined */
    public static AuthorizationStatus of(long value) {
        if (value < 0 || value >= values().length) {
            throw new IllegalArgumentException("unknown AVAuthorizationStatus " + value);
        }
        return values()[(int) value];
    }
}
