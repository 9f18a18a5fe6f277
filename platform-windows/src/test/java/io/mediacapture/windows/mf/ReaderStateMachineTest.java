package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.spi.BackendException.Kind;
import io.mediacapture.windows.com.HResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recorded OnReadSample sequences replayed through the reader's state machine. */
class ReaderStateMachineTest {
    private record Call(int hr, int flags, boolean sample) {
    }

    private static Call frame() {
        return new Call(HResult.S_OK, 0, true);
    }

    /** Replays {@code calls}; returns "D" deliver+read, "N" read only, "-" nothing, "E:KIND" end, per call. */
    private static List<String> replay(ReaderStateMachine m, Call... calls) {
        List<String> out = new ArrayList<>();
        for (Call c : calls) {
            ReaderStateMachine.Step s = m.onReadSample(c.hr(), c.flags(), c.sample());
            if (s.end() != null) {
                assertFalse(s.deliver() || s.readNext());
                out.add("E:" + s.end().kind());
            } else {
                out.add(s.deliver() ? "D" : s.readNext() ? "N" : "-");
            }
        }
        return out;
    }

    @Test
    void framesStreamTicksAndEmptyCallbacksKeepReading() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        assertTrue(m.start());
        assertFalse(m.start(), "started once");
        assertEquals(List.of("D", "N", "D", "N", "D"), replay(m, frame(),
                new Call(HResult.S_OK, MfGuids.READERF_STREAMTICK, false), frame(),
                new Call(HResult.S_OK, 0, false), frame()));
        assertEquals(ReaderStateMachine.State.RUNNING, m.state());
    }

    @Test
    void deviceInvalidatedEndsTheStreamOnceAsDeviceLost() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        m.start();
        assertEquals(List.of("D", "E:DEVICE_LOST", "-", "-"), replay(m, frame(),
                new Call(HResult.MF_E_VIDEO_RECORDING_DEVICE_INVALIDATED, MfGuids.READERF_ERROR, false),
                frame(), new Call(HResult.S_OK, MfGuids.READERF_ENDOFSTREAM, false)));
        assertEquals(ReaderStateMachine.State.ENDED, m.state());
    }

    @Test
    void errorFlagWithSuccessStatusEndsTheStream() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        m.start();
        assertEquals(List.of("D", "E:DEVICE_LOST"), replay(m, frame(), new Call(HResult.S_OK, MfGuids.READERF_ERROR, false)));
    }

    @Test
    void endOfStreamAndTypeChangesEnd() {
        ReaderStateMachine a = new ReaderStateMachine("cam");
        a.start();
        assertEquals(List.of("D", "E:DEVICE_LOST"), replay(a, frame(),
                new Call(HResult.S_OK, MfGuids.READERF_ENDOFSTREAM, false)));
        ReaderStateMachine b = new ReaderStateMachine("cam");
        b.start();
        assertEquals(List.of("E:FAILED"), replay(b, new Call(HResult.S_OK, MfGuids.READERF_CURRENTMEDIATYPECHANGED, true)));
    }

    @Test
    void accessRevokedWhileStreamingEndsWithPermissionDenied() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        m.start();
        assertEquals(List.of("D", "E:PERMISSION_DENIED"), replay(m, frame(), new Call(HResult.E_ACCESSDENIED, 0, false)));
    }

    @Test
    void callbacksAfterCloseOrBeforeStartDoNothing() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        assertEquals(List.of("-"), replay(m, frame()), "not started");
        m.start();
        assertTrue(m.close());
        assertFalse(m.close());
        assertEquals(List.of("-", "-"), replay(m, frame(), new Call(HResult.MF_E_SHUTDOWN, MfGuids.READERF_ERROR, false)));
        assertFalse(m.start());
    }

    @Test
    void aRefusedReadEndsARunningStream() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        m.start();
        replay(m, frame());
        ReaderStateMachine.Step s = m.readFailed(HResult.MF_E_VIDEO_RECORDING_DEVICE_INVALIDATED);
        assertNotNull(s.end());
        assertFalse(s.starting());
        assertEquals(Kind.DEVICE_LOST, s.end().kind());
        assertNull(m.readFailed(HResult.E_FAIL).end(), "ended once");
    }

    @Test
    void aBusyCameraFailsItsFirstReadAndThatIsAFailureToStartNotAnEnd() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        m.start();
        assertEquals(ReaderStateMachine.State.STARTING, m.state());
        ReaderStateMachine.Step s = m.onReadSample(HResult.MF_E_HW_MFT_FAILED_START_STREAMING, MfGuids.READERF_ERROR, false);
        assertTrue(s.starting(), "reported to start(), not as the end of a track");
        assertEquals(Kind.BUSY, s.end().kind(), "NotReadableError");
        ReaderStateMachine unknown = new ReaderStateMachine("cam");
        unknown.start();
        assertEquals(Kind.BUSY, unknown.onReadSample(HResult.E_FAIL, 0, false).end().kind(),
                "an unnamed failure before the first frame is NotReadableError too");
        ReaderStateMachine denied = new ReaderStateMachine("cam");
        denied.start();
        assertEquals(Kind.PERMISSION_DENIED, denied.onReadSample(HResult.E_ACCESSDENIED, 0, false).end().kind());
        ReaderStateMachine flagged = new ReaderStateMachine("cam");
        flagged.start();
        assertEquals(Kind.BUSY, flagged.onReadSample(HResult.S_OK, MfGuids.READERF_ERROR, false).end().kind());
    }

    @Test
    void ticksBeforeTheFirstFrameKeepWaitingAndTheFirstFrameStartsTheTrack() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        m.start();
        assertEquals(ReaderStateMachine.Step.NEXT, m.onReadSample(HResult.S_OK, MfGuids.READERF_STREAMTICK, false));
        assertEquals(ReaderStateMachine.State.STARTING, m.state());
        ReaderStateMachine.Step first = m.onReadSample(HResult.S_OK, 0, true);
        assertTrue(first.firstFrame() && first.deliver() && first.readNext());
        assertEquals(ReaderStateMachine.State.RUNNING, m.state());
        assertFalse(m.onReadSample(HResult.S_OK, 0, true).firstFrame());
        assertNull(m.startTimedOut(100), "a frame came: no time-out");
    }

    @Test
    void noFrameInTimeFailsTheStartOnce() {
        ReaderStateMachine m = new ReaderStateMachine("cam");
        m.start();
        assertEquals(Kind.BUSY, m.startTimedOut(10_000).kind());
        assertEquals(ReaderStateMachine.State.ENDED, m.state());
        assertEquals(ReaderStateMachine.Step.NOTHING, m.onReadSample(HResult.S_OK, 0, true), "a late frame is ignored");
        assertTrue(m.readFailed(HResult.E_FAIL).end() == null);
    }
}
