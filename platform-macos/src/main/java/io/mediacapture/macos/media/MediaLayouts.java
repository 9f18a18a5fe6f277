package io.mediacapture.macos.media;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;

/**
 * The plain C structs of CoreMedia and CoreAudio this backend reads, as their headers define them. Both
 * macOS architectures are LP64 with the same alignment rules, so one layout serves x86_64 and arm64.
 */
public final class MediaLayouts {
    private MediaLayouts() {}

    /** {@code typedef struct { int32_t width; int32_t height; } CMVideoDimensions;} */
    public static final StructLayout CM_VIDEO_DIMENSIONS = MemoryLayout.structLayout(
            ValueLayout.JAVA_INT.withName("width"),
            ValueLayout.JAVA_INT.withName("height")).withName("CMVideoDimensions");

    /**
     * <pre>
     * struct AudioStreamBasicDescription {
     *     Float64 mSampleRate; AudioFormatID mFormatID; AudioFormatFlags mFormatFlags;
     *     UInt32 mBytesPerPacket; UInt32 mFramesPerPacket; UInt32 mBytesPerFrame;
     *     UInt32 mChannelsPerFrame; UInt32 mBitsPerChannel; UInt32 mReserved; };   // 40 bytes
     * </pre>
     */
    public static final StructLayout AUDIO_STREAM_BASIC_DESCRIPTION = MemoryLayout.structLayout(
            ValueLayout.JAVA_DOUBLE.withName("mSampleRate"),
            ValueLayout.JAVA_INT.withName("mFormatID"),
            ValueLayout.JAVA_INT.withName("mFormatFlags"),
            ValueLayout.JAVA_INT.withName("mBytesPerPacket"),
            ValueLayout.JAVA_INT.withName("mFramesPerPacket"),
            ValueLayout.JAVA_INT.withName("mBytesPerFrame"),
            ValueLayout.JAVA_INT.withName("mChannelsPerFrame"),
            ValueLayout.JAVA_INT.withName("mBitsPerChannel"),
            ValueLayout.JAVA_INT.withName("mReserved")).withName("AudioStreamBasicDescription");

    /** {@code struct AudioBuffer { UInt32 mNumberChannels; UInt32 mDataByteSize; void *mData; };} (16 bytes) */
    public static final StructLayout AUDIO_BUFFER = MemoryLayout.structLayout(
            ValueLayout.JAVA_INT.withName("mNumberChannels"),
            ValueLayout.JAVA_INT.withName("mDataByteSize"),
            ValueLayout.ADDRESS.withName("mData")).withName("AudioBuffer");

    /**
     * {@code struct AudioBufferList { UInt32 mNumberBuffers; AudioBuffer mBuffers[1]; };} (24 bytes): the
     * array is variable-length in practice; this is the one-buffer form an interleaved stream fills. The
     * 4 bytes of padding come from AudioBuffer's pointer alignment.
     */
    public static final StructLayout AUDIO_BUFFER_LIST = MemoryLayout.structLayout(
            ValueLayout.JAVA_INT.withName("mNumberBuffers"),
            MemoryLayout.paddingLayout(4),
            MemoryLayout.sequenceLayout(1, AUDIO_BUFFER).withName("mBuffers")).withName("AudioBufferList");

    /** Offset of {@code mBuffers} in AudioBufferList. */
    public static final long AUDIO_BUFFER_LIST_BUFFERS = AUDIO_BUFFER_LIST.byteOffset(
            MemoryLayout.PathElement.groupElement("mBuffers"));

    /** kAudioFormatLinearPCM = 'lpcm'. */
    public static final int AUDIO_FORMAT_LINEAR_PCM = FourCc.of("lpcm");
    /** kAudioFormatFlagIsFloat. */
    public static final int AUDIO_FLAG_IS_FLOAT = 1;
    /** kAudioFormatFlagIsNonInterleaved. */
    public static final int AUDIO_FLAG_NON_INTERLEAVED = 1 << 5;
}
