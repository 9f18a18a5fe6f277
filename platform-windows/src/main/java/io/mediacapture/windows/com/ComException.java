package io.mediacapture.windows.com;

/**
 * A COM or Win32 call failed. Keeps the HRESULT so that callers can branch on it (see {@link HResult});
 * backends translate it into a {@code BackendException} kind at their boundary.
 */
public class ComException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int hresult;

    public ComException(String call, int hresult) {
        super(call + " failed: " + HResult.name(hresult)
                + (HResult.name(hresult).startsWith("0x") ? "" : " (" + HResult.hex(hresult) + ")"));
        this.call = call;
        this.hresult = hresult;
    }

    /** The function or method that failed, e.g. "IAudioClient::Initialize". */
    public String call() {
        return call;
    }

    public int hresult() {
        return hresult;
    }

    /** Whether this failure carries {@code hr}. */
    public boolean is(int hr) {
        return hresult == hr;
    }
}
