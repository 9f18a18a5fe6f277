package io.mediacapture.macos.avfoundation;

import io.mediacapture.AudioSampleFormat;
import io.mediacapture.macos.bindings.AudioBuffer;
import io.mediacapture.macos.bindings.AudioBufferList;
import io.mediacapture.macos.bindings.CoreMedia_h;
import io.mediacapture.macos.media.CMTime;
import io.mediacapture.macos.media.CoreMedia;
import io.mediacapture.spi.FrameBuffer;
import io.mediacapture.spi.SourceSink;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Turns audio sample buffers (interleaved PCM, as the output's audioSettings ask for) into AudioData. Audio
 * buffers are small, so the samples are copied into pooled memory and the CoreMedia block buffer is released
 * at once. What cannot be delivered is counted and logged ({@link DropCounter}). Runs on the output's dispatch
 * queue only.
 */
final class AudioSampleHandler implements SampleBufferDelegate.Handler {
    /** Where the first buffer's size and data pointer are in the list (one interleaved buffer). */
    private static final long DATA_SIZE = AudioBufferList.mBuffers$offset() + AudioBuffer.mDataByteSize$offset();
    private static final long DATA = AudioBufferList.mBuffers$offset() + AudioBuffer.mData$offset();
    /** kCMSampleBufferFlag_AudioBufferList_Assure16ByteAlignment. */
    private static final int ASSURE_16_BYTE_ALIGNMENT = CoreMedia_h.kCMSampleBufferFlag_AudioBufferList_Assure16ByteAlignment();
    private static final System.Logger LOG = System.getLogger("io.mediacapture.macos");

    private final CoreMedia cm;
    private final SourceSink sink;
    private final AudioSampleFormat format;
    private final int sampleRate;
    private final int channels;
    private final Arena scratch = Arena.ofAuto();
    private final MemorySegment list = AudioBufferList.allocate(scratch);
    private final MemorySegment blockOut = scratch.allocate(ValueLayout.ADDRESS);
    private volatile boolean stopped;

    private final DropCounter drops;

    AudioSampleHandler(CoreMedia cm, SourceSink sink, AudioSampleFormat format, int sampleRate, int channels, String label) {
        this.drops = new DropCounter(label, LOG, System.Logger.Level.WARNING);
        this.cm = cm;
        this.sink = sink;
        this.format = format;
        this.sampleRate = sampleRate;
        this.channels = channels;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void sampleBuffer(MemorySegment sampleBuffer) {
        if (stopped) {
            return;
        }
        long frames = cm.numSamples(sampleBuffer);
        if (frames <= 0) {
            drops.drop("a sample buffer without samples");
            return;
        }
        int status = cm.audioBufferList(sampleBuffer, list, list.byteSize(), ASSURE_16_BYTE_ALIGNMENT, blockOut);
        if (status != 0) {
            drops.drop("CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer failed, OSStatus " + status);
            return;
        }
        MemorySegment block = blockOut.get(ValueLayout.ADDRESS, 0);
        try {
            long bytes = Integer.toUnsignedLong(list.get(ValueLayout.JAVA_INT, DATA_SIZE));
            long need = frames * channels * format.bytesPerSample();
            if (bytes < need) {
                drops.drop(bytes + " bytes for " + frames + " frames of " + channels + " " + format
                        + " (not the interleaved format asked for)");
                return;
            }
            MemorySegment data = list.get(ValueLayout.ADDRESS, DATA).reinterpret(need);
            FrameBuffer buffer = FrameBuffer.allocate(need);
            MemorySegment.copy(data, 0, buffer.memory(), 0, need);
            sink.deliver(buffer.toAudioData(format, sampleRate, (int) frames, channels, timestamp(sampleBuffer)));
        } finally {
            if (!block.equals(MemorySegment.NULL)) {
                cm.release(block);
            }
        }
    }

    private long timestamp(MemorySegment sampleBuffer) {
        long now = System.nanoTime() / 1000;
        try (Arena a = Arena.ofConfined()) {
            CMTime pts = cm.presentationTime(a, sampleBuffer);
            CMTime host = cm.hostTimeNow(a);
            return pts.isValid() && host.isValid() ? pts.micros() + (now - host.micros()) : now;
        }
    }
}
