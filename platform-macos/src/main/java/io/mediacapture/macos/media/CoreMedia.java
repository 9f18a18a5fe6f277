package io.mediacapture.macos.media;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.mediacapture.macos.objc.NativeFunctions;
import io.mediacapture.macos.objc.ObjcException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.invoke.MethodHandle;

/**
 * The C functions of CoreMedia, CoreVideo and CoreFoundation the capture path calls on every sample buffer.
 * Plain C calls with exact signatures; struct results ({@code CMTime}, {@code CMVideoDimensions}) follow the
 * C ABI, which FFM handles (no stret question arises for C functions). macOS only: loading fails elsewhere.
 */
public final class CoreMedia {
    private static final String FRAMEWORKS = "/System/Library/Frameworks/";

    private final MethodHandle getImageBuffer;
    private final MethodHandle getDataBuffer;
    private final MethodHandle getFormatDescription;
    private final MethodHandle getPresentationTimeStamp;
    private final MethodHandle getNumSamples;
    private final MethodHandle mediaSubType;
    private final MethodHandle videoDimensions;
    private final MethodHandle streamBasicDescription;
    private final MethodHandle blockBufferDataPointer;
    private final MethodHandle audioBufferList;
    private final MethodHandle hostTimeClock;
    private final MethodHandle clockGetTime;
    private final MethodHandle lock;
    private final MethodHandle unlock;
    private final MethodHandle isPlanar;
    private final MethodHandle planeCount;
    private final MethodHandle baseAddress;
    private final MethodHandle bytesPerRow;
    private final MethodHandle width;
    private final MethodHandle height;
    private final MethodHandle planeBaseAddress;
    private final MethodHandle planeBytesPerRow;
    private final MethodHandle planeHeight;
    private final MethodHandle cfRetain;
    private final MethodHandle cfRelease;

    private CoreMedia(NativeFunctions cm, NativeFunctions cv, NativeFunctions cf) {
        getImageBuffer = cm.function("CMSampleBufferGetImageBuffer", FunctionDescriptor.of(ADDRESS, ADDRESS));
        getDataBuffer = cm.function("CMSampleBufferGetDataBuffer", FunctionDescriptor.of(ADDRESS, ADDRESS));
        getFormatDescription = cm.function("CMSampleBufferGetFormatDescription", FunctionDescriptor.of(ADDRESS, ADDRESS));
        getPresentationTimeStamp = cm.function("CMSampleBufferGetPresentationTimeStamp",
                FunctionDescriptor.of(CMTime.LAYOUT, ADDRESS));
        getNumSamples = cm.function("CMSampleBufferGetNumSamples", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        mediaSubType = cm.function("CMFormatDescriptionGetMediaSubType", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        videoDimensions = cm.function("CMVideoFormatDescriptionGetDimensions",
                FunctionDescriptor.of(MediaLayouts.CM_VIDEO_DIMENSIONS, ADDRESS));
        streamBasicDescription = cm.function("CMAudioFormatDescriptionGetStreamBasicDescription",
                FunctionDescriptor.of(ADDRESS, ADDRESS));
        blockBufferDataPointer = cm.function("CMBlockBufferGetDataPointer",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS));
        audioBufferList = cm.function("CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
        hostTimeClock = cm.function("CMClockGetHostTimeClock", FunctionDescriptor.of(ADDRESS));
        clockGetTime = cm.function("CMClockGetTime", FunctionDescriptor.of(CMTime.LAYOUT, ADDRESS));
        lock = cv.function("CVPixelBufferLockBaseAddress", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        unlock = cv.function("CVPixelBufferUnlockBaseAddress", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        isPlanar = cv.function("CVPixelBufferIsPlanar", FunctionDescriptor.of(JAVA_BYTE, ADDRESS));
        planeCount = cv.function("CVPixelBufferGetPlaneCount", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        baseAddress = cv.function("CVPixelBufferGetBaseAddress", FunctionDescriptor.of(ADDRESS, ADDRESS));
        bytesPerRow = cv.function("CVPixelBufferGetBytesPerRow", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        width = cv.function("CVPixelBufferGetWidth", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        height = cv.function("CVPixelBufferGetHeight", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        planeBaseAddress = cv.function("CVPixelBufferGetBaseAddressOfPlane", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
        planeBytesPerRow = cv.function("CVPixelBufferGetBytesPerRowOfPlane", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
        planeHeight = cv.function("CVPixelBufferGetHeightOfPlane", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
        cfRetain = cf.function("CFRetain", FunctionDescriptor.of(ADDRESS, ADDRESS));
        cfRelease = cf.function("CFRelease", FunctionDescriptor.ofVoid(ADDRESS));
    }

    /** Loads CoreMedia, CoreVideo and CoreFoundation. @throws ObjcException when they are missing */
    public static CoreMedia load() {
        return new CoreMedia(framework("CoreMedia"), framework("CoreVideo"), framework("CoreFoundation"));
    }

    /** A system framework by name. */
    public static NativeFunctions framework(String name) {
        return NativeFunctions.load(FRAMEWORKS + name + ".framework/" + name);
    }

    /** kCVPixelBufferLock_ReadOnly. */
    public static final long LOCK_READ_ONLY = 1;

    public MemorySegment imageBuffer(MemorySegment sampleBuffer) {
        return (MemorySegment) call(getImageBuffer, "CMSampleBufferGetImageBuffer", sampleBuffer);
    }

    public MemorySegment dataBuffer(MemorySegment sampleBuffer) {
        return (MemorySegment) call(getDataBuffer, "CMSampleBufferGetDataBuffer", sampleBuffer);
    }

    public MemorySegment formatDescription(MemorySegment sampleBuffer) {
        return (MemorySegment) call(getFormatDescription, "CMSampleBufferGetFormatDescription", sampleBuffer);
    }

    public CMTime presentationTime(SegmentAllocator a, MemorySegment sampleBuffer) {
        return CMTime.read((MemorySegment) call(getPresentationTimeStamp, "CMSampleBufferGetPresentationTimeStamp", a, sampleBuffer));
    }

    public long numSamples(MemorySegment sampleBuffer) {
        return (long) call(getNumSamples, "CMSampleBufferGetNumSamples", sampleBuffer);
    }

    public int mediaSubType(MemorySegment formatDescription) {
        return (int) call(mediaSubType, "CMFormatDescriptionGetMediaSubType", formatDescription);
    }

    /** {width, height} of a video format description. */
    public int[] dimensions(SegmentAllocator a, MemorySegment formatDescription) {
        MemorySegment d = (MemorySegment) call(videoDimensions, "CMVideoFormatDescriptionGetDimensions", a, formatDescription);
        return new int[] {d.get(JAVA_INT, 0), d.get(JAVA_INT, 4)};
    }

    /** The ASBD of an audio format description (owned by the description), or NULL. */
    public MemorySegment streamBasicDescription(MemorySegment formatDescription) {
        MemorySegment p = (MemorySegment) call(streamBasicDescription, "CMAudioFormatDescriptionGetStreamBasicDescription",
                formatDescription);
        return p.equals(MemorySegment.NULL) ? p : p.reinterpret(MediaLayouts.AUDIO_STREAM_BASIC_DESCRIPTION.byteSize());
    }

    /** CMBlockBufferGetDataPointer; returns the OSStatus. */
    public int blockBufferDataPointer(MemorySegment block, MemorySegment lengthAtOffset, MemorySegment totalLength,
                                      MemorySegment dataPointer) {
        return (int) call(blockBufferDataPointer, "CMBlockBufferGetDataPointer", block, 0L, lengthAtOffset, totalLength,
                dataPointer);
    }

    /** CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer with default allocators; returns the OSStatus. */
    public int audioBufferList(MemorySegment sampleBuffer, MemorySegment list, long listSize, int flags,
                               MemorySegment blockBufferOut) {
        return (int) call(audioBufferList, "CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer", sampleBuffer,
                MemorySegment.NULL, list, listSize, MemorySegment.NULL, MemorySegment.NULL, flags, blockBufferOut);
    }

    /** The host time clock's current time (mach_absolute_time, the clock capture timestamps are on). */
    public CMTime hostTimeNow(SegmentAllocator a) {
        MemorySegment clock = (MemorySegment) call(hostTimeClock, "CMClockGetHostTimeClock");
        return CMTime.read((MemorySegment) call(clockGetTime, "CMClockGetTime", a, clock));
    }

    public int lockReadOnly(MemorySegment pixelBuffer) {
        return (int) call(lock, "CVPixelBufferLockBaseAddress", pixelBuffer, LOCK_READ_ONLY);
    }

    public int unlockReadOnly(MemorySegment pixelBuffer) {
        return (int) call(unlock, "CVPixelBufferUnlockBaseAddress", pixelBuffer, LOCK_READ_ONLY);
    }

    public boolean isPlanar(MemorySegment pixelBuffer) {
        return (byte) call(isPlanar, "CVPixelBufferIsPlanar", pixelBuffer) != 0;
    }

    public long planeCount(MemorySegment pixelBuffer) {
        return (long) call(planeCount, "CVPixelBufferGetPlaneCount", pixelBuffer);
    }

    public MemorySegment baseAddress(MemorySegment pixelBuffer) {
        return (MemorySegment) call(baseAddress, "CVPixelBufferGetBaseAddress", pixelBuffer);
    }

    public long bytesPerRow(MemorySegment pixelBuffer) {
        return (long) call(bytesPerRow, "CVPixelBufferGetBytesPerRow", pixelBuffer);
    }

    public long width(MemorySegment pixelBuffer) {
        return (long) call(width, "CVPixelBufferGetWidth", pixelBuffer);
    }

    public long height(MemorySegment pixelBuffer) {
        return (long) call(height, "CVPixelBufferGetHeight", pixelBuffer);
    }

    public MemorySegment planeBaseAddress(MemorySegment pixelBuffer, long plane) {
        return (MemorySegment) call(planeBaseAddress, "CVPixelBufferGetBaseAddressOfPlane", pixelBuffer, plane);
    }

    public long planeBytesPerRow(MemorySegment pixelBuffer, long plane) {
        return (long) call(planeBytesPerRow, "CVPixelBufferGetBytesPerRowOfPlane", pixelBuffer, plane);
    }

    public long planeHeight(MemorySegment pixelBuffer, long plane) {
        return (long) call(planeHeight, "CVPixelBufferGetHeightOfPlane", pixelBuffer, plane);
    }

    public MemorySegment retain(MemorySegment cf) {
        return (MemorySegment) call(cfRetain, "CFRetain", cf);
    }

    public void release(MemorySegment cf) {
        call(cfRelease, "CFRelease", cf);
    }

    private static Object call(MethodHandle h, String name, Object... args) {
        try {
            return h.invokeWithArguments(args);
        } catch (Throwable t) {
            if (t instanceof Error e) {
                throw e;
            }
            throw new ObjcException(name + " failed: " + t, t);
        }
    }
}
