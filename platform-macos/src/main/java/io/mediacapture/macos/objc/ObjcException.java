package io.mediacapture.macos.objc;

/** A failure of the Objective-C bridge itself: a class or symbol missing, a send that could not be linked. */
public final class ObjcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ObjcException(String message) {
        super(message);
    }

    public ObjcException(String message, Throwable cause) {
        super(message, cause);
    }
}
