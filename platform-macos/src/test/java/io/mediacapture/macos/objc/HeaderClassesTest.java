package io.mediacapture.macos.objc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediacapture.macos.bindings.CoreAudio_h;
import io.mediacapture.macos.bindings.CoreFoundation_h;
import io.mediacapture.macos.bindings.CoreMedia_h;
import io.mediacapture.macos.bindings.CoreVideo_h;
import io.mediacapture.macos.bindings.Framework;
import io.mediacapture.macos.bindings.dispatch_h;
import io.mediacapture.macos.media.FourCc;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/**
 * The header classes off macOS: they initialise without loading anything, a call fails every time with an
 * error naming the framework (not NoClassDefFoundError on the second call), and their constants and
 * signatures say what Apple's headers say.
 */
class HeaderClassesTest {
    @Test
    void aCallOffMacOsNamesTheFrameworkEveryTime() {
        for (int i = 0; i < 2; i++) {
            var e = assertThrows(Framework.FrameworkUnavailableException.class, CoreMedia_h::CMClockGetHostTimeClock);
            assertTrue(e.getMessage().contains("/System/Library/Frameworks/CoreMedia.framework/CoreMedia"), e.getMessage());
        }
        var e = assertThrows(Framework.FrameworkUnavailableException.class,
                () -> CoreVideo_h.CVPixelBufferGetWidth(MemorySegment.NULL));
        assertTrue(e.getMessage().contains("CoreVideo"), e.getMessage());
        assertFalse(CoreFoundation_h.LIBRARY.has("CFRetain"));
        assertFalse(dispatch_h.LIBRARY.has("dispatch_sync_f"));
    }

    @Test
    void constantsAreApplesValues() {
        assertEquals(FourCc.of("rnlp"), CoreAudio_h.kAudioHardwarePropertyRunLoop());
        assertEquals(FourCc.of("glob"), CoreAudio_h.kAudioObjectPropertyScopeGlobal());
        assertEquals(FourCc.of("lpcm"), CoreAudio_h.kAudioFormatLinearPCM());
        assertEquals(1 << 5, CoreAudio_h.kAudioFormatFlagIsNonInterleaved());
        assertEquals(1, CoreVideo_h.kCVPixelBufferLock_ReadOnly());
    }

    @Test
    void signaturesFollowThePrototypes() {
        // CMTime by value (24 bytes), size_t and CVOptionFlags as 64-bit, OSStatus / FourCharCode as 32-bit
        assertEquals(FunctionDescriptor.of(io.mediacapture.macos.bindings.CMTime.layout(), ValueLayout.ADDRESS),
                CoreMedia_h.CMSampleBufferGetPresentationTimeStamp$descriptor());
        assertEquals(FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG),
                CoreVideo_h.CVPixelBufferLockBaseAddress$descriptor());
        assertEquals(FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS), CoreMedia_h.CMBlockBufferGetDataPointer$descriptor());
        assertEquals(8, CoreMedia_h.CMSampleBufferGetAudioBufferListWithRetainedBlockBuffer$descriptor().argumentLayouts().size());
        assertEquals(FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                dispatch_h.dispatch_queue_set_specific$descriptor());
    }
}
