package io.mediacapture.linux.alsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.bindings.libc.errno_h;
import io.mediacapture.bindings.libc.poll_h;
import io.mediacapture.spi.BackendException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * AlsaSource's recovery paths on the host, through its OS seam ({@link PcmCalls}) with scripted answers: an overrun
 * (-EPIPE), a suspend (-ESTRPIPE) that resumes in place or needs a prepare, and a device that is gone. Real devices
 * do not overrun or suspend on demand, so no other test reaches this code.
 */
class AlsaSourceRecoveryTest {
    private static final int EPIPE = errno_h.EPIPE();
    private static final int ESTRPIPE = errno_h.ESTRPIPE();
    private static final int EAGAIN = errno_h.EAGAIN();
    private static final int ENODEV = errno_h.ENODEV();
    private static final long PULL = TimeUnit.MILLISECONDS.toNanos(20);
    private static final AlsaPcm.Negotiated PARAMS = new AlsaPcm.Negotiated(48_000, 1, AudioSampleFormat.S16, 480, 3840);

    /** Scripted PCM: readi and resume answer from queues (then "480 frames" and 0); calls are recorded. */
    static class ScriptedPcm implements PcmCalls {
        final Deque<Long> reads = new ArrayDeque<>();
        final Deque<Integer> resumes = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        int recoverResult;
        int startResult;
        boolean closed;

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public int pollDescriptorsCount() {
            return 1;
        }

        @Override
        public int pollDescriptors(MemorySegment pfds, int space) {
            return 1;
        }

        @Override
        public int pollDescriptorsRevents(MemorySegment pfds, int nfds, MemorySegment revents) {
            revents.set(ValueLayout.JAVA_SHORT, 0, (short) poll_h.POLLIN());
            return 0;
        }

        @Override
        public int poll(MemorySegment fds, long nfds, int timeoutMillis) {
            return nfds == 1 ? 0 : 1; // the stop signal alone: nothing; the PCM: ready
        }

        @Override
        public long availUpdate() {
            return 480;
        }

        @Override
        public long readi(MemorySegment buffer, long frames) {
            calls.add("readi");
            Long r = reads.poll();
            return r != null ? r : Math.min(frames, 480);
        }

        @Override
        public int delay(MemorySegment delayp) {
            delayp.set(ValueLayout.JAVA_LONG, 0, 0L);
            return 0;
        }

        @Override
        public int start() {
            calls.add("start");
            return startResult;
        }

        @Override
        public int prepare() {
            calls.add("prepare");
            return 0;
        }

        @Override
        public int resume() {
            calls.add("resume");
            Integer r = resumes.poll();
            return r != null ? r : 0;
        }

        @Override
        public int recover(int err, int silent) {
            calls.add("recover(" + err + ")");
            return recoverResult;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static AlsaSource started(ScriptedPcm pcm, AlsaBackendTest.RecordingSink sink) throws BackendException {
        AlsaSource c = new AlsaSource(pcm, PARAMS, sink, System.getLogger("test.alsa"));
        c.start();
        pcm.calls.clear();
        return c;
    }

    /**
     * Issue #21 item 5: a constructor that fails after allocating its poll descriptors frees that memory (the arena
     * used to stay open for good). The segment libasound was handed must be dead once the constructor threw.
     */
    @Test
    void aFailingConstructorFreesWhatItAllocated() {
        MemorySegment[] handed = new MemorySegment[1];
        ScriptedPcm pcm = new ScriptedPcm() {
            @Override
            public int pollDescriptors(MemorySegment pfds, int space) {
                handed[0] = pfds;
                return -ENODEV;
            }
        };
        AlsaBackendTest.RecordingSink sink = new AlsaBackendTest.RecordingSink();
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> new AlsaSource(pcm, PARAMS, sink, System.getLogger("test.alsa")));
        assertTrue(e.getMessage().contains("snd_pcm_poll_descriptors"), e.getMessage());
        assertTrue(handed[0] != null && !handed[0].scope().isAlive(), "the poll descriptors' memory was freed");
        assertFalse(pcm.closed, "the PCM stays the caller's to close when the constructor throws");
    }

    @Test
    void anOverrunIsRecoveredAndCaptureGoesOn() throws Exception {
        ScriptedPcm pcm = new ScriptedPcm();
        pcm.reads.add((long) -EPIPE);
        AlsaBackendTest.RecordingSink sink = new AlsaBackendTest.RecordingSink();
        try (AlsaSource c = started(pcm, sink)) {
            assertTrue(c.pull(PULL), "an overrun does not end the capture");
            assertEquals(List.of("readi", "recover(" + -EPIPE + ")", "start"), pcm.calls);
            assertTrue(c.pull(PULL));
            assertEquals(480, sink.frames(), "frames after the recovery");
            assertEquals(List.of(), sink.ends);
            assertEquals(List.of(), sink.mutes, "an overrun does not mute");
        }
        assertTrue(pcm.closed);
    }

    @Test
    void anOverrunThatCannotBeRecoveredEndsTheCapture() throws Exception {
        ScriptedPcm pcm = new ScriptedPcm();
        pcm.reads.add((long) -EPIPE);
        pcm.recoverResult = -EPIPE;
        AlsaBackendTest.RecordingSink sink = new AlsaBackendTest.RecordingSink();
        try (AlsaSource c = started(pcm, sink)) {
            assertFalse(c.pull(PULL));
            assertEquals(1, sink.ends.size());
            assertEquals(BackendException.Kind.FAILED, sink.ends.getFirst().kind());
            assertTrue(sink.ends.getFirst().getMessage().contains("cannot recover"), sink.ends.getFirst().getMessage());
        }
    }

    @Test
    void aSuspendMutesUntilTheDeviceResumesInPlace() throws Exception {
        ScriptedPcm pcm = new ScriptedPcm();
        pcm.reads.add((long) -ESTRPIPE);
        pcm.resumes.add(-EAGAIN); // still asleep at the suspend itself
        pcm.resumes.add(-EAGAIN); // and at the next pull
        AlsaBackendTest.RecordingSink sink = new AlsaBackendTest.RecordingSink();
        try (AlsaSource c = started(pcm, sink)) {
            assertTrue(c.pull(PULL), "a suspend does not end the capture");
            assertEquals(List.of(true), sink.mutes, "muted while suspended");
            assertTrue(c.pull(PULL));
            assertEquals(List.of(true), sink.mutes, "still suspended: resume said EAGAIN");
            assertEquals(0, sink.frames());
            assertTrue(c.pull(PULL)); // resume succeeds now
            assertEquals(List.of(true, false), sink.mutes, "unmuted once resumed");
            assertEquals(List.of("readi", "resume", "resume", "resume", "start"), pcm.calls.subList(0, 5));
            assertTrue(c.pull(PULL));
            assertTrue(sink.frames() > 0, "frames after the resume");
            assertEquals(List.of(), sink.ends);
        }
    }

    @Test
    void aDriverThatCannotResumeInPlaceIsPreparedAgain() throws Exception {
        ScriptedPcm pcm = new ScriptedPcm();
        pcm.reads.add((long) -ESTRPIPE);
        pcm.resumes.add(-errno_h.ENOSYS()); // no in-place resume
        AlsaBackendTest.RecordingSink sink = new AlsaBackendTest.RecordingSink();
        try (AlsaSource c = started(pcm, sink)) {
            assertTrue(c.pull(PULL));
            assertEquals(List.of("readi", "resume", "prepare", "start"), pcm.calls);
            assertEquals(List.of(true, false), sink.mutes, "muted and unmuted within the same pull");
        }
    }

    @Test
    void aDeviceThatIsGoneEndsTheCaptureAsDeviceLost() throws Exception {
        ScriptedPcm pcm = new ScriptedPcm();
        pcm.reads.add((long) -ENODEV);
        AlsaBackendTest.RecordingSink sink = new AlsaBackendTest.RecordingSink();
        try (AlsaSource c = started(pcm, sink)) {
            assertFalse(c.pull(PULL));
            assertEquals(1, sink.ends.size());
            assertEquals(BackendException.Kind.DEVICE_LOST, sink.ends.getFirst().kind());
            assertFalse(c.pull(PULL), "ended stays ended");
            assertEquals(1, sink.ends.size(), "ended once");
        }
    }
}
