package io.mediacapture.windows.mf;

import io.mediacapture.spi.BackendException;
import io.mediacapture.windows.com.HResult;

/**
 * What to do with each asynchronous source reader callback. Pure logic, so that recorded callback
 * sequences can be replayed in tests; {@link MfSource} performs the steps. Not thread-safe: the source
 * calls it under its lock.
 *
 * <p>States: CREATED, then RUNNING after {@link #start()} (one ReadSample outstanding at a time: each
 * OnReadSample that keeps the stream going asks for the next), then ENDED (the stream failed or the device
 * went away; reported once) or CLOSED (closed by its owner). Callbacks in ENDED or CLOSED do nothing: MF
 * may still complete a read that was outstanding.
 */
final class ReaderStateMachine {
    enum State { CREATED, RUNNING, ENDED, CLOSED }

    /**
     * @param deliver  hand the sample to the sink
     * @param readNext issue the next ReadSample
     * @param end      end the stream with this reason (non-null at most once)
     */
    record Step(boolean deliver, boolean readNext, BackendException end) {
        static final Step NOTHING = new Step(false, false, null);
        static final Step NEXT = new Step(false, true, null);
        static final Step DELIVER = new Step(true, true, null);
    }

    private final String device;
    private State state = State.CREATED;

    ReaderStateMachine(String device) {
        this.device = device;
    }

    State state() {
        return state;
    }

    /** @return whether the first ReadSample should be issued */
    boolean start() {
        if (state != State.CREATED) {
            return false;
        }
        state = State.RUNNING;
        return true;
    }

    /** @return whether this call closed a running or created machine (false when already ended or closed) */
    boolean close() {
        boolean was = state == State.RUNNING || state == State.CREATED;
        state = State.CLOSED;
        return was;
    }

    /** A failed ReadSample request (it returned an error at once rather than through the callback). */
    Step readFailed(int hr) {
        if (state != State.RUNNING) {
            return Step.NOTHING;
        }
        return end(MfErrors.ofStatus(hr, "camera " + device + " refused to read a frame"));
    }

    Step onReadSample(int hr, int flags, boolean hasSample) {
        if (state != State.RUNNING) {
            return Step.NOTHING;
        }
        if (HResult.failed(hr)) {
            return end(MfErrors.ofStatus(hr, "camera " + device + " stopped"));
        }
        if ((flags & MfGuids.READERF_ERROR) != 0) {
            return end(new BackendException(BackendException.Kind.DEVICE_LOST,
                    "camera " + device + " failed (source reader error flag)"));
        }
        if ((flags & MfGuids.READERF_ENDOFSTREAM) != 0) {
            return end(new BackendException(BackendException.Kind.DEVICE_LOST, "camera " + device + " ended its stream"));
        }
        if ((flags & (MfGuids.READERF_CURRENTMEDIATYPECHANGED | MfGuids.READERF_NATIVEMEDIATYPECHANGED)) != 0) {
            // Frames would no longer match the layout the track was set up with.
            return end(new BackendException(BackendException.Kind.FAILED,
                    "camera " + device + " changed its media type while streaming"));
        }
        if ((flags & MfGuids.READERF_STREAMTICK) != 0 || !hasSample) {
            return Step.NEXT; // a gap in the stream, or no sample this time: keep reading
        }
        return Step.DELIVER;
    }

    private Step end(BackendException reason) {
        state = State.ENDED;
        return new Step(false, false, reason);
    }
}
