package io.mediacapture.windows.mf;

import io.mediacapture.spi.BackendException;
import io.mediacapture.windows.com.HResult;

/**
 * What to do with each asynchronous source reader callback. Pure logic, so that recorded callback
 * sequences can be replayed in tests; {@link MfSource} performs the steps. Not thread-safe: the source
 * calls it under its lock.
 *
 * <p>States: CREATED; STARTING after {@link #start()}, until the first frame (Media Foundation reports a
 * busy camera as started and fails its first read, so a failure here is a failure to open, not the end of a
 * track); RUNNING from the first frame on (one ReadSample outstanding at a time: each OnReadSample that
 * keeps the stream going asks for the next); then ENDED (the stream failed, the device went away, or it
 * never started; reported once) or CLOSED (closed by its owner). Callbacks in ENDED or CLOSED do nothing:
 * MF may still complete a read that was outstanding.
 */
final class ReaderStateMachine {
    enum State { CREATED, STARTING, RUNNING, ENDED, CLOSED }

    /**
     * @param deliver    hand the sample to the sink
     * @param readNext   issue the next ReadSample
     * @param end        end the stream with this reason (non-null at most once)
     * @param starting   {@code end} happened before the first frame: it is start()'s failure, not the track's end
     * @param firstFrame this is the first frame: start() may return
     */
    record Step(boolean deliver, boolean readNext, BackendException end, boolean starting, boolean firstFrame) {
        static final Step NOTHING = new Step(false, false, null, false, false);
        static final Step NEXT = new Step(false, true, null, false, false);
        static final Step DELIVER = new Step(true, true, null, false, false);
        static final Step FIRST = new Step(true, true, null, false, true);
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
        state = State.STARTING;
        return true;
    }

    /** @return whether this call closed a live machine (false when already ended or closed) */
    boolean close() {
        boolean was = state == State.RUNNING || state == State.STARTING || state == State.CREATED;
        state = State.CLOSED;
        return was;
    }

    /** Whether frames are flowing and the next read may be issued. */
    boolean live() {
        return state == State.RUNNING || state == State.STARTING;
    }

    /** A failed ReadSample request (it returned an error at once rather than through the callback). */
    Step readFailed(int hr) {
        if (state == State.STARTING) {
            return end(MfErrors.ofStartStatus(hr, "camera " + device + " refused to read its first frame"), true);
        }
        if (state != State.RUNNING) {
            return Step.NOTHING;
        }
        return end(MfErrors.ofStatus(hr, "camera " + device + " refused to read a frame"), false);
    }

    /** No first frame within the time limit: the start failed; null when a frame came after all (or it ended). */
    BackendException startTimedOut(long millis) {
        if (state != State.STARTING) {
            return null;
        }
        return end(new BackendException(BackendException.Kind.BUSY, "camera " + device + " delivered no frame within "
                + millis + " ms (in use by another application, or not streaming)"), true).end();
    }

    Step onReadSample(int hr, int flags, boolean hasSample) {
        if (!live()) {
            return Step.NOTHING;
        }
        boolean starting = state == State.STARTING;
        if (HResult.failed(hr)) {
            return end(starting ? MfErrors.ofStartStatus(hr, "camera " + device + " could not start")
                    : MfErrors.ofStatus(hr, "camera " + device + " stopped"), starting);
        }
        if ((flags & MfGuids.READERF_ERROR) != 0) {
            return end(new BackendException(starting ? BackendException.Kind.BUSY : BackendException.Kind.DEVICE_LOST,
                    "camera " + device + " failed (source reader error flag)"), starting);
        }
        if ((flags & MfGuids.READERF_ENDOFSTREAM) != 0) {
            return end(new BackendException(starting ? BackendException.Kind.BUSY : BackendException.Kind.DEVICE_LOST,
                    "camera " + device + " ended its stream"), starting);
        }
        if ((flags & (MfGuids.READERF_CURRENTMEDIATYPECHANGED | MfGuids.READERF_NATIVEMEDIATYPECHANGED)) != 0) {
            // Frames would no longer match the layout the track was set up with.
            return end(new BackendException(BackendException.Kind.FAILED,
                    "camera " + device + " changed its media type while streaming"), starting);
        }
        if ((flags & MfGuids.READERF_STREAMTICK) != 0 || !hasSample) {
            return Step.NEXT; // a gap in the stream, or no sample this time: keep reading (and waiting)
        }
        if (starting) {
            state = State.RUNNING;
            return Step.FIRST;
        }
        return Step.DELIVER;
    }

    private Step end(BackendException reason, boolean starting) {
        state = State.ENDED;
        return new Step(false, false, reason, starting, false);
    }
}
