package io.mediacapture.windows.mf;

import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.com.JavaComClass;
import io.mediacapture.windows.mf.MfInterfaces.IMFSourceReaderCallback;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Set;

/**
 * IMFSourceReaderCallback implemented in Java. Media Foundation calls it on its work-queue threads; the
 * sample pointer is borrowed for the duration of the call (take a reference to keep it).
 */
final class ReaderCallback {
    /** What the callback forwards to. */
    interface Target {
        void onReadSample(int status, int streamIndex, int flags, long timestamp, MemorySegment sample);

        void onFlush(int streamIndex);
    }

    static final JavaComClass<Target> CLASS = new JavaComClass<>("IMFSourceReaderCallback",
            Set.of(IMFSourceReaderCallback.IID), List.of(
            new JavaComClass.Method<>(IMFSourceReaderCallback.ON_READ_SAMPLE, (t, a) -> {
                t.onReadSample((int) a[0], (int) a[1], (int) a[2], (long) a[3], (MemorySegment) a[4]);
                return HResult.S_OK;
            }),
            new JavaComClass.Method<>(IMFSourceReaderCallback.ON_FLUSH, (t, a) -> {
                t.onFlush((int) a[0]);
                return HResult.S_OK;
            }),
            new JavaComClass.Method<>(IMFSourceReaderCallback.ON_EVENT, (t, a) -> HResult.S_OK)));

    private ReaderCallback() {
    }

    /** A new callback object forwarding to {@code target}; the caller owns the returned reference. */
    static ComRef create(Target target) {
        return CLASS.create(target);
    }
}
