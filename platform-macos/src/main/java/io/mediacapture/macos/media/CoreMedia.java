package io.mediacapture.macos.media;

import io.mediacapture.macos.bindings.AudioStreamBasicDescription;
import io.mediacapture.macos.bindings.CMVideoDimensions;
import io.mediacapture.macos.bindings.CoreFoundation_h;
import io.mediacapture.macos.bindings.CoreMedia_h;
import io.mediacapture.macos.bindings.CoreVideo_h;
import io.mediacapture.macos.bindings.Framework;
import io.mediacapture.macos.objc.NativeFunctions;
import io.mediacapture.macos.objc.ObjcException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * The C functions of CoreMedia, CoreVideo and CoreFoundation the capture path calls on every sample buffer,
 * through the header classes in {@code io.mediacapture.macos.bindings} ({@link CoreMedia_h},
 * {@link CoreVideo_h}, {@link CoreFoundation_h}), which link each function once with its exact C signature.
 * This class only checks at {@link #load()} that the frameworks are there (so a missing one is an
 * availability reason, not an error on the first frame) and gives the calls the names the backend uses.
 * macOS only: loading fails elsewhere.
 */
public final class CoreMedia {
    private CoreMedia() {}

    /** Loads CoreMedia, CoreVideo and CoreFoundation. @throws ObjcException when they are missing */
    public static CoreMedia load() {
        for (Framework f : new Framework[] {CoreMedia_h.LIBRARY, CoreVideo_h.LIBRARY, CoreFoundation_h.LIBRARY}) {
            try {
                f.lookup();
            } catch (Framework.FrameworkUnavailableException e) {
                throw new ObjcException(e.getMessage(), e);
            }
        }
        return new CoreMedia();
    }

    /** A system framework by name, for its exported constants. */
    public static NativeFunctions framework(String name) {
        return NativeFunctions.load(Framework.system(name).path());
    }

    /** kCVPixelBufferLock_ReadOnly. */
    public static final long LOCK_READ_ONLY = CoreVideo_h.kCVPixelBufferLock_ReadOnly();

    public MemorySegment imageBuffer(MemorySegment sampleBuffer) {
        return CoreMedia_h.CMSampleBufferGetImageBuffer(sampleBuffer);
    }

    public MemorySegment dataBuffer(MemorySegment sampleBuffer) {
        return CoreMedia_h.CMSampleBufferGetDataBuffer(sampleBuffer);
    }

    public MemorySegment formatDescription(MemorySegment sampleBuffer) {
        return CoreMedia_h.CMSampleBufferGetFormatDescription(sampleBuffer);
    }

    public CMTime presentationTime(SegmentAllocator a, MemorySegment sampleBuffer) {
        return CMTime.read(CoreMedia_h.CMSampleBufferGetPresentationTimeStamp(a, sampleBuffer));
    }

    public long numSamples(MemorySegment sampleBuffer) {
        return CoreMedia_h.CMSampleBufferGetNumSamples(sampleBuffer);
    }

    public int mediaSubType(MemorySegment formatDescription) {
        return CoreMedia_h.CMFormatDescriptionGetMediaSubType(formatDescription);
    }

    /** {width, height} of a video format description. */
    public int[] dimensions(SegmentAllocator a, MemorySegment formatDescription) {
        MemorySegment d = CoreMedia_h.CMVideoFormatDescriptionGetDimensions(a, formatDescription);
        return new int[] {CMVideoDimensions.width(d), CMVideoDimensions.height(d)};
    }

    /** The ASBD of an audio format description (owned by the description), or NULL. */
    public MemorySegment streamBasicDescription(MemorySegment formatDescription) {
        MemorySegment p = CoreMedia_h.CMAudioFormatDescriptionGetStreamBasicDescription(formatDescription);
        return p.equals(MemorySegment.NULL) ? p : p.reinterpret(AudioStreamBasicDescription.sizeof());
    }

    /** CMBlockBufferGetDataPointer; returns the OSStatus. */
    public int blockBufferDataPointer(MemorySegment block, MemorySegment lengthAtOffset, MemorySegment totalLength,
                                      MemorySegment dataPointer) {
        return CoreMedia_h.CMBlockBufferGetDataPointer(block, 0L, lengthAtOffset, totalLength, dataPointer);
    }

    /** CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer with default allocators; returns the OSStatus. */
    public int audioBufferList(MemorySegment sampleBuffer, MemorySegment list, long listSize, int flags,
                               MemorySegment blockBufferOut) {
        return CoreMedia_h.CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer(sampleBuffer, MemorySegment.NULL, list,
                listSize, MemorySegment.NULL, MemorySegment.NULL, flags, blockBufferOut);
    }

    /** The host time clock's current time (mach_absolute_time, the clock capture timestamps are on). */
    public CMTime hostTimeNow(SegmentAllocator a) {
        return CMTime.read(CoreMedia_h.CMClockGetTime(a, CoreMedia_h.CMClockGetHostTimeClock()));
    }

    public int lockReadOnly(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferLockBaseAddress(pixelBuffer, LOCK_READ_ONLY);
    }

    public int unlockReadOnly(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferUnlockBaseAddress(pixelBuffer, LOCK_READ_ONLY);
    }

    public boolean isPlanar(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferIsPlanar(pixelBuffer) != 0;
    }

    public long planeCount(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferGetPlaneCount(pixelBuffer);
    }

    public MemorySegment baseAddress(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferGetBaseAddress(pixelBuffer);
    }

    public long bytesPerRow(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferGetBytesPerRow(pixelBuffer);
    }

    public long width(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferGetWidth(pixelBuffer);
    }

    public long height(MemorySegment pixelBuffer) {
        return CoreVideo_h.CVPixelBufferGetHeight(pixelBuffer);
    }

    public MemorySegment planeBaseAddress(MemorySegment pixelBuffer, long plane) {
        return CoreVideo_h.CVPixelBufferGetBaseAddressOfPlane(pixelBuffer, plane);
    }

    public long planeBytesPerRow(MemorySegment pixelBuffer, long plane) {
        return CoreVideo_h.CVPixelBufferGetBytesPerRowOfPlane(pixelBuffer, plane);
    }

    public long planeHeight(MemorySegment pixelBuffer, long plane) {
        return CoreVideo_h.CVPixelBufferGetHeightOfPlane(pixelBuffer, plane);
    }

    public MemorySegment retain(MemorySegment cf) {
        return CoreFoundation_h.CFRetain(cf);
    }

    public void release(MemorySegment cf) {
        CoreFoundation_h.CFRelease(cf);
    }
}
