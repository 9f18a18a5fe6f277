package io.mediacapture.macos.avfoundation;

import static java.lang.foreign.ValueLayout.ADDRESS;

import io.mediacapture.macos.bindings.AudioObjectPropertyAddress;
import io.mediacapture.macos.bindings.CoreAudio_h;
import io.mediacapture.macos.bindings.CoreFoundation_h;
import io.mediacapture.macos.bindings.Framework;
import io.mediacapture.macos.objc.ObjcException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Where device notifications are delivered. Two things, both decided once per process:
 * <ul>
 * <li>{@link #detachCoreAudioNotifications()}: sets the CoreAudio HAL's {@code kAudioHardwarePropertyRunLoop}
 *     to NULL, which tells the HAL to deliver its system notifications (devices appearing and going, the
 *     default device changing) on a thread it runs itself instead of on the main thread's run loop (as
 *     Firefox's cubeb does for the same reason). Microphone hot-plug then works without a main run loop. It is
 *     process-wide; {@code -Dio.mediacapture.macos.coreAudioRunLoop=keep} leaves it alone for applications
 *     that depend on the main-thread delivery.</li>
 * <li>{@link #mainLoopRunning()}: {@code CFRunLoopCopyCurrentMode(CFRunLoopGetMain())}, documented to be NULL
 *     when the run loop is not running. CoreMediaIO documents no such property for cameras, so while the main
 *     loop is not running, {@link DevicePoller} stands in.</li>
 * </ul>
 * Never run on macOS: whether AVFoundation's camera notifications indeed need the main run loop, and whether
 * the HAL property reaches AVFoundation's microphone list, are on the README's first-run checklist.
 */
final class RunLoops {
    /** kAudioObjectSystemObject. */
    static final int AUDIO_SYSTEM_OBJECT = CoreAudio_h.kAudioObjectSystemObject();
    /** kAudioHardwarePropertyRunLoop = 'rnlp' (AudioHardwareDeprecated.h in current SDKs, still honoured). */
    static final int AUDIO_HARDWARE_PROPERTY_RUN_LOOP = CoreAudio_h.kAudioHardwarePropertyRunLoop();
    /** kAudioObjectPropertyScopeGlobal = 'glob'. */
    static final int SCOPE_GLOBAL = CoreAudio_h.kAudioObjectPropertyScopeGlobal();
    /** kAudioObjectPropertyElementMain (formerly ...Master) = 0. */
    static final int ELEMENT_MAIN = CoreAudio_h.kAudioObjectPropertyElementMain();
    static final String KEEP_PROPERTY = "io.mediacapture.macos.coreAudioRunLoop";

    RunLoops() {
        for (Framework f : new Framework[] {CoreFoundation_h.LIBRARY, CoreAudio_h.LIBRARY}) {
            try {
                f.lookup();
            } catch (Framework.FrameworkUnavailableException e) {
                throw new ObjcException(e.getMessage(), e);
            }
        }
    }

    /** Whether the main thread's run loop is running now (in any mode). */
    boolean mainLoopRunning() {
        MemorySegment mode = CoreFoundation_h.CFRunLoopCopyCurrentMode(CoreFoundation_h.CFRunLoopGetMain());
        if (mode.equals(MemorySegment.NULL)) {
            return false;
        }
        CoreFoundation_h.CFRelease(mode); // a Copy function: the mode name is ours to release
        return true;
    }

    /**
     * Sets kAudioHardwarePropertyRunLoop to NULL unless the system property says "keep".
     *
     * @return the OSStatus (0 = done), or null when skipped
     */
    Integer detachCoreAudioNotifications() {
        if ("keep".equals(System.getProperty(KEEP_PROPERTY))) {
            return null;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment address = runLoopAddress(a);
            MemorySegment nullRunLoop = a.allocate(ADDRESS); // a CFRunLoopRef holding NULL
            return CoreAudio_h.AudioObjectSetPropertyData(AUDIO_SYSTEM_OBJECT, address, 0, MemorySegment.NULL,
                    (int) ADDRESS.byteSize(), nullRunLoop);
        }
    }

    /** The property address {'rnlp', 'glob', 0}. */
    static MemorySegment runLoopAddress(Arena a) {
        MemorySegment address = AudioObjectPropertyAddress.allocate(a);
        AudioObjectPropertyAddress.mSelector(address, AUDIO_HARDWARE_PROPERTY_RUN_LOOP);
        AudioObjectPropertyAddress.mScope(address, SCOPE_GLOBAL);
        AudioObjectPropertyAddress.mElement(address, ELEMENT_MAIN);
        return address;
    }
}
