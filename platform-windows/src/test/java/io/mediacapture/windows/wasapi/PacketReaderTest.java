package io.mediacapture.windows.wasapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.VideoFrame;
import io.mediacapture.spi.BackendException;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.NativeVideoFormat;
import io.mediacapture.spi.SourceSink;
import io.mediacapture.windows.com.ComException;
import io.mediacapture.windows.com.HResult;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recorded capture-client packet sequences drained into a sink. */
class PacketReaderTest {
    private final Arena arena = Arena.ofAuto();
    private final List<AudioData> delivered = new ArrayList<>();
    private final SourceSink sink = new SourceSink() {
        @Override
        public void deliver(VideoFrame frame) {
            throw new AssertionError();
        }

        @Override
        public void deliver(AudioData data) {
            delivered.add(data);
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
        }
    };

    /** Replays packets; records every ReleaseBuffer; fails GetBuffer with {@code failWith} once the packets run out. */
    private final class Recorded implements PacketReader.Packets {
        final Deque<PacketReader.Packet> packets = new ArrayDeque<>();
        final List<Integer> released = new ArrayList<>();
        Integer failWith;

        Recorded add(float[] samples, int frames, int flags) {
            MemorySegment m = arena.allocate(Math.max(4, samples.length * 4L));
            for (int i = 0; i < samples.length; i++) {
                m.setAtIndex(ValueLayout.JAVA_FLOAT, i, samples[i]);
            }
            packets.add(new PacketReader.Packet(m, frames, flags));
            return this;
        }

        int sizeCalls;

        @Override
        public int nextPacketSize() {
            sizeCalls++;
            if (packets.isEmpty() && failWith != null) {
                throw new ComException("IAudioCaptureClient::GetNextPacketSize", failWith);
            }
            return packets.isEmpty() ? 0 : packets.peek().frames() + 1;
        }

        @Override
        public PacketReader.Packet get() {
            return packets.remove();
        }

        @Override
        public void release(int frames) {
            released.add(frames);
        }
    }

    @Test
    void packetsAreCopiedSilentOnesZeroedAndEveryBufferReleased() {
        Recorded r = new Recorded()
                .add(new float[]{0.5f, -0.5f, 0.25f, -0.25f}, 2, 0)
                .add(new float[]{9f, 9f}, 1, WasapiInterfaces.BUFFERFLAGS_SILENT)
                .add(new float[0], 0, 0)
                .add(new float[]{1f, -1f}, 1, WasapiInterfaces.BUFFERFLAGS_DATA_DISCONTINUITY);
        int frames = new PacketReader(AudioSampleFormat.F32, 48000, 2).drain(r, sink);
        assertEquals(4, frames);
        assertEquals(List.of(2, 1, 0, 1), r.released, "every GetBuffer is paired with a ReleaseBuffer");
        assertEquals(3, delivered.size());
        float[] ch0 = new float[2];
        delivered.get(0).copyTo(ch0, 0);
        assertEquals(0.5f, ch0[0]);
        assertEquals(0.25f, ch0[1]);
        float[] silent = new float[1];
        delivered.get(1).copyTo(silent, 1);
        assertEquals(0f, silent[0], "a silent packet's contents are ignored");
        assertTrue(delivered.get(0).timestamp() <= delivered.get(2).timestamp());
        delivered.forEach(AudioData::close);
    }

    @Test
    void aHandlerThatClosesTheSourceStopsTheDrainBeforeTheNextPacket() {
        Recorded r = new Recorded().add(new float[]{0.5f, -0.5f}, 1, 0).add(new float[]{0.1f, 0.1f}, 1, 0);
        boolean[] closed = {false};
        SourceSink stopping = new SourceSink() {
            @Override
            public void deliver(VideoFrame frame) {
                throw new AssertionError();
            }

            @Override
            public void deliver(AudioData data) {
                delivered.add(data);
                closed[0] = true; // track.stop() in a handler: WasapiSource.close() on the pull thread
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
            }
        };
        int frames = new PacketReader(AudioSampleFormat.F32, 48000, 2).drain(r, stopping, () -> closed[0]);
        assertEquals(1, frames);
        assertEquals(1, delivered.size(), "nothing is delivered after the source closed");
        assertEquals(List.of(1), r.released);
        assertEquals(1, r.sizeCalls, "the released capture client is not called again");
        delivered.forEach(AudioData::close);
    }

    @Test
    void anEmptyBufferEndsTheDrainWithoutAReleaseBuffer() {
        Recorded r = new Recorded().add(new float[]{0.5f, -0.5f}, 1, 0);
        r.packets.add(PacketReader.Packet.EMPTY); // GetBuffer answered AUDCLNT_S_BUFFER_EMPTY
        r.add(new float[]{0.1f, 0.1f}, 1, 0);
        int frames = new PacketReader(AudioSampleFormat.F32, 48000, 2).drain(r, sink);
        assertEquals(1, frames);
        assertEquals(List.of(1), r.released, "nothing was handed out with AUDCLNT_S_BUFFER_EMPTY, so nothing is released");
        delivered.forEach(AudioData::close);
    }

    @Test
    void aTimeoutPollsTheClientSoARemovedMicrophoneEndsItsTrack() {
        PacketReader reader = new PacketReader(AudioSampleFormat.F32, 48000, 2);
        Recorded quiet = new Recorded();
        assertEquals(null, WasapiSource.afterWait(io.mediacapture.windows.win32.Kernel32.WAIT_TIMEOUT, "mic", reader, quiet, sink, () -> false),
                "a timeout with nothing waiting goes on");
        Recorded late = new Recorded().add(new float[]{0.1f, 0.2f}, 1, 0);
        assertEquals(null, WasapiSource.afterWait(io.mediacapture.windows.win32.Kernel32.WAIT_TIMEOUT, "mic", reader, late, sink, () -> false));
        assertEquals(1, delivered.size(), "data that came without its event is delivered on the timeout");
        Recorded removed = new Recorded();
        removed.failWith = HResult.AUDCLNT_E_DEVICE_INVALIDATED; // the event never fires again after removal
        BackendException end = WasapiSource.afterWait(io.mediacapture.windows.win32.Kernel32.WAIT_TIMEOUT, "mic", reader,
                removed, sink, () -> false);
        assertEquals(BackendException.Kind.DEVICE_LOST, end.kind());
        assertEquals(null, WasapiSource.afterWait(io.mediacapture.windows.win32.Kernel32.WAIT_OBJECT_0 + 1, "mic", reader,
                removed, sink, () -> false), "the stop event touches no client");
        assertEquals(BackendException.Kind.FAILED, WasapiSource.afterWait(io.mediacapture.windows.win32.Kernel32.WAIT_FAILED,
                "mic", reader, quiet, sink, () -> false).kind());
        delivered.forEach(AudioData::close);
    }

    @Test
    void aDeviceInvalidatedMidDrainPropagatesAfterReleasingWhatItTook() {
        Recorded r = new Recorded().add(new float[]{0.1f, 0.2f}, 1, 0);
        r.failWith = HResult.AUDCLNT_E_DEVICE_INVALIDATED;
        ComException e = assertThrows(ComException.class,
                () -> new PacketReader(AudioSampleFormat.F32, 48000, 2).drain(r, sink));
        assertEquals(HResult.AUDCLNT_E_DEVICE_INVALIDATED, e.hresult());
        assertEquals(List.of(1), r.released);
        assertEquals(BackendException.Kind.DEVICE_LOST, WasapiErrors.kind(e.hresult(), true));
        assertEquals(BackendException.Kind.NOT_FOUND, WasapiErrors.kind(e.hresult(), false));
        assertEquals(BackendException.Kind.BUSY, WasapiErrors.kind(HResult.AUDCLNT_E_DEVICE_IN_USE, false));
        assertEquals(BackendException.Kind.PERMISSION_DENIED, WasapiErrors.kind(HResult.E_ACCESSDENIED, false));
        delivered.forEach(AudioData::close);
    }
}
