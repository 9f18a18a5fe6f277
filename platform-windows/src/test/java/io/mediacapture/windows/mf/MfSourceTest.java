package io.mediacapture.windows.mf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.com.Apartment;
import io.mediacapture.windows.com.ComMethod;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.JavaComClass;
import io.mediacapture.windows.com.WinTypes;
import io.mediacapture.windows.mf.MfInterfaces.IMFSourceReader;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * MfSource driven the way Media Foundation drives it: a fake IMFSourceReader (a Java COM object reached
 * through its vtable) records ReadSample and Flush, and a test thread plays the Media Foundation thread
 * that calls OnReadSample and OnFlush.
 */
class MfSourceTest {
    /** A non-NULL sample pointer; the test's frame delivery never dereferences it. */
    private static final MemorySegment SAMPLE = MemorySegment.ofAddress(0x1000);

    /** The fake reader's side: what MfSource asked of it. */
    static final class Reader {
        final Semaphore reads = new Semaphore(0);
        final AtomicInteger readCount = new AtomicInteger();
        final CountDownLatch flushed = new CountDownLatch(1);
    }

    private static final JavaComClass<Reader> READER;

    static {
        List<JavaComClass.Method<Reader>> methods = new ArrayList<>();
        for (int slot = 3; slot < IMFSourceReader.READ_SAMPLE.slot(); slot++) {
            methods.add(new JavaComClass.Method<>(ComMethod.hr("IMFSourceReader", "Unused" + slot, slot, WinTypes.POINTER),
                    (r, a) -> HResult.E_NOTIMPL));
        }
        methods.add(new JavaComClass.Method<>(IMFSourceReader.READ_SAMPLE, (r, a) -> {
            r.readCount.incrementAndGet();
            r.reads.release();
            return HResult.S_OK;
        }));
        methods.add(new JavaComClass.Method<>(IMFSourceReader.FLUSH, (r, a) -> {
            r.flushed.countDown();
            return HResult.S_OK;
        }));
        READER = new JavaComClass<>("IMFSourceReader", Set.of(), methods);
    }

    private final ComThread com = ComThread.start("test-mf-com", Apartment.NONE);
    private final List<BackendException> ended = new CopyOnWriteArrayList<>();
    private final AtomicInteger lost = new AtomicInteger();
    private final SourceSink sink = new SourceSink() {
        @Override
        public void deliver(VideoFrame frame) {
            frame.close();
        }

        @Override
        public void deliver(AudioData data) {
            throw new AssertionError();
        }

        @Override
        public void deliverCompressed(NativeVideoFormat f, FrameBuffer d, long l, int w, int h, long ts, long dur) {
            throw new AssertionError();
        }

        @Override
        public void muted(boolean muted) {
        }

        @Override
        public void ended(BackendException reason) {
            ended.add(reason);
        }
    };

    @AfterEach
    void stopCom() {
        com.close();
    }

    private MfSource source(Reader r, MfSource.FrameDelivery delivery, long timeoutMillis) {
        return MfSource.attach(com, "cam", READER.create(r), delivery, sink, lost::incrementAndGet, timeoutMillis);
    }

    private static void awaitRead(Reader r) throws InterruptedException {
        assertTrue(r.reads.tryAcquire(10, TimeUnit.SECONDS), "MfSource issued a ReadSample");
    }

    @Test
    void startReturnsOnlyOnceTheFirstFrameArrived() throws Exception {
        Reader r = new Reader();
        AtomicInteger frames = new AtomicInteger();
        MfSource s = source(r, (sample, ts, out) -> frames.incrementAndGet(), 10_000);
        CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
            try {
                s.start();
            } catch (BackendException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitRead(r);
        s.onReadSample(HResult.S_OK, 0, MfGuids.READERF_STREAMTICK, 0, MemorySegment.NULL);
        awaitRead(r);
        assertTrue(!started.isDone(), "a stream tick is no frame: start() still waits");
        s.onReadSample(HResult.S_OK, 0, 0, 0, SAMPLE);
        started.get(10, TimeUnit.SECONDS);
        assertEquals(1, frames.get());
        s.close();
        assertEquals(List.of(), ended);
    }

    @Test
    void aCameraInUseFailsStartWithNotReadableAndEndsNoTrack() throws Exception {
        Reader r = new Reader();
        MfSource s = source(r, (sample, ts, out) -> { }, 10_000);
        Thread mf = Thread.ofPlatform().start(() -> {
            try {
                awaitRead(r);
            } catch (InterruptedException e) {
                return;
            }
            s.onReadSample(HResult.MF_E_HW_MFT_FAILED_START_STREAMING, 0, MfGuids.READERF_ERROR, 0, MemorySegment.NULL);
        });
        BackendException e = assertThrows(BackendException.class, s::start);
        assertEquals(BackendException.Kind.BUSY, e.kind(), e.getMessage());
        mf.join(10_000);
        assertEquals(List.of(), ended, "getUserMedia fails; no track was live to end");
        assertEquals(0, lost.get(), "a busy camera is not a lost one: the camera cache stays");
        s.close();
    }

    @Test
    void noFrameWithinTheLimitFailsStart() {
        Reader r = new Reader();
        MfSource s = source(r, (sample, ts, out) -> { }, 50);
        BackendException e = assertThrows(BackendException.class, s::start);
        assertEquals(BackendException.Kind.BUSY, e.kind());
        s.onReadSample(HResult.S_OK, 0, 0, 0, SAMPLE); // too late: ignored
        assertEquals(1, r.readCount.get(), "no read after the start gave up");
        s.close();
    }

    @Test
    void stopFromAFrameHandlerReadsNoMoreAndTearsDownOffTheCallback() throws Exception {
        Reader r = new Reader();
        ComRef[] reader = new ComRef[1];
        MfSource[] self = new MfSource[1];
        AtomicInteger releasedInCallback = new AtomicInteger(-1);
        MfSource.FrameDelivery stopper = (sample, ts, out) -> {
            self[0].close(); // track.stop() in a FrameTap handler, on the Media Foundation thread
            releasedInCallback.set(JavaComClass.referenceCount(reader[0].address()));
        };
        reader[0] = READER.create(r);
        MfSource s = MfSource.attach(com, "cam", reader[0], stopper, sink, lost::incrementAndGet, 10_000);
        self[0] = s;
        long address = reader[0].address();
        CompletableFuture<Throwable> started = CompletableFuture.supplyAsync(() -> {
            try {
                s.start();
                return null;
            } catch (BackendException e) {
                return e;
            }
        });
        awaitRead(r);
        s.onReadSample(HResult.S_OK, 0, 0, 0, SAMPLE); // returns: close() did not wait here for OnFlush
        assertEquals(1, releasedInCallback.get(), "the reader was not released inside its own callback");
        assertEquals(1, r.readCount.get(), "no ReadSample after the handler stopped the track");
        assertTrue(r.flushed.await(10, TimeUnit.SECONDS), "the teardown flushes from another thread");
        s.onFlush(0);
        for (int i = 0; i < 1000 && JavaComClass.referenceCount(address) != 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, JavaComClass.referenceCount(address), "and then releases the reader");
        started.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), ended);
    }
}
