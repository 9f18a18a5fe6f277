package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import java.util.function.Supplier;

/**
 * Retries a Media Foundation call that failed with MF_E_INVALIDREQUEST. Cameras answer that, undocumented,
 * while they are in a state that refuses the call (just plugged in, just released by another application),
 * and nothing signals when that state ends, so the call is simply tried again after a pause (Chromium does
 * the same). Any other failure, and the last MF_E_INVALIDREQUEST, propagates. Stateless; the pause runs
 * on the calling thread.
 *
 * @param attempts how many times to call at most (at least 1)
 * @param pauseMillis the pause between two attempts
 * @param pause how to pause (tests replace the sleep)
 */
record InvalidRequestRetry(int attempts, long pauseMillis, Pause pause) {
    /** About two seconds: long enough for a camera to settle, short enough for a device listing to wait. */
    static final InvalidRequestRetry DEFAULT = new InvalidRequestRetry(40, 50, Thread::sleep);

    @FunctionalInterface
    interface Pause {
        void pause(long millis) throws InterruptedException;
    }

    InvalidRequestRetry {
        if (attempts < 1 || pauseMillis < 0) {
            throw new IllegalArgumentException("attempts " + attempts + ", pause " + pauseMillis + " ms");
        }
    }

    <T> T call(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ComException e) {
                if (!e.is(HResult.MF_E_INVALIDREQUEST) || attempt >= attempts) {
                    throw e;
                }
                try {
                    pause.pause(pauseMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
