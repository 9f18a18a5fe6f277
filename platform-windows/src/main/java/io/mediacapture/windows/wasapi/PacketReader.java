package io.mediacapture.windows.wasapi;

import io.mediacapture.AudioData;
import io.mediacapture.AudioSampleFormat;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.MemorySegment;
import java.util.function.BooleanSupplier;

/**
 * Drains the packets a capture client holds after its event fired: GetNextPacketSize, GetBuffer, copy,
 * ReleaseBuffer, until none is left. The capture client sits behind {@link Packets} so that recorded packet
 * sequences can be replayed in tests. Each packet is copied (WASAPI wants its buffer back before the next
 * GetBuffer) into pooled memory; a packet flagged silent is delivered as zeros, as the API requires.
 */
final class PacketReader {
    /** The capture client's packet calls. Failures throw {@link io.mediacapture.windows.com.ComException}. */
    interface Packets {
        int nextPacketSize();

        /** GetBuffer: the packet, valid until {@link #release}; {@link Packet#EMPTY} for AUDCLNT_S_BUFFER_EMPTY. */
        Packet get();

        void release(int frames);
    }

    /** @param empty GetBuffer said AUDCLNT_S_BUFFER_EMPTY: nothing was handed out, so nothing may be released */
    record Packet(MemorySegment data, int frames, int flags, boolean empty) {
        static final Packet EMPTY = new Packet(MemorySegment.NULL, 0, 0, true);

        Packet(MemorySegment data, int frames, int flags) {
            this(data, frames, flags, false);
        }
    }

    private final AudioSampleFormat format;
    private final int sampleRate;
    private final int channels;
    private final int bytesPerFrame;

    PacketReader(AudioSampleFormat format, int sampleRate, int channels) {
        this.format = format;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.bytesPerFrame = format.bytesPerSample() * channels;
    }

    /** Delivers every waiting packet; returns the number of frames delivered. */
    int drain(Packets packets, SourceSink sink) {
        return drain(packets, sink, () -> false);
    }

    /**
     * Delivers the waiting packets until none is left or {@code stopped} says so (checked before each packet:
     * a frame handler may close the source from inside {@code sink.deliver}, and nothing may be delivered
     * after that); returns the number of frames delivered.
     */
    int drain(Packets packets, SourceSink sink, BooleanSupplier stopped) {
        int total = 0;
        while (!stopped.getAsBoolean() && packets.nextPacketSize() > 0) {
            Packet p = packets.get();
            if (p.empty()) {
                break; // ReleaseBuffer after AUDCLNT_S_BUFFER_EMPTY is an error (AUDCLNT_E_OUT_OF_ORDER)
            }
            FrameBuffer fb;
            try {
                if (p.frames() == 0) {
                    continue;
                }
                long bytes = (long) p.frames() * bytesPerFrame;
                fb = FrameBuffer.allocate(bytes);
                if ((p.flags() & WasapiInterfaces.BUFFERFLAGS_SILENT) != 0) {
                    fb.memory().fill((byte) (format == AudioSampleFormat.U8 ? 0x80 : 0));
                } else {
                    MemorySegment.copy(p.data().reinterpret(bytes), 0, fb.memory(), 0, bytes);
                }
            } finally {
                packets.release(p.frames());
            }
            // The packet's first frame was captured about its own length before now.
            long ts = System.nanoTime() / 1_000 - (long) p.frames() * 1_000_000 / sampleRate;
            sink.deliver(fb.toAudioData(format, sampleRate, p.frames(), channels, ts));
            total += p.frames();
        }
        return total;
    }
}
