package io.mediacapture.windows.wasapi;

import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.PullSource;
import io.mediacapture.spi.SourceConfig;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.ComRef;
import io.mediacapture.windows.com.ComThread;
import io.mediacapture.windows.com.HResult;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IAudioCaptureClient;
import io.mediacapture.windows.wasapi.WasapiInterfaces.IAudioClient;
import io.mediacapture.windows.win32.Kernel32;
import io.mediacapture.windows.win32.Ole32;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * One microphone in shared-mode, event-driven capture. Core's pull thread waits in
 * WaitForMultipleObjects on the client's event and a stop event that {@link #close()} sets, then drains
 * the packets ({@link PacketReader}). The pull thread is not the COM thread: it calls the capture client as
 * an implicit member of the MTA, which the backend's COM thread keeps alive.
 *
 * <p>Locking: {@code io} serialises a pull with the teardown in {@link #close()}; close sets the stop event
 * first so that a waiting pull returns at once. A frame handler may close the source from inside a pull (the
 * same thread, so {@code io} is re-entered): the drain looks at {@code closing} before every packet and
 * touches the released capture client no more. The source owns the client, the capture client and both
 * events; close releases them once.
 */
final class WasapiSource implements PullSource {
    private static final System.Logger LOG = System.getLogger("io.mediacapture.windows.wasapi");
    static final long MIN_BUFFER_HNS = 200_000; // 20 ms, in 100-ns units

    private final String label;
    private final ComThread com;
    private final SourceSink sink;
    private final Runnable onDeviceLost;
    private final PacketReader reader;
    private final ReentrantLock io = new ReentrantLock();
    private final Arena arena = Arena.ofShared();
    private final MemorySegment handles; // [data event, stop event]
    private ComRef client;
    private ComRef capture;
    private volatile boolean closing;
    private volatile boolean ended;
    private boolean torndown; // guarded by io

    private WasapiSource(String label, ComThread com, SourceSink sink, Runnable onDeviceLost, SourceConfig.Audio config) {
        this.label = label;
        this.com = com;
        this.sink = sink;
        this.onDeviceLost = onDeviceLost;
        this.reader = new PacketReader(config.format(), config.sampleRate(), config.channelCount());
        this.handles = arena.allocate(ValueLayout.ADDRESS, 2);
    }

    /**
     * Opens the endpoint {@code device} (an IMMDevice) in the configuration asked for; the shared-mode engine
     * converts from its mix format. Runs on the COM thread.
     */
    static WasapiSource open(ComThread com, ComRef device, String label, SourceConfig.Audio config, SourceSink sink,
                             Runnable onDeviceLost) throws BackendException {
        try {
            return com.call(() -> {
                WasapiSource s = new WasapiSource(label, com, sink, onDeviceLost, config);
                try {
                    s.setUp(device, config);
                    return s;
                } catch (RuntimeException e) {
                    s.release();
                    throw e;
                }
            });
        } catch (ComException e) {
            throw WasapiErrors.of(e, false, "cannot open microphone " + label);
        }
    }

    private void setUp(ComRef device, SourceConfig.Audio config) {
        handles.setAtIndex(ValueLayout.ADDRESS, 0, Kernel32.createEvent());
        handles.setAtIndex(ValueLayout.ADDRESS, 1, Kernel32.createEvent());
        try (Arena a = Arena.ofConfined()) {
            MemorySegment iid = IAudioClient.IID.allocate(a);
            client = ComRef.receive("IAudioClient", "IMMDevice::Activate",
                    out -> device.call(WasapiInterfaces.IMMDevice.ACTIVATE, iid, Ole32.CLSCTX_ALL,
                            MemorySegment.NULL, out));
            MemorySegment format = WaveFormat.extensible(a, config.format(), config.sampleRate(), config.channelCount());
            long hns = Math.max(MIN_BUFFER_HNS, Math.round(config.latency() * 1e7));
            int flags = WasapiInterfaces.STREAMFLAGS_EVENTCALLBACK | WasapiInterfaces.STREAMFLAGS_AUTOCONVERTPCM
                    | WasapiInterfaces.STREAMFLAGS_SRC_DEFAULT_QUALITY;
            client.call(IAudioClient.INITIALIZE, WasapiInterfaces.SHAREMODE_SHARED, flags, hns, 0L, format, MemorySegment.NULL);
            client.call(IAudioClient.SET_EVENT_HANDLE, handles.getAtIndex(ValueLayout.ADDRESS, 0));
            MemorySegment captureIid = IAudioCaptureClient.IID.allocate(a);
            capture = ComRef.receive("IAudioCaptureClient", "IAudioClient::GetService",
                    out -> client.call(IAudioClient.GET_SERVICE, captureIid, out));
        }
    }

    @Override
    public void start() throws BackendException {
        try {
            client.call(IAudioClient.START);
        } catch (ComException e) {
            throw WasapiErrors.of(e, false, "cannot start microphone " + label);
        }
    }

    @Override
    public boolean pull(long timeoutNanos) {
        BackendException end = null;
        io.lock();
        try {
            if (closing || ended || torndown) {
                return false;
            }
            int ms = (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(timeoutNanos)));
            int w = Kernel32.waitAny(handles, 2, ms);
            if (!closing) {
                end = afterWait(w, label, reader, packets(), sink, () -> closing);
            }
        } finally {
            io.unlock();
        }
        if (end != null && !closing) {
            ended = true;
            if (end.kind() == BackendException.Kind.DEVICE_LOST) {
                onDeviceLost.run();
            }
            sink.ended(end);
            return false;
        }
        return !closing && !ended;
    }

    /**
     * What one wait ended with: the data event or a timeout drains the capture client; the stop event does
     * nothing. Draining on a timeout matters: after a device is removed the event may never fire again, but
     * GetNextPacketSize then fails with AUDCLNT_E_DEVICE_INVALIDATED, which ends the track.
     *
     * @return why the stream ended, or null when it goes on
     */
    static BackendException afterWait(int waitResult, String label, PacketReader reader, PacketReader.Packets packets,
                                      SourceSink sink, BooleanSupplier stopped) {
        if (waitResult == Kernel32.WAIT_FAILED) {
            return new BackendException(BackendException.Kind.FAILED, "waiting for microphone " + label + " failed");
        }
        if (waitResult != Kernel32.WAIT_OBJECT_0 && waitResult != Kernel32.WAIT_TIMEOUT) {
            return null; // the stop event (WAIT_OBJECT_0 + 1)
        }
        try {
            reader.drain(packets, sink, stopped);
            return null;
        } catch (ComException e) {
            return WasapiErrors.of(e, true, "microphone " + label + " stopped");
        }
    }

    private PacketReader.Packets packets() {
        return new PacketReader.Packets() {
            private final Arena a = Arena.ofAuto();
            private final MemorySegment size = a.allocate(ValueLayout.JAVA_INT);
            private final MemorySegment data = a.allocate(ValueLayout.ADDRESS);
            private final MemorySegment frames = a.allocate(ValueLayout.JAVA_INT);
            private final MemorySegment flags = a.allocate(ValueLayout.JAVA_INT);

            @Override
            public int nextPacketSize() {
                capture.call(IAudioCaptureClient.GET_NEXT_PACKET_SIZE, size);
                return size.get(ValueLayout.JAVA_INT, 0);
            }

            @Override
            public PacketReader.Packet get() {
                int hr = capture.call(IAudioCaptureClient.GET_BUFFER, data, frames, flags, MemorySegment.NULL,
                        MemorySegment.NULL);
                if (hr == HResult.AUDCLNT_S_BUFFER_EMPTY) {
                    return PacketReader.Packet.EMPTY;
                }
                return new PacketReader.Packet(data.get(ValueLayout.ADDRESS, 0), frames.get(ValueLayout.JAVA_INT, 0),
                        flags.get(ValueLayout.JAVA_INT, 0));
            }

            @Override
            public void release(int n) {
                capture.call(IAudioCaptureClient.RELEASE_BUFFER, n);
            }
        };
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        MemorySegment stop = handles.getAtIndex(ValueLayout.ADDRESS, 1);
        if (!stop.equals(MemorySegment.NULL)) {
            Kernel32.setEvent(stop);
        }
        io.lock();
        try {
            if (torndown) {
                return;
            }
            torndown = true;
            com.run(this::release);
        } finally {
            io.unlock();
        }
    }

    /** Stops and releases everything setUp acquired; each step runs even when an earlier one failed. */
    private void release() {
        try {
            if (client != null) {
                int hr = client.callRaw(IAudioClient.STOP);
                if (HResult.failed(hr) && hr != HResult.AUDCLNT_E_NOT_INITIALIZED && hr != HResult.AUDCLNT_E_DEVICE_INVALIDATED) {
                    LOG.log(System.Logger.Level.WARNING, "IAudioClient::Stop on " + label + " failed: " + HResult.name(hr));
                }
            }
        } finally {
            if (capture != null) {
                capture.close();
            }
            if (client != null) {
                client.close();
            }
            for (int i = 0; i < 2; i++) {
                MemorySegment h = handles.getAtIndex(ValueLayout.ADDRESS, i);
                if (!h.equals(MemorySegment.NULL) && !Kernel32.closeHandle(h)) {
                    LOG.log(System.Logger.Level.WARNING, "CloseHandle on an event of " + label + " failed");
                }
                handles.setAtIndex(ValueLayout.ADDRESS, i, MemorySegment.NULL);
            }
            arena.close();
        }
    }

    @Override
    public String toString() {
        return "WasapiSource[" + label + "]";
    }

}
