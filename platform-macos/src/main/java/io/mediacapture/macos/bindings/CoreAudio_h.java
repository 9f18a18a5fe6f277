// Written in jextract's shape (one class per header: $descriptor()/$handle()/$address() and a static method per
// function, lazy library loading), because jextract cannot read Apple's SDK headers here. The prototypes
// are restated from Apple's documentation and headers; see the C declaration above each function.
package io.mediacapture.macos.bindings;

import java.lang.foreign.*;
import java.lang.invoke.*;

import static java.lang.foreign.ValueLayout.*;

/**
 * CoreAudio ({@code <CoreAudio/AudioHardware.h>}, {@code CoreAudioTypes.h}): the HAL property call and the linear PCM constants. macOS only.
 */
@SuppressWarnings({"unused", "restricted"})
public class CoreAudio_h {

    CoreAudio_h() {
        // static members only
    }

    private static final Linker LINKER = Linker.nativeLinker();

    // C types of LP64 macOS (x86_64 and arm64 alike).
    public static final ValueLayout.OfByte C_CHAR = JAVA_BYTE;
    public static final ValueLayout.OfInt C_INT = JAVA_INT;
    public static final ValueLayout.OfLong C_LONG = JAVA_LONG;
    public static final AddressLayout C_POINTER = ADDRESS;

    /** The library, loaded on first use of one of its functions (never at class initialisation). */
    public static final Framework LIBRARY = Framework.system("CoreAudio");

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
     * kAudioObjectSystemObject = 1
     * }
     */
    public static int kAudioObjectSystemObject() {
        return 1;
    }

    /**
     * {@snippet lang=c :
     * kAudioHardwarePropertyRunLoop = 'rnlp'  // AudioHardwareDeprecated.h
     * }
     */
    public static int kAudioHardwarePropertyRunLoop() {
        return 0x726e6c70;
    }

    /**
     * {@snippet lang=c :
     * kAudioObjectPropertyScopeGlobal = 'glob'
     * }
     */
    public static int kAudioObjectPropertyScopeGlobal() {
        return 0x676c6f62;
    }

    /**
     * {@snippet lang=c :
     * kAudioObjectPropertyElementMain = 0  // formerly kAudioObjectPropertyElementMaster
     * }
     */
    public static int kAudioObjectPropertyElementMain() {
        return 0;
    }

    /**
     * {@snippet lang=c :
     * kAudioFormatLinearPCM = 'lpcm'
     * }
     */
    public static int kAudioFormatLinearPCM() {
        return 0x6c70636d;
    }

    /**
     * {@snippet lang=c :
     * kAudioFormatFlagIsFloat = (1U << 0)
     * }
     */
    public static int kAudioFormatFlagIsFloat() {
        return 1;
    }

    /**
     * {@snippet lang=c :
     * kAudioFormatFlagIsNonInterleaved = (1U << 5)
     * }
     */
    public static int kAudioFormatFlagIsNonInterleaved() {
        return 32;
    }

    private static class AudioObjectSetPropertyData {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(CoreAudio_h.C_INT, CoreAudio_h.C_INT, CoreAudio_h.C_POINTER, CoreAudio_h.C_INT, CoreAudio_h.C_POINTER, CoreAudio_h.C_INT, CoreAudio_h.C_POINTER);
        public static final MethodHandle HANDLE = CoreAudio_h.downcall("AudioObjectSetPropertyData", DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * OSStatus AudioObjectSetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 inDataSize, const void *inData)
     * }
     */
    public static FunctionDescriptor AudioObjectSetPropertyData$descriptor() {
        return AudioObjectSetPropertyData.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * OSStatus AudioObjectSetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 inDataSize, const void *inData)
     * }
     */
    public static MethodHandle AudioObjectSetPropertyData$handle() {
        return AudioObjectSetPropertyData.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * OSStatus AudioObjectSetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 inDataSize, const void *inData)
     * }
     */
    public static MemorySegment AudioObjectSetPropertyData$address() {
        return CoreAudio_h.findOrThrow("AudioObjectSetPropertyData");
    }

    /**
     * {@snippet lang=c :
     * OSStatus AudioObjectSetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 inDataSize, const void *inData)
     * }
     */
    public static int AudioObjectSetPropertyData(int inObjectID, MemorySegment inAddress, int inQualifierDataSize, MemorySegment inQualifierData, int inDataSize, MemorySegment inData) {
        var mh$ = AudioObjectSetPropertyData.HANDLE;
        try {
            return (int) mh$.invokeExact(inObjectID, inAddress, inQualifierDataSize, inQualifierData, inDataSize, inData);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
