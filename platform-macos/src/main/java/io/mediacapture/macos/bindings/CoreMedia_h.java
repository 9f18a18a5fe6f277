// Written in jextract's shape (one class per header: $descriptor()/$handle()/$address() and a static method per
// function, lazy library loading), because jextract cannot read Apple's SDK headers here. The prototypes
// are restated from Apple's documentation and headers; see the C declaration above each function.
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;

import static java.lang.foreign.ValueLayout.*;

/**
 * CoreMedia ({@code <CoreMedia/CoreMedia.h>}): sample buffers, format descriptions, block buffers and the host clock. macOS only.
 */
@SuppressWarnings({"unused", "restricted"})
public class CoreMedia_h {

    CoreMedia_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types of LP64 macOS (x86_64 and arm64 alike).
    public static final ValueLayout.OfByte C_CHAR = JAVA_BYTE;
    public static final ValueLayout.OfInt C_INT = JAVA_INT;
    public static final ValueLayout.OfLong C_LONG = JAVA_LONG;
    public static final AddressLayout C_POINTER = ADDRESS;

    /** The library, loaded on first use of one of its functions (never at class initialisation). */
    public static final Framework LIBRARY = Framework.system("CoreMedia");

    static MemorySegment findOrThrow(String symbol) {
        return LIBRARY.find(symbol);
    }

    /**
     * Links a downcall. When the library or symbol is missing, returns a handle of the same type that throws
     * the loader's error on every call, naming the library (a failing static initialiser would turn into
     * NoClassDefFoundError on the second call).
     */
    static MethodHandle downcall(String symbol, FunctionDescriptor descriptor) {
        MemorySegment address;
        try {
            address = findOrThrow(symbol);
        } catch (RuntimeException e) {
            MethodType type = descriptor.toMethodType();
            MethodHandle thrower = MethodHandles.throwException(type.returnType(), e.getClass()).bindTo(e);
            return MethodHandles.dropArguments(thrower, 0, type.parameterList());
        }
        return LINKER.downcallHandle(address, descriptor);
    }

    /**
     * {@snippet lang=c :
     * kCMTimeFlags_Valid = 1UL<<0
     * }
     */
    public static int kCMTimeFlags_Valid() {
        return 1;
    }

    /**
     * {@snippet lang=c :
     * kCMSampleBufferFlag_AudioBufferList_Assure16ByteAlignment = (1L<<0)
     * }
     */
    public static int kCMSampleBufferFlag_AudioBufferList_Assure16ByteAlignment() {
        return 1;
    }

    private static class CMSampleBufferGetImageBuffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMSampleBufferGetImageBuffer", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CVImageBufferRef CMSampleBufferGetImageBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static FunctionDescriptor CMSampleBufferGetImageBuffer$descriptor() {
        return CMSampleBufferGetImageBuffer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CVImageBufferRef CMSampleBufferGetImageBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static MethodHandle CMSampleBufferGetImageBuffer$handle() {
        return CMSampleBufferGetImageBuffer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CVImageBufferRef CMSampleBufferGetImageBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetImageBuffer$address() {
        return CoreMedia_h.findOrThrow("CMSampleBufferGetImageBuffer");
    }

    /**
     * {@snippet lang=c :
     * CVImageBufferRef CMSampleBufferGetImageBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetImageBuffer(MemorySegment sbuf) {
        var mh$ = CMSampleBufferGetImageBuffer.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(sbuf);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMSampleBufferGetDataBuffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMSampleBufferGetDataBuffer", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CMBlockBufferRef CMSampleBufferGetDataBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static FunctionDescriptor CMSampleBufferGetDataBuffer$descriptor() {
        return CMSampleBufferGetDataBuffer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CMBlockBufferRef CMSampleBufferGetDataBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static MethodHandle CMSampleBufferGetDataBuffer$handle() {
        return CMSampleBufferGetDataBuffer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CMBlockBufferRef CMSampleBufferGetDataBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetDataBuffer$address() {
        return CoreMedia_h.findOrThrow("CMSampleBufferGetDataBuffer");
    }

    /**
     * {@snippet lang=c :
     * CMBlockBufferRef CMSampleBufferGetDataBuffer(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetDataBuffer(MemorySegment sbuf) {
        var mh$ = CMSampleBufferGetDataBuffer.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(sbuf);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMSampleBufferGetFormatDescription {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMSampleBufferGetFormatDescription", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CMFormatDescriptionRef CMSampleBufferGetFormatDescription(CMSampleBufferRef sbuf)
     * }
     */
    public static FunctionDescriptor CMSampleBufferGetFormatDescription$descriptor() {
        return CMSampleBufferGetFormatDescription.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CMFormatDescriptionRef CMSampleBufferGetFormatDescription(CMSampleBufferRef sbuf)
     * }
     */
    public static MethodHandle CMSampleBufferGetFormatDescription$handle() {
        return CMSampleBufferGetFormatDescription.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CMFormatDescriptionRef CMSampleBufferGetFormatDescription(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetFormatDescription$address() {
        return CoreMedia_h.findOrThrow("CMSampleBufferGetFormatDescription");
    }

    /**
     * {@snippet lang=c :
     * CMFormatDescriptionRef CMSampleBufferGetFormatDescription(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetFormatDescription(MemorySegment sbuf) {
        var mh$ = CMSampleBufferGetFormatDescription.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(sbuf);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMSampleBufferGetPresentationTimeStamp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CMTime.layout(), CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMSampleBufferGetPresentationTimeStamp", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CMTime CMSampleBufferGetPresentationTimeStamp(CMSampleBufferRef sbuf)
     * }
     */
    public static FunctionDescriptor CMSampleBufferGetPresentationTimeStamp$descriptor() {
        return CMSampleBufferGetPresentationTimeStamp.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CMTime CMSampleBufferGetPresentationTimeStamp(CMSampleBufferRef sbuf)
     * }
     */
    public static MethodHandle CMSampleBufferGetPresentationTimeStamp$handle() {
        return CMSampleBufferGetPresentationTimeStamp.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CMTime CMSampleBufferGetPresentationTimeStamp(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetPresentationTimeStamp$address() {
        return CoreMedia_h.findOrThrow("CMSampleBufferGetPresentationTimeStamp");
    }

    /**
     * {@snippet lang=c :
     * CMTime CMSampleBufferGetPresentationTimeStamp(CMSampleBufferRef sbuf)
     * }
     */
    public static MemorySegment CMSampleBufferGetPresentationTimeStamp(SegmentAllocator allocator, MemorySegment sbuf) {
        var mh$ = CMSampleBufferGetPresentationTimeStamp.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, sbuf);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMSampleBufferGetNumSamples {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_LONG, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMSampleBufferGetNumSamples", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CMItemCount CMSampleBufferGetNumSamples(CMSampleBufferRef sbuf)  // CMItemCount is a signed long
     * }
     */
    public static FunctionDescriptor CMSampleBufferGetNumSamples$descriptor() {
        return CMSampleBufferGetNumSamples.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CMItemCount CMSampleBufferGetNumSamples(CMSampleBufferRef sbuf)  // CMItemCount is a signed long
     * }
     */
    public static MethodHandle CMSampleBufferGetNumSamples$handle() {
        return CMSampleBufferGetNumSamples.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CMItemCount CMSampleBufferGetNumSamples(CMSampleBufferRef sbuf)  // CMItemCount is a signed long
     * }
     */
    public static MemorySegment CMSampleBufferGetNumSamples$address() {
        return CoreMedia_h.findOrThrow("CMSampleBufferGetNumSamples");
    }

    /**
     * {@snippet lang=c :
     * CMItemCount CMSampleBufferGetNumSamples(CMSampleBufferRef sbuf)  // CMItemCount is a signed long
     * }
     */
    public static long CMSampleBufferGetNumSamples(MemorySegment sbuf) {
        var mh$ = CMSampleBufferGetNumSamples.HANDLE;
        try {
            return (long) mh$.invokeExact(sbuf);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_INT, CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER, CoreMedia_h.C_LONG, CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER, CoreMedia_h.C_INT, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * OSStatus CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer(CMSampleBufferRef sbuf, size_t *bufferListSizeNeededOut, AudioBufferList *bufferListOut, size_t bufferListSize, CFAllocatorRef blockBufferStructureAllocator, CFAllocatorRef blockBufferBlockAllocator, uint32_t flags, CMBlockBufferRef *blockBufferOut)
     * }
     */
    public static FunctionDescriptor CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer$descriptor() {
        return CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * OSStatus CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer(CMSampleBufferRef sbuf, size_t *bufferListSizeNeededOut, AudioBufferList *bufferListOut, size_t bufferListSize, CFAllocatorRef blockBufferStructureAllocator, CFAllocatorRef blockBufferBlockAllocator, uint32_t flags, CMBlockBufferRef *blockBufferOut)
     * }
     */
    public static MethodHandle CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer$handle() {
        return CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * OSStatus CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer(CMSampleBufferRef sbuf, size_t *bufferListSizeNeededOut, AudioBufferList *bufferListOut, size_t bufferListSize, CFAllocatorRef blockBufferStructureAllocator, CFAllocatorRef blockBufferBlockAllocator, uint32_t flags, CMBlockBufferRef *blockBufferOut)
     * }
     */
    public static MemorySegment CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer$address() {
        return CoreMedia_h.findOrThrow("CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer");
    }

    /**
     * {@snippet lang=c :
     * OSStatus CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer(CMSampleBufferRef sbuf, size_t *bufferListSizeNeededOut, AudioBufferList *bufferListOut, size_t bufferListSize, CFAllocatorRef blockBufferStructureAllocator, CFAllocatorRef blockBufferBlockAllocator, uint32_t flags, CMBlockBufferRef *blockBufferOut)
     * }
     */
    public static int CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer(MemorySegment sbuf, MemorySegment bufferListSizeNeededOut, MemorySegment bufferListOut, long bufferListSize, MemorySegment blockBufferStructureAllocator, MemorySegment blockBufferBlockAllocator, int flags, MemorySegment blockBufferOut) {
        var mh$ = CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer.HANDLE;
        try {
            return (int) mh$.invokeExact(sbuf, bufferListSizeNeededOut, bufferListOut, bufferListSize, blockBufferStructureAllocator, blockBufferBlockAllocator, flags, blockBufferOut);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMFormatDescriptionGetMediaSubType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_INT, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMFormatDescriptionGetMediaSubType", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * FourCharCode CMFormatDescriptionGetMediaSubType(CMFormatDescriptionRef desc)
     * }
     */
    public static FunctionDescriptor CMFormatDescriptionGetMediaSubType$descriptor() {
        return CMFormatDescriptionGetMediaSubType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * FourCharCode CMFormatDescriptionGetMediaSubType(CMFormatDescriptionRef desc)
     * }
     */
    public static MethodHandle CMFormatDescriptionGetMediaSubType$handle() {
        return CMFormatDescriptionGetMediaSubType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * FourCharCode CMFormatDescriptionGetMediaSubType(CMFormatDescriptionRef desc)
     * }
     */
    public static MemorySegment CMFormatDescriptionGetMediaSubType$address() {
        return CoreMedia_h.findOrThrow("CMFormatDescriptionGetMediaSubType");
    }

    /**
     * {@snippet lang=c :
     * FourCharCode CMFormatDescriptionGetMediaSubType(CMFormatDescriptionRef desc)
     * }
     */
    public static int CMFormatDescriptionGetMediaSubType(MemorySegment desc) {
        var mh$ = CMFormatDescriptionGetMediaSubType.HANDLE;
        try {
            return (int) mh$.invokeExact(desc);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMVideoFormatDescriptionGetDimensions {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CMVideoDimensions.layout(), CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMVideoFormatDescriptionGetDimensions", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CMVideoDimensions CMVideoFormatDescriptionGetDimensions(CMVideoFormatDescriptionRef videoDesc)
     * }
     */
    public static FunctionDescriptor CMVideoFormatDescriptionGetDimensions$descriptor() {
        return CMVideoFormatDescriptionGetDimensions.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CMVideoDimensions CMVideoFormatDescriptionGetDimensions(CMVideoFormatDescriptionRef videoDesc)
     * }
     */
    public static MethodHandle CMVideoFormatDescriptionGetDimensions$handle() {
        return CMVideoFormatDescriptionGetDimensions.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CMVideoDimensions CMVideoFormatDescriptionGetDimensions(CMVideoFormatDescriptionRef videoDesc)
     * }
     */
    public static MemorySegment CMVideoFormatDescriptionGetDimensions$address() {
        return CoreMedia_h.findOrThrow("CMVideoFormatDescriptionGetDimensions");
    }

    /**
     * {@snippet lang=c :
     * CMVideoDimensions CMVideoFormatDescriptionGetDimensions(CMVideoFormatDescriptionRef videoDesc)
     * }
     */
    public static MemorySegment CMVideoFormatDescriptionGetDimensions(SegmentAllocator allocator, MemorySegment videoDesc) {
        var mh$ = CMVideoFormatDescriptionGetDimensions.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, videoDesc);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMAudioFormatDescriptionGetStreamBasicDescription {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMAudioFormatDescriptionGetStreamBasicDescription", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const AudioStreamBasicDescription *CMAudioFormatDescriptionGetStreamBasicDescription(CMAudioFormatDescriptionRef desc)
     * }
     */
    public static FunctionDescriptor CMAudioFormatDescriptionGetStreamBasicDescription$descriptor() {
        return CMAudioFormatDescriptionGetStreamBasicDescription.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const AudioStreamBasicDescription *CMAudioFormatDescriptionGetStreamBasicDescription(CMAudioFormatDescriptionRef desc)
     * }
     */
    public static MethodHandle CMAudioFormatDescriptionGetStreamBasicDescription$handle() {
        return CMAudioFormatDescriptionGetStreamBasicDescription.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const AudioStreamBasicDescription *CMAudioFormatDescriptionGetStreamBasicDescription(CMAudioFormatDescriptionRef desc)
     * }
     */
    public static MemorySegment CMAudioFormatDescriptionGetStreamBasicDescription$address() {
        return CoreMedia_h.findOrThrow("CMAudioFormatDescriptionGetStreamBasicDescription");
    }

    /**
     * {@snippet lang=c :
     * const AudioStreamBasicDescription *CMAudioFormatDescriptionGetStreamBasicDescription(CMAudioFormatDescriptionRef desc)
     * }
     */
    public static MemorySegment CMAudioFormatDescriptionGetStreamBasicDescription(MemorySegment desc) {
        var mh$ = CMAudioFormatDescriptionGetStreamBasicDescription.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(desc);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMBlockBufferGetDataPointer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_INT, CoreMedia_h.C_POINTER, CoreMedia_h.C_LONG, CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER, CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMBlockBufferGetDataPointer", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * OSStatus CMBlockBufferGetDataPointer(CMBlockBufferRef theBuffer, size_t offset, size_t *lengthAtOffsetOut, size_t *totalLengthOut, char **dataPointerOut)
     * }
     */
    public static FunctionDescriptor CMBlockBufferGetDataPointer$descriptor() {
        return CMBlockBufferGetDataPointer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * OSStatus CMBlockBufferGetDataPointer(CMBlockBufferRef theBuffer, size_t offset, size_t *lengthAtOffsetOut, size_t *totalLengthOut, char **dataPointerOut)
     * }
     */
    public static MethodHandle CMBlockBufferGetDataPointer$handle() {
        return CMBlockBufferGetDataPointer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * OSStatus CMBlockBufferGetDataPointer(CMBlockBufferRef theBuffer, size_t offset, size_t *lengthAtOffsetOut, size_t *totalLengthOut, char **dataPointerOut)
     * }
     */
    public static MemorySegment CMBlockBufferGetDataPointer$address() {
        return CoreMedia_h.findOrThrow("CMBlockBufferGetDataPointer");
    }

    /**
     * {@snippet lang=c :
     * OSStatus CMBlockBufferGetDataPointer(CMBlockBufferRef theBuffer, size_t offset, size_t *lengthAtOffsetOut, size_t *totalLengthOut, char **dataPointerOut)
     * }
     */
    public static int CMBlockBufferGetDataPointer(MemorySegment theBuffer, long offset, MemorySegment lengthAtOffsetOut, MemorySegment totalLengthOut, MemorySegment dataPointerOut) {
        var mh$ = CMBlockBufferGetDataPointer.HANDLE;
        try {
            return (int) mh$.invokeExact(theBuffer, offset, lengthAtOffsetOut, totalLengthOut, dataPointerOut);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMClockGetHostTimeClock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMClockGetHostTimeClock", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CMClockRef CMClockGetHostTimeClock(void)
     * }
     */
    public static FunctionDescriptor CMClockGetHostTimeClock$descriptor() {
        return CMClockGetHostTimeClock.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CMClockRef CMClockGetHostTimeClock(void)
     * }
     */
    public static MethodHandle CMClockGetHostTimeClock$handle() {
        return CMClockGetHostTimeClock.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CMClockRef CMClockGetHostTimeClock(void)
     * }
     */
    public static MemorySegment CMClockGetHostTimeClock$address() {
        return CoreMedia_h.findOrThrow("CMClockGetHostTimeClock");
    }

    /**
     * {@snippet lang=c :
     * CMClockRef CMClockGetHostTimeClock(void)
     * }
     */
    public static MemorySegment CMClockGetHostTimeClock() {
        var mh$ = CMClockGetHostTimeClock.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class CMClockGetTime {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CMTime.layout(), CoreMedia_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreMedia_h.downcall("CMClockGetTime", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * CMTime CMClockGetTime(CMClockRef clock)
     * }
     */
    public static FunctionDescriptor CMClockGetTime$descriptor() {
        return CMClockGetTime.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * CMTime CMClockGetTime(CMClockRef clock)
     * }
     */
    public static MethodHandle CMClockGetTime$handle() {
        return CMClockGetTime.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * CMTime CMClockGetTime(CMClockRef clock)
     * }
     */
    public static MemorySegment CMClockGetTime$address() {
        return CoreMedia_h.findOrThrow("CMClockGetTime");
    }

    /**
     * {@snippet lang=c :
     * CMTime CMClockGetTime(CMClockRef clock)
     * }
     */
    public static MemorySegment CMClockGetTime(SegmentAllocator allocator, MemorySegment clock) {
        var mh$ = CMClockGetTime.HANDLE;
        try {
            return (MemorySegment) mh$.invokeExact(allocator, clock);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
