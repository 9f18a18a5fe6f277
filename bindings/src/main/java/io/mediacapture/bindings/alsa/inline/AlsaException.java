package io.mediacapture.bindings.alsa.inline;

/**
 * A libasound call returned a negative error code. The message names the call (and its subject, e.g.
 * {@code snd_pcm_open(hw:0,0)}) and libasound's own text for the code ({@code snd_strerror}).
 * {@link #errorCode()} is the negative code, usually {@code -errno} (e.g. {@code -EBUSY} for a device in use,
 * {@code -EPIPE} for an overrun); libasound's own codes start at {@code -500000}.
 */
public class AlsaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int errorCode;

    public AlsaException(String call, int errorCode) {
        super(call + ": " + Alsa.strerror(errorCode) + " (" + errorCode + ")");
        this.call = call;
        this.errorCode = errorCode;
    }

    /** The failed call as named in the message. */
    public String call() {
        return call;
    }

    /** The negative error code libasound returned. */
    public int errorCode() {
        return errorCode;
    }
}
